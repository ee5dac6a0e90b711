import { PrivacyPolicy } from '@privacy-label-kit/react';
import { deriveLabels } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { exampleNames, examplePolicy } from '../fixtures/examplePolicies.js';

/** Each bundled example as a complete policy page, in Korean and in English. */
const meta = {
  title: 'Example policies',
  component: PrivacyPolicy,
  parameters: { layout: 'fullscreen' },
  args: { policy: examplePolicy('small-shop'), locale: 'ko', theme: 'light' },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
} satisfies Meta<typeof PrivacyPolicy>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every label derived from the policy is in the summary, and each summary link has a section to land on. */
async function checkSummaryLinks(canvasElement: HTMLElement, name: string, locale: 'ko' | 'en') {
  const labels = deriveLabels(examplePolicy(name), { locale });
  for (const label of labels) {
    const link = canvasElement.querySelector(`nav a[href="#${label.anchor}"]`);
    expect(link, `summary link for ${label.id}`).not.toBeNull();
    expect(
      canvasElement.ownerDocument.getElementById(label.anchor),
      `section ${label.anchor}`,
    ).not.toBeNull();
  }
  expect(within(canvasElement).getAllByRole('heading', { level: 1 })).toHaveLength(1);
}

export const MessengerPlatformKorean: Story = {
  name: 'Messenger platform (한국어)',
  args: { policy: examplePolicy('messenger-platform'), locale: 'ko' },
  play: ({ canvasElement }) => checkSummaryLinks(canvasElement, 'messenger-platform', 'ko'),
};

export const MessengerPlatformEnglish: Story = {
  name: 'Messenger platform (English)',
  args: { policy: examplePolicy('messenger-platform'), locale: 'en' },
  play: ({ canvasElement }) => checkSummaryLinks(canvasElement, 'messenger-platform', 'en'),
};

export const SmallShopKorean: Story = {
  name: 'Small online shop (한국어)',
  args: { policy: examplePolicy('small-shop'), locale: 'ko' },
  play: ({ canvasElement }) => checkSummaryLinks(canvasElement, 'small-shop', 'ko'),
};

export const SmallShopEnglish: Story = {
  name: 'Small online shop (English)',
  args: { policy: examplePolicy('small-shop'), locale: 'en' },
  play: ({ canvasElement }) => checkSummaryLinks(canvasElement, 'small-shop', 'en'),
};

export const KidsLearningAppKorean: Story = {
  name: "Children's learning app (한국어)",
  args: { policy: examplePolicy('kids-learning-app'), locale: 'ko' },
  play: ({ canvasElement }) => checkSummaryLinks(canvasElement, 'kids-learning-app', 'ko'),
};

export const KidsLearningAppEnglish: Story = {
  name: "Children's learning app (English)",
  args: { policy: examplePolicy('kids-learning-app'), locale: 'en' },
  play: ({ canvasElement }) => checkSummaryLinks(canvasElement, 'kids-learning-app', 'en'),
};

export const MessengerPlatformDark: Story = {
  name: 'Messenger platform, dark theme',
  args: { policy: examplePolicy('messenger-platform'), locale: 'ko', theme: 'dark' },
};

// Keeps the list above honest: a new example file must get its own stories.
export const AllExamplesHaveStories: Story = {
  name: 'Every example has stories',
  tags: ['!dev', '!autodocs'],
  args: { policy: examplePolicy('small-shop'), locale: 'en' },
  play: () => {
    expect(exampleNames).toEqual(['kids-learning-app', 'messenger-platform', 'small-shop']);
  },
};
