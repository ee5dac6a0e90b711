import { iconToSvg } from '@privacy-label-kit/icons';
import { getLabelIcon, labelIconTags } from '@privacy-label-kit/icons/map';
import { useId, useState } from 'react';
import { styled } from 'styled-components';
import { useDocsLocale } from '../docs/docsGlobals.js';
import { type DocsLocale, docsMessages } from '../messages.js';
import {
  type ArtworkOptions,
  type DownloadFormat,
  downloadLabel,
  labelArtworkSvg,
  type Variant,
} from './download.js';
import { svgDataUrl } from './LabelGallery.js';

export interface IconPageProps {
  /** The label id, e.g. 'retention'. */
  iconId: string;
  /** Default: the language chosen in the toolbar. */
  locale?: DocsLocale;
}

/** Every size a designer checks, smallest first. */
export const iconPageSizes = [16, 24, 32, 48, 96] as const;
const formats: DownloadFormat[] = ['svg', 'png', 'pdf'];

/** How a React app draws this icon: the per-icon import keeps the other icons out of the bundle. */
export function iconJsx(iconId: string, title: string): string {
  const name = iconId.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return [
    "import { LabelIcon } from '@privacy-label-kit/react';",
    `import ${name} from '@privacy-label-kit/icons/icons/${iconId}';`,
    '',
    '// Next to its caption the icon is decorative; standing alone it needs a title.',
    `<LabelIcon icon={${name}} size={48} title="${title}" />`,
  ].join('\n');
}

