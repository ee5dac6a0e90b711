import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection, smallShopPolicy } from '../../testing/policies.js';
import { PrivacyOfficerSection } from './PrivacyOfficerSection.js';

afterEach(cleanup);

describe('PrivacyOfficerSection', () => {
  it('shows how to reach the officer, with working email and phone links', () => {
    render(<PrivacyOfficerSection policy={smallShopPolicy()} locale="en" />);
    expect(screen.getByRole('link', { name: 'privacy@catonthewall.example' }).getAttribute('href')).toBe(
      'mailto:privacy@catonthewall.example',
    );
    expect(screen.getByRole('link', { name: '063-555-0142' }).getAttribute('href')).toBe('tel:0635550142');
    expect(screen.queryByRole('heading', { name: 'Domestic agent' })).toBeNull();
  });

  it('leaves the domestic agent to its own section (PIPA Art. 31-2), so it is said once', () => {
    render(<PrivacyOfficerSection policy={policyWithEverySection()} locale="en" />);
    expect(screen.queryByText(/Domestic Agent Co\./)).toBeNull();
  });
});
