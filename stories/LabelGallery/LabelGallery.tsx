import { iconToSvg, type LabelIconData, type LabelIconFamily } from '@privacy-label-kit/icons';
import { labelIcons, labelIconTags } from '@privacy-label-kit/icons/map';
import { labelIds } from '@privacy-label-kit/schema';
import { useId, useMemo, useState } from 'react';
import { styled } from 'styled-components';
import { type DocsLocale, docsMessages } from '../messages.js';
import type { Variant } from './download.js';

type FamilyFilter = 'all' | LabelIconFamily;

/** The families in the filter's order: the order of the PIPC's groups. */
const families: readonly LabelIconFamily[] = ['dataType', 'processing', 'protection', 'video'];

export interface LabelGalleryProps {
  locale?: DocsLocale;
  /** Start with this family selected. */
  initialFamily?: FamilyFilter;
  /** Start with this search text. */
  initialQuery?: string;
}

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

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The story id of an icon's own page (stories/LabelGallery/LabelIcons.stories.tsx names each story by icon id). */
export function iconPageHref(iconId: string): string {
  // The docs run inside Storybook's preview frame: the link opens the page in the whole window, with its sidebar.
  return `./?path=/story/label-gallery-icons--${iconId}`;
}

/** Icons in the catalog's order (the order of the summary on a policy page). */
export function galleryIcons(): LabelIconData[] {
  return Object.values(labelIcons).sort(
    (a, b) => labelIds.indexOf(a.id as never) - labelIds.indexOf(b.id as never),
  );
}

/** The label gallery: every icon large, filterable and searchable, each linking to its own page with downloads. */
export function LabelGallery({ locale = 'ko', initialFamily = 'all', initialQuery = '' }: LabelGalleryProps) {
  const text = docsMessages[locale];
  const [family, setFamily] = useState<FamilyFilter>(initialFamily);
  const [variant, setVariant] = useState<Variant>('online');
  const [query, setQuery] = useState(initialQuery);
  const searchId = useId();
  const resultsId = useId();
  const shown = useMemo(
    () =>
      galleryIcons().filter(
        (icon) => (family === 'all' || icon.family === family) && matchesQuery(icon, query),
      ),
    [family, query],
  );
  const familyOptions: Array<[FamilyFilter, string]> = [
    ['all', text.familyAll],
    ...families.map((value): [FamilyFilter, string] => [value, text.familyName[value]]),
  ];
  const variantOptions: Array<[Variant, string]> = [
    ['online', text.online],
    ['offline', text.offline],
  ];
  return (
    <Gallery lang={locale}>
      <Toolbar>
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
        <fieldset>
          <legend>{text.preview}</legend>
          {variantOptions.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={`${resultsId}-variant`}
                value={value}
                checked={variant === value}
                onChange={() => setVariant(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </Toolbar>
      <output aria-live="polite" htmlFor={searchId}>
        {text.resultCount(shown.length)}
      </output>
      {shown.length === 0 ? <p>{text.noResults}</p> : null}
      <Grid id={resultsId}>
        {shown.map((icon) => (
          <li key={icon.id} data-icon-id={icon.id} data-family={icon.family}>
            <a href={iconPageHref(icon.id)} target="_top">
              <img
                src={svgDataUrl(iconToSvg(icon, { variant, size: 72, frame: true, lang: locale }))}
                width={72}
                height={72}
                alt=""
              />
              <span className="title">{icon.title[locale]}</span>
              <span className="other" lang={locale === 'ko' ? 'en' : 'ko'}>
                {icon.title[locale === 'ko' ? 'en' : 'ko']}
              </span>
              <code>{icon.id}</code>
            </a>
          </li>
        ))}
      </Grid>
    </Gallery>
  );
}

const Gallery = styled.div`
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', system-ui, sans-serif;
  color: var(--plk-color-text, #191f28);
  word-break: keep-all;
  overflow-wrap: break-word;
  output {
    display: block;
    margin: 12px 0;
    color: var(--plk-color-text-muted, #4e5968);
  }
`;

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 12px 24px;
  align-items: end;
  fieldset {
    border: 1px solid var(--plk-color-border-strong, #b7bfca);
    border-radius: 8px;
    padding: 6px 12px 8px;
    margin: 0;
    display: flex;
    gap: 4px 16px;
    flex-wrap: wrap;
    min-width: 0;
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
  flex: 1 1 280px;
  max-width: 420px;
  label {
    font-weight: 700;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    padding: 8px 10px;
    border: 1px solid var(--plk-color-border-strong, #8a93a3);
    border-radius: 6px;
    background: var(--plk-color-surface-raised, #fff);
    color: inherit;
    font: inherit;
  }
`;

const Grid = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(148px, 1fr));
  gap: 12px;
  list-style: none;
  /* Doubled class: outranks the list indent Storybook's docs give every ul. */
  &&,
  && li {
    margin: 0;
    padding: 0;
  }
  li {
    margin: 0;
    list-style: none;
  }
  a {
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    padding: 16px 8px 12px;
    border: 1px solid var(--plk-color-border, #dfe3e9);
    border-radius: 12px;
    /* Icons keep their own online colours, which are drawn for a light ground. */
    background: #ffffff;
    color: #191f28;
    text-align: center;
    text-decoration: none;
  }
  a:hover {
    border-color: #1a56c8;
    box-shadow: 0 2px 8px rgb(25 31 40 / 12%);
  }
  a:focus-visible {
    outline: 3px solid var(--plk-color-focus, #1a56c8);
    outline-offset: 2px;
  }
  img {
    margin-bottom: 8px;
  }
  .title {
    font-weight: 700;
    line-height: 1.35;
  }
  .other {
    font-size: 0.8125rem;
    color: #4e5968;
    line-height: 1.35;
  }
  code {
    margin-top: 4px;
    font-size: 0.75rem;
    color: #4e5968;
    background: none;
    border: 0;
    padding: 0;
  }
`;
