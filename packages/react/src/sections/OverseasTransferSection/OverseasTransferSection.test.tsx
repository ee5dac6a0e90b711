import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection } from '../../testing/policies.js';
import { OverseasTransferSection } from './OverseasTransferSection.js';

afterEach(cleanup);

describe('OverseasTransferSection', () => {
  it('gives every particular PIPA Art. 28-8 asks for, and flags the transfer in words', () => {
    render(<OverseasTransferSection policy={policyWithEverySection()} locale="en" />);
    const section = screen.getByRole('region', { name: 'Transfers abroad' });
    expect(section.textContent).toContain('Attention: Personal information is transferred abroad');
    const particulars = Object.fromEntries(
      [...section.querySelectorAll('dl > div')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent,
      ]),
    );
    expect(particulars).toEqual({
      Recipient: 'Cloud Hosting Inc.',
      'Privacy contact': 'privacy@cloudhosting.example',
      Country: 'United States',
      Items: 'Order details',
      'When and how': 'Sent over the network when you order',
      Purpose: 'Storing order data',
      'Kept for': 'Until you close your account',
      'Legal basis': 'Entrustment or storage for a contract, disclosed in this policy',
      'How to refuse': 'Ask the customer desk',
      'If you refuse': 'You cannot order online.',
    });
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe(
      'Cloud Hosting Inc. (United States)',
    );
  });
});
