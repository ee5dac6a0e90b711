import policySchema from '@privacy-label-kit/schema/policy.schema.json' with { type: 'json' };
import { styled } from 'styled-components';
import { type DocsLocale, docsMessages } from '../messages.js';
import { type JsonSchemaNode, schemaRows } from './schemaRows.js';

export interface SchemaReferenceProps {
  locale?: DocsLocale;
  /** Show only the fields under this top-level field, e.g. "collectedItems". */
  section?: string;
}

/** A table of every field of a policy file, generated from the committed JSON Schema. */
export function SchemaReference({ locale = 'ko', section }: SchemaReferenceProps) {
  const text = docsMessages[locale];
  const rows = schemaRows(policySchema as unknown as JsonSchemaNode).filter(
    (row) =>
      !section ||
      row.path === section ||
      row.path.startsWith(`${section}.`) ||
      row.path.startsWith(`${section}[]`),
  );
  return (
    <Table lang={locale}>
      <caption>policy.schema.json</caption>
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
            <td>{row.type}</td>
            <td>{row.required ? text.yes : text.no}</td>
            <td>
              {row.description ? <span lang="en">{row.description}</span> : null}
              {row.values ? (
                <span className="values">
                  {text.oneOf}: {row.values.map((value) => `"${value}"`).join(', ')}
                </span>
              ) : null}
              {row.defaultValue ? <span className="values">default: {row.defaultValue}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

const Table = styled.table`
  border-collapse: collapse;
  width: 100%;
  font-size: 0.9rem;
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', system-ui, sans-serif;
  color: #1a1d23;
  caption {
    text-align: left;
    font-weight: 700;
    padding: 8px 0;
  }
  th,
  td {
    border-bottom: 1px solid #d5dae1;
    padding: 6px 8px;
    text-align: left;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
    word-break: break-word;
  }
  td:nth-child(2),
  td:nth-child(3),
  thead th {
    white-space: nowrap;
  }
  tr[data-depth='1'] th code {
    font-weight: 700;
  }
  .values {
    display: block;
    color: #4a5260;
    font-size: 0.8rem;
  }
`;
