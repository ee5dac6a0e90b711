import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection } from '../../testing/policies.js';
import { VersionHistorySection } from './VersionHistorySection.js';

afterEach(cleanup);

describe('VersionHistorySection', () => {
  it('lists versions newest first, marks a change that may work against users, and links each version’s text', () => {
    render(<VersionHistorySection policy={policyWithEverySection()} locale="en" />);
    const section = screen.getByRole('region', { name: 'Changes to this policy' });
    // The label's flag, shown once by the section frame.
    expect(section.querySelector('[data-plk-attention="adverse-change"]')?.textContent).toBe(
      'Attention: The latest change may work against users',
    );
    const rows = [...screen.getByRole('table').querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['2.0', '1.1', '1.0']);
    expect(rows[0]!.textContent).toContain('May work against users');
    expect(rows[1]!.textContent).not.toContain('May work against users');
    // The link names the version it leads to, and leads to that version (not "the previous one").
    expect(screen.getByRole('link', { name: 'Read version 2.0' }).getAttribute('href')).toBe(
      'https://catonthewall.example/privacy/2.0',
    );
    expect(screen.getByText('This policy applies from 2 Mar 2026.')).toBeTruthy();
  });
});
