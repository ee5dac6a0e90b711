import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { ConsentTable } from './ConsentTable.js';

const meta = {
  title: 'Components/ConsentTable',
  component: ConsentTable,
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

/** Deemed consent that cannot be refused is named as such. */
export const DeemedConsent: Story = { args: { policy: examplePolicy('messenger-platform') } };
