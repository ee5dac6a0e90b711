import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleNames, examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { PrivacyPolicy } from './PrivacyPolicy.js';

type PlaygroundArgs = React.ComponentProps<typeof PrivacyPolicy> & { example: string };

const meta = {
  title: 'Components/PrivacyPolicy',
  component: PrivacyPolicy,
  parameters: { layout: 'fullscreen' },
  args: { policy: examplePolicy('small-shop'), locale: 'ko', theme: 'light' },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
    brandColor: { control: 'color' },
  },
} satisfies Meta<typeof PrivacyPolicy>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark', locale: 'en' } };

/** A brand colour tints the accents; family colours and text stay as they are, so contrast holds. */
export const BrandColour: Story = { args: { brandColor: '#7b3fa0' } };

export const WithoutSummaryOrContents: Story = { args: { summary: false, tableOfContents: false } };

export const Playground: StoryObj<PlaygroundArgs> = {
  args: { example: 'messenger-platform' },
  argTypes: { example: { control: 'select', options: exampleNames } },
  render: ({ example, ...args }) => <PrivacyPolicy {...args} policy={examplePolicy(example)} />,
};
