import { deriveLabels } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
// From source, like every component story: it shares the theme and language the toolbar sets (.storybook/preview).
import { PrivacyPolicy } from '../../packages/react/src/PrivacyPolicy/PrivacyPolicy.js';
import { usageSource } from '../docs/usageSource.js';
import { exampleNames, examplePolicy } from '../fixtures/examplePolicies.js';

/**
 * Each bundled example (assets/examples/*.json) as a complete policy page. The language and theme come from the
 * toolbar, so the docs page shows each example once, in the language you read.
 */
const meta = {
  title: 'Example policies',
  component: PrivacyPolicy,
  parameters: {
    layout: 'fullscreen',
    docsFrameHeight: '720px',
    docs: {
      source: { transform: usageSource('PrivacyPolicy') },
      description: {
        component:
          'Complete policy pages from the example files in `assets/examples/`. Switch language (한국어 / English) and theme in the toolbar; each page scrolls inside its frame here — open one in the sidebar to see it full size.',
      },
    },
  },
  args: { policy: examplePolicy('small-shop') },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
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
  expect(canvasElement.querySelector('[data-plk-privacy-policy]')?.getAttribute('lang')).toBe(locale);
}

// Names and tags stay on each export (below), where Storybook's indexer reads them for the sidebar.
function example(name: string): Story {
  return {
    args: { policy: examplePolicy(name) },
    play: ({ canvasElement, globals }) =>
      checkSummaryLinks(canvasElement, name, globals.locale === 'en' ? 'en' : 'ko'),
  };
}

export const MessengerPlatform: Story = { ...example('messenger-platform'), name: 'Messenger platform' };
export const SmallShop: Story = { ...example('small-shop'), name: 'Small online shop' };
export const KidsLearningApp: Story = { ...example('kids-learning-app'), name: "Children's learning app" };
export const BakeryCafe: Story = { ...example('bakery-cafe'), name: 'Bakery café' };
export const Clinic: Story = { ...example('clinic'), name: 'Clinic' };

/** The dark theme, whatever the toolbar says: the whole canvas is painted, not only the page's column. */
export const MessengerPlatformDark: Story = {
  ...example('messenger-platform'),
  name: 'Messenger platform, dark theme',
  globals: { theme: 'dark' },
};

// Hidden from the sidebar and docs: the same pages in English, so `npm test` checks both languages.
export const MessengerPlatformEnglish: Story = {
  ...example('messenger-platform'),
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'en' },
};
export const SmallShopEnglish: Story = {
  ...example('small-shop'),
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'en' },
};
export const KidsLearningAppEnglish: Story = {
  ...example('kids-learning-app'),
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'en' },
};
export const BakeryCafeEnglish: Story = {
  ...example('bakery-cafe'),
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'en' },
};
export const ClinicEnglish: Story = {
  ...example('clinic'),
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'en' },
};

// Keeps the list above honest: a new example file must get its own stories.
export const AllExamplesHaveStories: Story = {
  name: 'Every example has stories',
  tags: ['!dev', '!autodocs'],
  play: () => {
    expect(exampleNames).toEqual([
      'bakery-cafe',
      'clinic',
      'kids-learning-app',
      'messenger-platform',
      'small-shop',
    ]);
  },
};
