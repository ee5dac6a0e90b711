import { deriveLabels } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { LabelSummary } from '../LabelSummary/LabelSummary.js';
import { PrivacyPolicy } from '../PrivacyPolicy/PrivacyPolicy.js';
import { PrivacyLabelThemeProvider } from '../theme/PrivacyLabelThemeProvider.js';
import { EasyReadPolicy } from './EasyReadPolicy.js';

const meta = {
  title: 'Components/EasyReadPolicy',
  component: EasyReadPolicy,
  parameters: { layout: 'fullscreen' },
  args: { policy: examplePolicy('kids-learning-app'), locale: 'ko', theme: 'light' },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    typeScale: { control: 'inline-radio', options: ['standard', 'large'] },
  },
} satisfies Meta<typeof EasyReadPolicy>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every topic is a list of messages, and every message names its speaker in text. */
function checkChat(canvasElement: HTMLElement) {
  const messages = canvasElement.querySelectorAll('[data-plk-speaker]');
  expect(messages.length).toBeGreaterThan(10);
  for (const message of messages) {
    expect(message.tagName).toBe('LI');
    expect(message.querySelector('.plk-speaker')?.textContent?.trim()).not.toBe('');
  }
  expect(within(canvasElement).getAllByRole('heading', { level: 1 })).toHaveLength(1);
}

const phone = {
  viewport: { options: { phone: { name: 'Phone', styles: { width: '390px', height: '844px' } } } },
};

export const KidsLearningAppKorean: Story = {
  name: "Children's learning app (한국어)",
  play: ({ canvasElement }) => checkChat(canvasElement),
};

export const KidsLearningAppEnglish: Story = {
  name: "Children's learning app (English)",
  args: { locale: 'en' },
  play: ({ canvasElement }) => checkChat(canvasElement),
};

export const KidsLearningAppPhone: Story = {
  name: "Children's learning app, phone width (한국어)",
  parameters: { ...phone },
  decorators: [(Story) => <div style={{ maxWidth: 390 }}>{Story()}</div>],
  play: ({ canvasElement }) => checkChat(canvasElement),
};

export const SmallShopKorean: Story = {
  name: 'Small online shop (한국어)',
  args: { policy: examplePolicy('small-shop') },
  play: ({ canvasElement }) => {
    checkChat(canvasElement);
    // No children's information: no note for parents.
    expect(canvasElement.querySelector('[data-plk-guardian-note]')).toBeNull();
  },
};

export const SmallShopEnglish: Story = {
  name: 'Small online shop (English)',
  args: { policy: examplePolicy('small-shop'), locale: 'en' },
};

export const MessengerPlatformKorean: Story = {
  name: 'Messenger platform (한국어)',
  args: { policy: examplePolicy('messenger-platform') },
  play: ({ canvasElement }) => checkChat(canvasElement),
};

export const MessengerPlatformEnglish: Story = {
  name: 'Messenger platform (English)',
  args: { policy: examplePolicy('messenger-platform'), locale: 'en' },
};

export const Dark: Story = { args: { theme: 'dark' } };

/** Large type: 20 px text, at most 40 Korean characters a line, 7:1 contrast, 44 px links. */
export const LargeType: Story = {
  name: 'Large type (한국어)',
  args: { typeScale: 'large' },
  play: ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-plk-easy-read]')!;
    expect(
      Number.parseFloat(getComputedStyle(root.querySelector('.plk-bubble p')!).fontSize),
    ).toBeGreaterThanOrEqual(20);
  },
};

export const LargeTypePhone: Story = {
  name: 'Large type, phone width (English)',
  args: { typeScale: 'large', locale: 'en' },
  decorators: [(Story) => <div style={{ maxWidth: 390 }}>{Story()}</div>],
};

/** The full policy page in large type. */
export const LargeTypeFullPolicy: Story = {
  name: 'Large type: the full policy',
  render: ({ policy, locale }) => <PrivacyPolicy policy={policy} locale={locale} typeScale="large" />,
};

/** The label summary alone, in large type from a theme provider. */
export const LargeTypeSummary: Story = {
  name: 'Large type: the label summary',
  render: ({ policy, locale }) => (
    <PrivacyLabelThemeProvider typeScale="large">
      <LabelSummary labels={deriveLabels(policy, { locale })} locale={locale} />
    </PrivacyLabelThemeProvider>
  ),
};

export const Playground: Story = { args: { typeScale: 'standard' } };
