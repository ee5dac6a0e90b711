import policySchema from '@privacy-label-kit/schema/policy.schema.json' with { type: 'json' };
import { useId, useMemo, useState } from 'react';
import { styled } from 'styled-components';
import { type DocsLocale, docsMessages } from '../messages.js';
import { type JsonSchemaNode, type SchemaRow, schemaRows } from './schemaRows.js';

export interface SchemaReferenceProps {
  locale?: DocsLocale;
  /** Show only the fields under this top-level field, e.g. "collectedItems". */
  section?: string;
  /** Start with this search text. */
  initialQuery?: string;
}

export interface SchemaSection {
  /** The top-level field, e.g. "collectedItems". */
  field: SchemaRow;
  /** The fields below it, in the schema's order. */
  rows: SchemaRow[];
}

/** The rows grouped by top-level field: one group per part of the policy (controller, collected items, …). */
export function schemaSections(rows: readonly SchemaRow[]): SchemaSection[] {
  const sections: SchemaSection[] = [];
  for (const row of rows) {
    if (row.depth === 1) sections.push({ field: row, rows: [] });
    else sections.at(-1)?.rows.push(row);
  }
  return sections;
}

export function rowMatches(row: SchemaRow, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [row.path, row.type, row.description ?? '', ...(row.values ?? [])].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

function anchorOf(field: string): string {
  return `schema-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/**
 * Every field of a policy file, generated from the committed JSON Schema, grouped by the part of the policy it
 * belongs to and searchable. Below 40rem each field becomes a card, so nothing is squeezed into narrow columns.
 */
export function SchemaReference({ locale = 'ko', section, initialQuery = '' }: SchemaReferenceProps) {
  const text = docsMessages[locale];
  const [query, setQuery] = useState(initialQuery);
  const searchId = useId();
  const resultsId = useId();
  const sections = useMemo(
    () =>
      schemaSections(schemaRows(policySchema as unknown as JsonSchemaNode)).filter(
        (group) => !section || group.field.path === section,
      ),
    [section],
  );
  const shown = sections
    .map((group) => ({
      field: group.field,
      matchesItself: rowMatches(group.field, query),
      rows: group.rows.filter((row) => rowMatches(row, query)),
    }))
    .filter((group) => group.matchesItself || group.rows.length > 0);
  const count = shown.reduce((sum, group) => sum + group.rows.length + (group.matchesItself ? 1 : 0), 0);

  return (
    <Reference lang={locale}>
      <div className="search">
        <label htmlFor={searchId}>{text.schemaSearch}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={text.schemaSearchPlaceholder}
          onChange={(event) => setQuery(event.target.value)}
          aria-controls={resultsId}
        />
        <output htmlFor={searchId} aria-live="polite">
          {text.schemaFieldCount(count)}
        </output>
      </div>
      {section ? null : (
        <nav aria-label={text.schemaSections}>
          <ul className="jump">
            {shown.map(({ field }) => (
              <li key={field.path}>
                <a href={`#${anchorOf(field.path)}`}>{field.path}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div id={resultsId}>
        {shown.length === 0 ? <p>{text.schemaNoResults}</p> : null}
        {shown.map(({ field, rows }) => (
          <section
            key={field.path}
            id={anchorOf(field.path)}
            aria-labelledby={`${anchorOf(field.path)}-heading`}
          >
            <h2 id={`${anchorOf(field.path)}-heading`}>
              <code>{field.path}</code>
              <span className="meta">
                {field.type} · {text.schemaRequired}: {field.required ? text.yes : text.no}
              </span>
            </h2>
            <RowDetails row={field} locale={locale} />
            {rows.length > 0 ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{text.schemaField}</th>
                    <th scope="col">{text.schemaType}</th>
                    <th scope="col">{text.schemaRequired}</th>
                    <th scope="col">{text.schemaDescription}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.path} data-depth={row.depth}>
                      <th scope="row">
                        <code>{row.path}</code>
                      </th>
                      <td data-label={text.schemaType}>{row.type}</td>
                      <td data-label={text.schemaRequired}>{row.required ? text.yes : text.no}</td>
                      <td data-label={text.schemaDescription}>
                        <RowDetails row={row} locale={locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        ))}
      </div>
    </Reference>
  );
}

function RowDetails({ row, locale }: { row: SchemaRow; locale: DocsLocale }) {
  const text = docsMessages[locale];
  if (!row.description && !row.values && !row.defaultValue) return null;
  return (
    <div className="details">
      {/* The schema's descriptions are written once, in English. */}
      {row.description ? <p lang="en">{row.description}</p> : null}
      {row.values ? (
        <p className="values">
          {text.oneOf}:{' '}
          {row.values.map((value, index) => (
            <span key={value}>
              {index > 0 ? ', ' : null}
              <code>"{value}"</code>
            </span>
          ))}
        </p>
      ) : null}
      {row.defaultValue ? (
        <p className="values">
          default: <code>{row.defaultValue}</code>
        </p>
      ) : null}
    </div>
  );
}

const Reference = styled.div`
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', system-ui, sans-serif;
  font-size: 0.9375rem;
  color: var(--plk-color-text, #191f28);
  word-break: keep-all;
  overflow-wrap: break-word;
  code {
    font-size: 0.875em;
    word-break: normal;
    overflow-wrap: anywhere;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin: 8px 0 12px;
  }
  .search label {
    font-weight: 700;
  }
  .search input {
    flex: 1 1 220px;
    max-width: 360px;
    box-sizing: border-box;
    padding: 8px 10px;
    border: 1px solid var(--plk-color-border-strong, #8a93a3);
    border-radius: 6px;
    background: var(--plk-color-surface-raised, #fff);
    color: inherit;
    font: inherit;
  }
  output {
    color: var(--plk-color-text-muted, #4e5968);
  }
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0 0 16px;
    padding: 0;
    list-style: none;
  }
  .jump a {
    display: inline-block;
    padding: 2px 10px;
    border: 1px solid var(--plk-color-border, #dfe3e9);
    border-radius: 999px;
    color: var(--plk-color-link, #1a56c8);
    font-size: 0.875rem;
    text-decoration: none;
  }
  .jump a:hover {
    text-decoration: underline;
  }
  section {
    margin: 0 0 28px;
    scroll-margin-top: 16px;
  }
  h2 {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
    margin: 0 0 4px;
    padding-top: 12px;
    border-top: 2px solid var(--plk-color-border-strong, #b7bfca);
    font-size: 1.125rem;
  }
  h2 .meta {
    font-size: 0.8125rem;
    font-weight: 400;
    color: var(--plk-color-text-muted, #4e5968);
  }
  .details p {
    margin: 0;
  }
  .values {
    color: var(--plk-color-text-muted, #4e5968);
    font-size: 0.8125rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 8px;
  }
  th,
  td {
    border-bottom: 1px solid var(--plk-color-border, #dfe3e9);
    padding: 6px 8px;
    text-align: left;
    vertical-align: top;
    background: none;
  }
  thead th {
    font-size: 0.8125rem;
    color: var(--plk-color-text-muted, #4e5968);
    white-space: nowrap;
  }
  tbody th {
    font-weight: 400;
    width: 32%;
  }
  tr[data-depth='2'] th code {
    font-weight: 700;
  }
  td:nth-child(3) {
    white-space: nowrap;
  }
  /* Phones: one card per field, labels in front of the values, the field name on its own line. The doubled class
     (&&) outranks Storybook's own docs table styles (borders and stripes on every cell). */
  @media (max-width: 40rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    && table,
    && tbody,
    && tbody tr,
    && tbody tr > th,
    && tbody tr > td {
      display: block;
      width: auto;
      border: 0;
      background: none;
    }
    && tbody tr {
      padding: 10px 0;
      border-top: 1px solid var(--plk-color-border, #dfe3e9);
    }
    && tbody tr > th,
    && tbody tr > td {
      padding: 2px 0;
    }
    && tbody tr > td:nth-child(2),
    && tbody tr > td:nth-child(3) {
      display: inline-block;
      margin-right: 16px;
      font-size: 0.8125rem;
    }
    td[data-label]:not(:last-child)::before {
      content: attr(data-label) ': ';
      color: var(--plk-color-text-muted, #4e5968);
    }
  }
`;
