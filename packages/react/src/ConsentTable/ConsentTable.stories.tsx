import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { usageSource } from '../../../../stories/docs/usageSource.js';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { ConsentTable } from './ConsentTable.js';

const meta = {
  title: 'Components/ConsentTable',
  component: ConsentTable,
  // "Show code" as a user writes it (imports, the policy from its JSON file), not the serialised arguments.
  parameters: { docs: { source: { transform: usageSource('ConsentTable') } } },
  args: { policy: examplePolicy('small-shop'), locale: 'ko' },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
  },
} satisfies Meta<typeof ConsentTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Items grouped by legal basis, with "can I refuse, and what happens if I do?" for each. */
export const Default: Story = {
  play: ({ canvasElement }) => {
    expect(within(canvasElement).getAllByRole('table').length).toBeGreaterThan(0);
  },
};

export const English: Story = { args: { locale: 'en' } };

/**
 * Deemed consent is headed as what it is, with the days to object and how; refusing that item ends the contract, and
 * the refusal column says so instead of "you can refuse".
 */
export const DeemedConsent: Story = {
  args: { policy: examplePolicy('messenger-platform') },
  play: ({ canvasElement }) => {
    const row = canvasElement.querySelector('[data-plk-item="usage-patterns"]');
    expect(row?.closest('[data-plk-basis]')?.getAttribute('data-plk-basis')).toBe('deemedConsent');
    expect(row?.textContent).toContain('7일 안에 거부하지 않으면 동의한 것으로 봅니다.');
    expect(row?.querySelector('[data-plk-refusable]')?.textContent).toBe('거부하면 이용 계약이 해지됩니다.');
  },
};
