import type { HTMLAttributes, Key, ReactNode } from 'react';

/** One column: its header, and what each row shows in it. */
export interface PolicyTableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

export interface PolicyTableProps<Row> extends Omit<HTMLAttributes<HTMLTableElement>, 'children'> {
  /** The first column heads each row (`<th scope="row">`): name it after what the row is about. */
  columns: readonly [PolicyTableColumn<Row>, ...PolicyTableColumn<Row>[]];
  rows: readonly Row[];
  /** A stable key per row; defaults to its position, which is the policy's own order. */
  rowKey?: (row: Row, index: number) => Key;
  /** Extra attributes for a row, e.g. `data-plk-purpose` to find it by. */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string };
}

/**
 * The table every policy section draws its entries in: column headers, the first cell of a row as the row's header,
 * and each cell marked with its column's name (`data-plk-column`), which the narrow-screen layout prints beside the
 * value when rows are stacked.
 */
export function PolicyTable<Row>({ columns, rows, rowKey, rowProps, ...rest }: PolicyTableProps<Row>) {
  const [first, ...others] = columns;
  return (
    <table {...rest}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey ? rowKey(row, index) : index} {...rowProps?.(row)}>
            <th scope="row" data-plk-column={first.header}>
              {first.cell(row)}
            </th>
            {others.map((column) => (
              <td key={column.header} data-plk-column={column.header}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
