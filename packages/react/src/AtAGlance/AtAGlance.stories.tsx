import { deriveAtAGlance } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { usageSource } from '../../../../stories/docs/usageSource.js';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { AtAGlance } from './AtAGlance.js';

const meta = {
  title: 'Components/AtAGlance',
  component: AtAGlance,
  parameters: { docs: { source: { transform: usageSource('AtAGlance') } } },
  args: {
    statements: deriveAtAGlance(examplePolicy('small-shop'), { locale: 'ko' }).statements,
    locale: 'ko',
  },
  argTypes: {
    statements: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
  },
  decorators: [(Story) => <div style={{ maxWidth: 560 }}>{Story()}</div>],
} satisfies Meta<typeof AtAGlance>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The small shop: what it collects, and what it does not do — no transfer abroad, no ad tracking. */
export const Default: Story = {
  play: ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(canvas.getByRole('region', { name: '한눈에 보기' })).toBeTruthy();
    expect(canvas.getByText('국외 이전 없음')).toBeTruthy();
  },
};

export const English: Story = {
  args: {
    statements: deriveAtAGlance(examplePolicy('small-shop'), { locale: 'en' }).statements,
    locale: 'en',
  },
};

/** The large platform: transfers abroad, personalised ads and deemed consent, each flagged in words. */
export const LargePlatform: Story = {
  args: { statements: deriveAtAGlance(examplePolicy('messenger-platform'), { locale: 'ko' }).statements },
};

/** The children's learning app. */
export const KidsApp: Story = {
  args: { statements: deriveAtAGlance(examplePolicy('kids-learning-app'), { locale: 'ko' }).statements },
};