/** One icon's page: large previews, every size labelled, code to copy, and downloads in every format and variant. */
export function IconPage({ iconId, locale: localeProp }: IconPageProps) {
  const pageLocale = useDocsLocale();
  const locale = localeProp ?? pageLocale;
  const text = docsMessages[locale];
  const icon = getLabelIcon(iconId);
  const other = locale === 'ko' ? 'en' : 'ko';
  const tags = labelIconTags[icon.id as keyof typeof labelIconTags];
  const [variant, setVariant] = useState<Variant>('online');
  const [caption, setCaption] = useState(true);
  const [status, setStatus] = useState('');
  const formId = useId();
  const options: ArtworkOptions = { variant, locale, caption };
  // One element per line: the same SVG, readable and copyable.
  const svgCode = labelArtworkSvg(icon, { ...options, caption: false }).replace(/></g, '>\n<');
  const jsxCode = iconJsx(icon.id, icon.title[locale]);
  const variants: Array<[Variant, string]> = [
    ['online', text.online],
    ['offline', text.offline],
  ];

  async function copy(code: string, what: string) {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(text.copied(what));
    } catch {
      setStatus(text.copyFailed);
    }
  }

  return (
    <Page lang={locale} data-icon-page={icon.id}>
      <p className="breadcrumb">
        <a href="./?path=/docs/label-gallery-all-icons--docs" target="_top">
          {text.allIcons}
        </a>
      </p>
      <h1>
        {icon.title[locale]} <span lang={other}>{icon.title[other]}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>{text.iconId}</dt>
          <dd>
            <code>{icon.id}</code>
          </dd>
        </div>
        <div>
          <dt>{text.filterFamily}</dt>
          <dd>{text.familyName[icon.family]}</dd>
        </div>
        {tags ? (
          <div>
            <dt>{text.tags}</dt>
            <dd>{[...tags[locale], ...tags[other]].join(' · ')}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby={`${formId}-preview`}>
        <h2 id={`${formId}-preview`}>{text.preview}</h2>
        <div className="previews">
          {variants.map(([name, label]) => (
            <figure key={name} data-variant={name}>
              <img
                src={svgDataUrl(labelArtworkSvg(icon, { variant: name, locale, caption: true }))}
                alt={`${icon.title[locale]} (${label})`}
              />
              <figcaption>{label}</figcaption>
            </figure>
          ))}
        </div>
      </section>

      <section aria-labelledby={`${formId}-sizes`}>
        <h2 id={`${formId}-sizes`}>{text.sizes}</h2>
        {variants.map(([name, label]) => (
          <div key={name} className="sizes" data-variant={name}>
            <p className="variant-name">{label}</p>
            <ul>
              {iconPageSizes.map((size) => (
                <li key={size} data-size={size}>
                  <img
                    src={svgDataUrl(iconToSvg(icon, { variant: name, size, frame: true, lang: locale }))}
                    width={size}
                    height={size}
                    alt=""
                  />
                  <span>{text.sizeLabel(size)}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby={`${formId}-download`}>
        <h2 id={`${formId}-download`}>{text.download}</h2>
        <div className="choices">
          <fieldset>
            <legend>{text.variant}</legend>
            {variants.map(([name, label]) => (
              <label key={name}>
                <input
                  type="radio"
                  name={`${formId}-variant`}
                  checked={variant === name}
                  onChange={() => setVariant(name)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{text.caption}</legend>
            <label>
              <input
                type="radio"
                name={`${formId}-caption`}
                checked={caption}
                onChange={() => setCaption(true)}
              />
              {text.withCaption}
            </label>
            <label>
              <input
                type="radio"
                name={`${formId}-caption`}
                checked={!caption}
                onChange={() => setCaption(false)}
              />
              {text.withoutCaption}
            </label>
          </fieldset>
        </div>
        <div className="buttons">
          {formats.map((format) => (
            <button
              key={format}
              type="button"
              data-format={format}
              onClick={() =>
                void downloadLabel(icon, options, format).then(
                  (fileName) => setStatus(text.downloaded(fileName)),
                  (error: Error) => setStatus(error.message),
                )
              }
            >
              {text.downloadAs(format.toUpperCase())}
            </button>
          ))}
        </div>
        <p className="note">{text.downloadNote}</p>
      </section>

      <section aria-labelledby={`${formId}-code`}>
        <h2 id={`${formId}-code`}>{text.code}</h2>
        <div className="code">
          <div className="code-head">
            <h3>React (JSX)</h3>
            <button type="button" onClick={() => void copy(jsxCode, `JSX ${text.code}`)}>
              {text.copy('JSX')}
            </button>
          </div>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling code block must be reachable by keyboard.
            tabIndex={0}
          >
            <code>{jsxCode}</code>
          </pre>
        </div>
        <div className="code">
          <div className="code-head">
            <h3>SVG</h3>
            <button type="button" onClick={() => void copy(svgCode, `SVG ${text.code}`)}>
              {text.copy('SVG')}
            </button>
          </div>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling code block must be reachable by keyboard.
            tabIndex={0}
          >
            <code>{svgCode}</code>
          </pre>
        </div>
      </section>
      <p className="status" role="status">
        {status}
      </p>
    </Page>
  );
}

const Page = styled.article`
  max-width: 960px;
  margin: 0 auto;
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', system-ui, sans-serif;
  color: var(--plk-color-text, #191f28);
  line-height: 1.6;
  word-break: keep-all;
  overflow-wrap: break-word;
  .breadcrumb {
    margin: 0 0 8px;
  }
  a {
    color: var(--plk-color-link, #1a56c8);
  }
  h1 {
    margin: 0 0 12px;
    font-size: 2rem;
    line-height: 1.25;
  }
  h1 span {
    display: block;
    font-size: 1.125rem;
    font-weight: 400;
    color: var(--plk-color-text-muted, #4e5968);
  }
  h2 {
    margin: 32px 0 12px;
    font-size: 1.25rem;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 24px;
    margin: 0;
  }
  .facts div {
    display: flex;
    gap: 8px;
  }
  .facts dt {
    color: var(--plk-color-text-muted, #4e5968);
  }
  .facts dd {
    margin: 0;
  }
  .previews {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
  }
  figure {
    margin: 0;
    padding: 16px 24px 12px;
    border: 1px solid var(--plk-color-border, #dfe3e9);
    border-radius: 12px;
    /* The artwork is drawn for paper and light screens, as it will be printed and downloaded. */
    background: #ffffff;
    color: #191f28;
    text-align: center;
  }
  figure img {
    display: block;
    width: 192px;
    height: auto;
    margin: 0 auto 8px;
  }
  figcaption {
    font-size: 0.875rem;
    color: #4e5968;
  }
  .sizes {
    margin-bottom: 12px;
  }
  .variant-name {
    margin: 0 0 6px;
    font-weight: 700;
  }
  .sizes ul {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 12px 20px;
    margin: 0;
    padding: 12px 16px;
    list-style: none;
    border: 1px solid var(--plk-color-border, #dfe3e9);
    border-radius: 12px;
    background: #ffffff;
    color: #4e5968;
  }
  .sizes li {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 6px;
    font-size: 0.8125rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 12px 24px;
  }
  fieldset {
    margin: 0;
    padding: 6px 12px 8px;
    border: 1px solid var(--plk-color-border-strong, #b7bfca);
    border-radius: 8px;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
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
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
  }
  button {
    font: inherit;
    font-size: 0.9375rem;
    padding: 6px 14px;
    border-radius: 6px;
    border: 1px solid var(--plk-color-link, #1a56c8);
    background: var(--plk-color-surface-raised, #ffffff);
    color: var(--plk-color-link, #1a56c8);
    cursor: pointer;
  }
  button:hover,
  button:focus-visible {
    background: var(--plk-color-surface, #eaf1fc);
  }
  .note {
    font-size: 0.875rem;
    color: var(--plk-color-text-muted, #4e5968);
  }
  .code {
    margin-bottom: 16px;
  }
  .code-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    margin-bottom: 6px;
  }
  pre {
    margin: 0;
    padding: 12px 16px;
    max-width: 100%;
    overflow-x: auto;
    border-radius: 8px;
    background: var(--plk-color-surface, #f3f5f8);
    font-size: 0.8125rem;
    line-height: 1.5;
  }
  pre code {
    white-space: pre;
    word-break: normal;
  }
  .status {
    min-height: 1.5em;
    color: var(--plk-color-text-muted, #4e5968);
  }
`;
