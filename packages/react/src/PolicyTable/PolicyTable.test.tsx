import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PolicyTable } from './PolicyTable.js';

const rows = [
  { name: '우체국 택배', purpose: '배송' },
  { name: '관할 세무서', purpose: '세금 신고' },
];

describe('PolicyTable', () => {
  it('heads each row with its first cell and names every cell after its column', () => {
    render(
      <PolicyTable
        aria-label="제3자 제공"
        columns={[
          { header: '제공받는 자', cell: (row) => row.name },
          { header: '제공 목적', cell: (row) => row.purpose },
        ]}
        rows={rows}
      />,
    );
    const table = screen.getByRole('table', { name: '제3자 제공' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['제공받는 자', '제공 목적']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['우체국 택배', '관할 세무서']);
    const purpose = within(table).getByRole('cell', { name: '세금 신고' });
    expect(purpose.getAttribute('data-plk-column')).toBe('제공 목적');
  });

  it('passes row attributes through, for anchors', () => {
    const { container } = render(
      <PolicyTable
        columns={[{ header: '목적', cell: (row: { id: string }) => row.id }]}
        rows={[{ id: 'delivery' }]}
        rowKey={(row) => row.id}
        rowProps={(row) => ({ id: `purpose-${row.id}` })}
      />,
    );
    expect(container.querySelector('tr#purpose-delivery')?.textContent).toBe('delivery');
  });
});
