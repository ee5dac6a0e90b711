// The sections of the labels the PIPC 2026 guideline adds: each shows its particulars, says a fact once, and marks in
// words what the reader must not take as held (a certificate out of its period).
import { assertPolicy } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection, smallShopPolicy } from '../testing/policies.js';
import { AccessRequestsSection } from './AccessRequestsSection/AccessRequestsSection.js';
import { AdditionalUseSection } from './AdditionalUseSection/AdditionalUseSection.js';
import { BehaviouralInformationSection } from './BehaviouralInformationSection/BehaviouralInformationSection.js';
import { CertificationsSection } from './CertificationsSection/CertificationsSection.js';
import { DomesticAgentSection } from './DomesticAgentSection/DomesticAgentSection.js';
import { LegalRepresentativeSection } from './LegalRepresentativeSection/LegalRepresentativeSection.js';
import { PseudonymisationSection } from './PseudonymisationSection/PseudonymisationSection.js';
import { PseudonymisedInformationSection } from './PseudonymisedInformationSection/PseudonymisedInformationSection.js';

afterEach(cleanup);

/** The policy with every section, changed by `change` on its raw data and parsed again. */
const everySectionWith = (change: (input: Record<string, any>) => void) => {
  const input = structuredClone(policyWithEverySection()) as Record<string, any>;
  change(input);
  return assertPolicy(input);
};

describe('the 2026 guideline sections', () => {
  it('DomesticAgentSection: name, address and working links, under its own heading', () => {
    render(<DomesticAgentSection policy={policyWithEverySection()} locale="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Domestic agent in Korea' })).toBeTruthy();
    expect(screen.getByText('1 Sejong-daero, Jung-gu, Seoul')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'agent@example.com' }).getAttribute('href')).toBe(
      'mailto:agent@example.com',
    );
    expect(screen.getByRole('link', { name: '02-555-0100' }).getAttribute('href')).toBe('tel:025550100');
  });

  it('CertificationsSection: the period of each certificate, and one outside it marked so in words', () => {
    const policy = everySectionWith((input) => {
      input.certifications.push({ scheme: 'iso27701', validFrom: '2022-01-01', validTo: '2025-12-31' });
    });
    const { container } = render(<CertificationsSection policy={policy} locale="ko" />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(['ISMS-P', 'ISO/IEC 27701']);
    expect(rows[0]!.textContent).toContain('2025. 1. 1. ~ 2027. 12. 31.');
    expect(rows[0]!.textContent).not.toContain('유효하지 않음');
    expect(rows[1]!.textContent).toContain('이 처리방침 시행일에는 유효하지 않음');
    // The label at the heading names only the certificate in force.
    expect(container.textContent).toContain('인증: ISMS-P (2027. 12. 31.까지)');
    expect(container.textContent).not.toContain('ISO/IEC 27701 (');
  });

  it('BehaviouralInformationSection: its own collection in full, and ads by a link to their section only', () => {
    render(<BehaviouralInformationSection policy={policyWithEverySection()} locale="en" />);
    expect(screen.getByText('Searches')).toBeTruthy();
    expect(screen.getByText('Product recommendations')).toBeTruthy();
    expect(screen.queryByText('Products viewed')).toBeNull();
    const link = screen.getByRole('link', { name: 'See personalised ads' });
    expect(link.getAttribute('href')).toBe('#privacy-behavioural-advertising');
    expect(link.parentElement!.textContent).toContain(
      'We also collect behavioural information for personalised ads.',
    );
  });

  it('PseudonymisationSection and PseudonymisedInformationSection: the recipient in one, the items in the other', () => {
    const policy = everySectionWith((input) => {
      input.pseudonymisedInformation[0].recipient = { ko: '한빛대학교', en: 'Hanbit University' };
    });
    const processing = render(<PseudonymisationSection policy={policy} locale="en" />).container.textContent!;
    cleanup();
    const dataType = render(<PseudonymisedInformationSection policy={policy} locale="en" />).container
      .textContent!;
    expect(processing).toContain('Hanbit University');
    expect(processing).toContain('statistics');
    expect(processing).not.toContain('Purchase history');
    expect(dataType).toContain('Purchase history');
    expect(dataType).not.toContain('Hanbit University');
  });

  it('LegalRepresentativeSection: the rights the policy lists, else what the Act gives', () => {
    render(<LegalRepresentativeSection policy={policyWithEverySection()} locale="ko" />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['열람', '삭제']);
    cleanup();
    const withoutList = everySectionWith((input) => {
      delete input.children.guardianRights;
    });
    render(<LegalRepresentativeSection policy={withoutList} locale="ko" />);
    expect(screen.getByText(/제38조제2항/)).toBeTruthy();
  });

  it('AdditionalUseSection and AccessRequestsSection: what, for what, to whom, the criteria; where to ask', () => {
    render(<AdditionalUseSection policy={policyWithEverySection()} locale="en" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Collecting returned goods' })).toBeTruthy();
    expect(screen.getByText('Further provision')).toBeTruthy();
    expect(screen.getByText('Relation to the original purpose')).toBeTruthy();
    cleanup();
    render(<AccessRequestsSection policy={policyWithEverySection()} locale="ko" />);
    expect(screen.getByText('전화나 방문으로 요청하세요.')).toBeTruthy();
  });

  it('render nothing where their data is absent', () => {
    for (const Section of [
      AccessRequestsSection,
      AdditionalUseSection,
      CertificationsSection,
      DomesticAgentSection,
    ]) {
      const { container } = render(<Section policy={smallShopPolicy()} locale="ko" />);
      expect(container.innerHTML).toBe('');
      cleanup();
    }
  });
});
