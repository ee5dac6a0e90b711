import { lintRules } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import '../../packages/react/src/testing/registerWords.js';
import { LintRules } from './LintRules.js';

const meta = {
  title: 'Checks/Rules table',
  component: LintRules,
  // Tests of the table on the "Checks" page: run by `npm test`, kept out of the sidebar and the docs.
  tags: ['!dev', '!autodocs'],
  args: { locale: 'ko' },
} satisfies Meta<typeof LintRules>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every rule has a row, with its severity and the articles it cites. */
export const Korean: Story = {
  play: ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(lintRules.length);
    const refusal = canvasElement.querySelector('[data-rule="refusal-costs-service"]');
    expect(refusal?.textContent).toContain('개인정보 보호법 제16조제3항·제22조제5항');
    expect(refusal?.textContent).toContain('오류');
  },
};

export const English: Story = {
  args: { locale: 'en' },
  play: ({ canvasElement }) => {
    expect(canvasElement.querySelector('[data-rule="ads-without-opt-out"]')?.textContent).toContain(
      'Warning',
    );
  },
};
