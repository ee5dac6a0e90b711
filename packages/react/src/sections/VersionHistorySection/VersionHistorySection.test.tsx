import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection } from '../../testing/policies.js';
import { VersionHistorySection } from './VersionHistorySection.js';

afterEach(cleanup);

describe('VersionHistorySection', () => {
  it('lists versions newest first, flags a change that may work against users, and links earlier texts', () => {
    render(<VersionHistorySection policy={policyWithEverySection()} locale="en" />);
    const rows = [...screen.getByRole('table').querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['2.0', '1.1', '1.0']);
    expect(rows[0]!.textContent).toContain('Attention: The latest change may work against users');
    expect(rows[1]!.textContent).not.toContain('Attention');
    expect(screen.getByRole('link', { name: 'Read version 2.0' }).getAttribute('href')).toBe(
      'https://catonthewall.example/privacy/2.0',
    );
    expect(screen.getByText('This policy applies from 2 Mar 2026.')).toBeTruthy();
  });
});
