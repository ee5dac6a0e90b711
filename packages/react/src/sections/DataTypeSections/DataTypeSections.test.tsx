import { assertPolicy } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readExample } from '../../../../../test/fixtures/examples.js';
import {
  expectKoreanOnlyRetentionMarkedKorean,
  expectKoreanOnlyRetentionPlain,
  policyWithKoreanOnlyRetention,
} from '../../testing/koreanOnlyRetention.js';
import { policyWithEverySection, smallShopPolicy } from '../../testing/policies.js';
import { SensitiveInformationSection } from '../SensitiveInformationSection/SensitiveInformationSection.js';
import {
  BiometricRecognitionSection,
  IdentityDocumentNumbersSection,
  ImagesAndVideoSection,
  LocationInformationSection,
  PaymentInformationSection,
  PersonalInformationSection,
} from './DataTypeSections.js';

afterEach(cleanup);

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the data-type sections', () => {
  it('list the items their label counts, each linked to its row in the collected-items table', () => {
    render(<PaymentInformationSection policy={smallShopPolicy()} locale="ko" />);
    expect(screen.getByRole('heading', { level: 2, name: '결제정보의 처리' })).toBeTruthy();
    expect(
      screen.getByText('결제정보 관련 항목 3개: 결제 수단 종류, 결제 승인 번호, 현금영수증 발급 번호'),
    ).toBeTruthy();
    expect(rows()).toHaveLength(1);
    expect(rows()[0]!.getAttribute('data-plk-item')).toBe('payment-records');
    expect(within(rows()[0]!).getByRole('link').getAttribute('href')).toBe(
      '#privacy-collected-items-item-payment-records',
    );
    // The basis with the law that requires it, and the retention, as the item states them.
    expect(rows()[0]!.textContent).toContain('법령에 근거');
  });

  it('render nothing when no item holds the data type', () => {
    const { container } = render(<LocationInformationSection policy={smallShopPolicy()} locale="ko" />);
    expect(container.innerHTML).toBe('');
  });

  it('show biometric recognition and identity document numbers from the policy that has them', () => {
    const policy = policyWithEverySection();
    render(<BiometricRecognitionSection policy={policy} locale="en" />);
    expect(
      screen.getByText('1 item with biometric recognition data: Face template for face login'),
    ).toBeTruthy();
    cleanup();
    render(<IdentityDocumentNumbersSection policy={policy} locale="en" />);
    expect(rows().map((row) => row.getAttribute('data-plk-item'))).toEqual(['tax-refund']);
  });

  it('point from images and video to the video-device sections, without an empty table', () => {
    render(<ImagesAndVideoSection policy={smallShopPolicy()} locale="ko" />);
    expect(screen.getByText('영상정보처리기기 1대로 촬영')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    const link = screen.getByRole('link', { name: '고정형 영상정보처리기기의 설치·운영' });
    expect(link.getAttribute('href')).toBe('#privacy-fixed-video-devices');
  });

  it('leave sensitive and identifier items out of ordinary personal information', () => {
    render(<PersonalInformationSection policy={policyWithEverySection()} locale="ko" />);
    const listed = rows().map((row) => row.getAttribute('data-plk-item'));
    expect(listed).toContain('signup-required');
    for (const special of ['health', 'face-login', 'cash-receipts', 'tax-refund']) {
      expect(listed).not.toContain(special);
    }
  });

  it('list an item of a sensitive data type under sensitive information without an entry of its own', () => {
    const input = readExample('small-shop') as Record<string, any>;
    input.collectedItems[2].dataTypes = ['health'];
    render(<SensitiveInformationSection policy={assertPolicy(input)} locale="ko" />);
    expect(
      screen.getByRole('heading', { level: 3, name: '결제 수단 종류, 결제 승인 번호, 현금영수증 발급 번호' }),
    ).toBeTruthy();
  });

  it('marks a retention law or description written only in Korean as Korean on the English page', () => {
    render(<PersonalInformationSection policy={policyWithKoreanOnlyRetention()} locale="en" />);
    expectKoreanOnlyRetentionMarkedKorean(screen);
  });

  it('leaves the same retentions plain text on the Korean page', () => {
    render(<PersonalInformationSection policy={policyWithKoreanOnlyRetention()} locale="ko" />);
    expectKoreanOnlyRetentionPlain(screen);
  });
});
