import type { Meta, StoryObj } from '@storybook/react-vite';
import { UsageRule } from './UsageExamples.js';

const meta = {
  title: 'Design principles/Usage rules',
  component: UsageRule,
  // The do/don't pairs of the "Design principles" page, tested one by one (axe): kept out of the sidebar and docs.
  tags: ['!dev', '!autodocs'],
  args: { rule: 'caption', locale: 'ko' },
  argTypes: {
    rule: { control: 'select', options: ['caption', 'attention', 'family', 'print', 'proportions'] },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
  },
} satisfies Meta<typeof UsageRule>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CaptionWithSymbol: Story = { args: { rule: 'caption' } };
export const AttentionInWords: Story = { args: { rule: 'attention', locale: 'en' } };
export const FrameShowsFamily: Story = { args: { rule: 'family' } };
export const OfflineForPrint: Story = { args: { rule: 'print', locale: 'en' } };
export const KeepProportions: Story = { args: { rule: 'proportions' } };
