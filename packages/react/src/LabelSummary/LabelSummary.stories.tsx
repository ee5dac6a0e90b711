import { deriveLabels } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { usageSource } from '../../../../stories/docs/usageSource.js';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { LabelSummary } from './LabelSummary.js';

const meta = {
  title: 'Components/LabelSummary',
  component: LabelSummary,
  // "Show code" as a user writes it (imports, the policy from its JSON file), not the serialised arguments.
  parameters: { docs: { source: { transform: usageSource('LabelSummary') } } },
  args: { labels: deriveLabels(examplePolicy('small-shop'), { locale: 'ko' }), locale: 'ko' },
  argTypes: {
    labels: { control: false },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
  },
} satisfies Meta<typeof LabelSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A list of links, one per derived label, each to the section it summarises. */
export const Default: Story = {
  play: ({ canvasElement, args }) => {
    const links = within(canvasElement).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      args.labels.map((label) => `#${label.anchor}`),
    );
  },
};

export const English: Story = {
  args: { labels: deriveLabels(examplePolicy('small-shop'), { locale: 'en' }), locale: 'en' },
};

/** The large platform: all 22 labels, with deemed consent, overseas transfer and an adverse change flagged. */
export const EveryLabel: Story = {
  args: { labels: deriveLabels(examplePolicy('messenger-platform'), { locale: 'ko' }) },
};

export const Offline: Story = { args: { variant: 'offline' } };

export const CustomHeading: Story = {
  args: { heading: '한눈에 보는 개인정보 처리', description: false },
};
