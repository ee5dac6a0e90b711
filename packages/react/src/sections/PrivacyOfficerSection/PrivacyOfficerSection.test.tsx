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

  it('adds the domestic agent when the policy names one (PIPA Art. 31-2)', () => {
    render(<PrivacyOfficerSection policy={policyWithEverySection()} locale="en" />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Domestic agent' });
    const agent = heading.parentElement!;
    expect(agent.textContent).toContain('Domestic Agent Co.');
    expect(agent.textContent).toContain('1 Sejong-daero, Jung-gu, Seoul');
    expect(screen.getByRole('link', { name: 'agent@example.com' })).toBeTruthy();
  });
});
