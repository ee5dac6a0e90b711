import { schemaEn } from '@privacy-label-kit/schema/locales/en';
import { schemaKo } from '@privacy-label-kit/schema/locales/ko';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectKoreanOnlyRetentionMarkedKorean,
  expectKoreanOnlyRetentionPlain,
  policyWithKoreanOnlyRetention,
} from '../testing/koreanOnlyRetention.js';
import { policyWithEverySection, smallShopPolicy } from '../testing/policies.js';
import { ConsentTable, groupByLegalBasis } from './ConsentTable.js';

afterEach(cleanup);

/** The row of the table whose row header starts with `items`. */
function rowOf(items: string) {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^${items}`) });
  return header.closest('tr') as HTMLTableRowElement;
}

describe('ConsentTable', () => {
  it('groups collected items by legal basis, in the schema’s order, one captioned table each', () => {
    render(<ConsentTable policy={smallShopPolicy()} locale="ko" />);
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings).toEqual([
      schemaKo.legalBases.consentRequired,
      schemaKo.legalBases.consentOptional,
      schemaKo.legalBases.contract,
      schemaKo.legalBases.legalObligation,
    ]);
    // Each table is named by its basis heading, so a screen reader announces which basis it lists.
    expect(screen.getByRole('table', { name: schemaKo.legalBases.consentOptional })).toBeTruthy();
    expect(groupByLegalBasis(smallShopPolicy().collectedItems).map(([basis]) => basis)).toEqual([
      'consentRequired',
      'consentOptional',
      'contract',
      'legalObligation',
    ]);
  });

  it('says what refusing an optional item costs, in the schema’s words, then the policy’s and how to refuse', () => {
    render(<ConsentTable policy={smallShopPolicy()} locale="ko" />);
    const optional = within(screen.getByRole('table', { name: schemaKo.legalBases.consentOptional }));
    const answer = optional.getByText('거부해도 서비스 이용에 제한이 없습니다.');
    expect(answer.getAttribute('data-plk-refusable')).toBe('true');
    const cell = answer.closest('td')!;
    expect(cell.textContent).toContain('거부하면: 소식을 받지 못할 뿐, 쇼핑에는 아무 제한이 없습니다.');
    expect(cell.textContent).toContain('거부·철회 방법: 마이페이지 > 알림 설정에서');
  });

  it('says in words when an item cannot be refused, and what happens', () => {
    render(<ConsentTable policy={smallShopPolicy()} locale="en" />);
    const row = rowOf('Recipient name');
    expect(within(row).getByText('You cannot refuse.').getAttribute('data-plk-refusable')).toBe('false');
    expect(row.textContent).toContain('If you refuse: We cannot deliver, so the order cannot be placed.');
    // The other columns: when and how, the purposes by title, the retention in words.
    expect(row.textContent).toContain('While using the service');
    expect(row.textContent).toContain('Checkout form');
    expect(row.textContent).toContain('Handling orders and delivery');
    expect(row.textContent).toContain('5 years (Act on Consumer Protection in Electronic Commerce)');
  });

  it('names deemed consent as what it is, never as required consent, with the days to object and how', () => {
    render(<ConsentTable policy={policyWithEverySection()} locale="en" />);
    const heading = screen.getByRole('heading', { name: schemaEn.legalBases.deemedConsent });
    const group = heading.parentElement!;
    expect(group.getAttribute('data-plk-basis')).toBe('deemedConsent');
    expect(group.textContent).toContain('If you do not object within 14 days, you are treated as agreeing.');
    expect(group.textContent).toContain('How to object: Tell the customer desk.');
    // Deemed consent can be refused within its days; here refusing ends the contract, and the table says so.
    expect(group.textContent).toContain('Refusing ends your contract.');
    expect(group.textContent).not.toContain('You cannot refuse.');
    expect(group.textContent).not.toContain(schemaEn.legalBases.consentRequired);
  });

  it('gives each row an id, so the sensitive-information and unique-identifier sections can link to it', () => {
    const { container } = render(<ConsentTable policy={policyWithEverySection()} locale="ko" />);
    expect(container.querySelector('#privacy-collected-items-item-health')?.localName).toBe('tr');
  });

  it('names the law behind an item collected by legal obligation', () => {
    render(<ConsentTable policy={smallShopPolicy()} locale="ko" />);
    expect(rowOf('결제 수단 종류').textContent).toContain('근거 법령: 국세기본법, 전자상거래법');
  });

  it('marks a retention law or description written only in Korean as Korean on the English page', () => {
    render(<ConsentTable policy={policyWithKoreanOnlyRetention()} locale="en" />);
    expectKoreanOnlyRetentionMarkedKorean(screen);
  });

  it('leaves the same retentions plain text on the Korean page', () => {
    render(<ConsentTable policy={policyWithKoreanOnlyRetention()} locale="ko" />);
    expectKoreanOnlyRetentionPlain(screen);
  });
});
