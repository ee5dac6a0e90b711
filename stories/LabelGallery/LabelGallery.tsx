import { iconToSvg, type LabelIconData } from '@privacy-label-kit/icons';
import { labelIcons, labelIconTags } from '@privacy-label-kit/icons/map';
import { labelIds } from '@privacy-label-kit/schema';
import { useId, useMemo, useState } from 'react';
import { styled } from 'styled-components';
import { type DocsLocale, docsMessages } from '../messages.js';
import { downloadLabelPng, downloadLabelSvg } from './download.js';

type FamilyFilter = 'all' | 'processing' | 'protection';
type Variant = 'online' | 'offline';

export interface LabelGalleryProps {
  locale?: DocsLocale;
  /** Start with this family selected. */
  initialFamily?: FamilyFilter;
  /** Start with this search text. */
  initialQuery?: string;
}

const previewSizes = [16, 24, 48] as const;

/** Every search word of an icon, Korean and English, in one list. */
export function iconTags(icon: LabelIconData): string[] {
  const tags = labelIconTags[icon.id as keyof typeof labelIconTags];
  return tags ? [...tags.ko, ...tags.en] : [];
}

export function matchesQuery(icon: LabelIconData, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [icon.id, icon.title.ko, icon.title.en, ...iconTags(icon)].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The label gallery: every icon in both variants and three sizes, filterable, each downloadable as SVG and PNG. */
export function LabelGallery({ locale = 'ko', initialFamily = 'all', initialQuery = '' }: LabelGalleryProps) {
  const text = docsMessages[locale];
  const [family, setFamily] = useState<FamilyFilter>(initialFamily);
  const [query, setQuery] = useState(initialQuery);
  const searchId = useId();
  const resultsId = useId();
  const shown = useMemo(
    () =>
      Object.values(labelIcons)
        .filter((icon) => (family === 'all' || icon.family === family) && matchesQuery(icon, query))
        // The catalog's order: processing stages first, then protection duties, as on a policy page.
        .sort((a, b) => labelIds.indexOf(a.id as never) - labelIds.indexOf(b.id as never)),
    [family, query],
  );

  const familyOptions: Array<[FamilyFilter, string]> = [
    ['all', text.familyAll],
    ['processing', text.familyProcessing],
    ['protection', text.familyProtection],
  ];

  return (
    <Gallery lang={locale}>
      <Toolbar>
        <fieldset>
          <legend>{text.filterFamily}</legend>
          {familyOptions.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={`${resultsId}-family`}
                value={value}
                checked={family === value}
                onChange={() => setFamily(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <SearchField>
          <label htmlFor={searchId}>{text.search}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={text.searchPlaceholder}
            onChange={(event) => setQuery(event.target.value)}
            aria-controls={resultsId}
          />
        </SearchField>
      </Toolbar>
      <output aria-live="polite" htmlFor={searchId}>
        {text.resultCount(shown.length)}
      </output>
      {shown.length === 0 ? <p>{text.noResults}</p> : null}
      <Grid id={resultsId}>
        {shown.map((icon) => (
          <IconCard key={icon.id} icon={icon} locale={locale} />
        ))}
      </Grid>
    </Gallery>
  );
}

function IconCard({ icon, locale }: { icon: LabelIconData; locale: DocsLocale }) {
  const text = docsMessages[locale];
  const title = icon.title[locale];
  const headingId = useId();
  const variants: Array<[Variant, string]> = [
    ['online', text.online],
    ['offline', text.offline],
  ];
  return (
    <Card aria-labelledby={headingId} data-icon-id={icon.id} data-family={icon.family}>
      <h3 id={headingId}>
        {title}
        <span lang={locale === 'ko' ? 'en' : 'ko'}>{icon.title[locale === 'ko' ? 'en' : 'ko']}</span>
      </h3>
      <code>{icon.id}</code>
      {variants.map(([variant, variantName]) => (
        <VariantRow key={variant} data-variant={variant}>
          <span className="variant-name">{variantName}</span>
          <span className="previews">
            <img
              src={svgDataUrl(iconToSvg(icon, { variant, size: 48, frame: true, lang: locale }))}
              width={48}
              height={48}
              alt={`${title} (${variantName})`}
            />
            {previewSizes
              .filter((size) => size !== 48)
              .map((size) => (
                <img
                  key={size}
                  src={svgDataUrl(iconToSvg(icon, { variant, size, frame: true, lang: locale }))}
                  width={size}
                  height={size}
                  alt=""
                />
              ))}
          </span>
          <span className="downloads">
            <button
              type="button"
              aria-label={text.downloadFile('SVG', variantName, title)}
              onClick={() => downloadLabelSvg(icon, variant, locale)}
            >
              SVG
            </button>
            <button
              type="button"
              aria-label={text.downloadFile('PNG', variantName, title)}
              onClick={() => void downloadLabelPng(icon, variant, locale)}
            >
              PNG
            </button>
          </span>
        </VariantRow>
      ))}
      <Tags>
        <span className="visually-hidden">{text.tags}: </span>
        {iconTags(icon).join(' · ')}
      </Tags>
    </Card>
  );
}

const Gallery = styled.div`
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', system-ui, sans-serif;
  color: #1a1d23;
  output {
    display: block;
    margin: 12px 0;
    color: #4a5260;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 16px 32px;
  align-items: end;
  fieldset {
    border: 1px solid #c9ced6;
    border-radius: 8px;
    padding: 8px 12px;
    display: flex;
    gap: 16px;
    flex-wrap: wrap;
  }
  legend {
    font-weight: 700;
    padding: 0 4px;
  }
  label {
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
`;

const SearchField = styled.div`
  display: flex;
  flex-direction: column;
  gap: 4px;
  label {
    font-weight: 700;
  }
  input {
    min-width: 280px;
    padding: 8px 10px;
    border: 1px solid #8a93a3;
    border-radius: 6px;
    font: inherit;
  }
`;

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: 16px;
`;

const Card = styled.section`
  border: 1px solid #d5dae1;
  border-radius: 12px;
  padding: 16px;
  background: #fff;
  h3 {
    margin: 0;
    font-size: 1.05rem;
    display: flex;
    flex-direction: column;
  }
  h3 span {
    font-size: 0.85rem;
    font-weight: 400;
    color: #4a5260;
  }
  code {
    font-size: 0.8rem;
    color: #4a5260;
  }
`;

const VariantRow = styled.div`
  display: grid;
  grid-template-columns: 1fr auto;
  gap: 6px;
  margin-top: 12px;
  .variant-name {
    grid-column: 1 / -1;
    font-size: 0.8rem;
    color: #4a5260;
  }
  .previews {
    display: flex;
    align-items: end;
    gap: 10px;
  }
  .downloads {
    display: flex;
    gap: 6px;
    align-items: end;
  }
  button {
    font: inherit;
    font-size: 0.8rem;
    padding: 4px 10px;
    border-radius: 6px;
    border: 1px solid #2f5fb3;
    background: #fff;
    color: #1f4f9e;
    cursor: pointer;
  }
  button:hover,
  button:focus-visible {
    background: #eaf1fc;
  }
`;

const Tags = styled.p`
  margin: 12px 0 0;
  font-size: 0.8rem;
  color: #4a5260;
`;
