import type { Translation } from '@privacy-label-kit/schema/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { usageSource } from '../../../../stories/docs/usageSource.js';
import { exampleNames, examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { PrivacyPolicy } from './PrivacyPolicy.js';

type PlaygroundArgs = React.ComponentProps<typeof PrivacyPolicy> & { example: string };

const meta = {
  title: 'Components/PrivacyPolicy',
  component: PrivacyPolicy,
  parameters: {
    layout: 'fullscreen',
    // A whole policy is thousands of pixels tall: on the docs page each example scrolls in a frame, so the props
    // table sits right under the first one.
    docsFrameHeight: '640px',
    docs: { source: { transform: usageSource('PrivacyPolicy') } },
  },
  // No theme here: the story follows the toolbar's theme (a story that sets one keeps it).
  args: { policy: examplePolicy('small-shop'), locale: 'ko' },
  argTypes: {
    policy: { control: false, table: { type: { summary: 'Policy' } } },
    locale: {
      control: 'inline-radio',
      options: ['ko', 'en'],
      table: { type: { summary: "'ko' | 'en' | string" } },
    },
    theme: {
      control: 'inline-radio',
      options: ['light', 'dark', 'auto'],
      table: { type: { summary: "'light' | 'dark' | 'auto'" } },
    },
    variant: {
      control: 'inline-radio',
      options: ['online', 'offline'],
      description:
        "How the label icons are drawn: 'online' in the family colours (blue hexagons, green rounded squares), 'offline' in one colour, the text colour — black when printed. Default 'online'.",
      table: { type: { summary: "'online' | 'offline'" }, defaultValue: { summary: "'online'" } },
    },
    headingLevel: {
      control: { type: 'inline-radio' },
      options: [1, 2, 3, 4, 5],
      table: { type: { summary: '1 | 2 | 3 | 4 | 5' } },
    },
    translations: { control: false, table: { type: { summary: 'readonly Translation[]' } } },
    brandColor: { control: 'color' },
  },
} satisfies Meta<typeof PrivacyPolicy>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark', locale: 'en' } };

/** A brand colour tints the accents; family colours and text stay as they are, so contrast holds. */
export const BrandColour: Story = { args: { brandColor: '#7b3fa0' } };

// Japanese for a few words; English, the fallback, fills the rest. The policy's own text falls back the same way.
const japanese: Translation = {
  locale: 'ja',
  fallback: 'en',
  words: {
    page: { summary: { heading: 'プライバシーラベル' }, toc: { heading: '目次' } },
    schema: { labels: { purposes: { title: '処理目的' } } },
  },
};

/** A language the kit does not ship: `locale="ja"` with a `Translation` that gives some words. */
export const YourOwnLanguage: Story = {
  args: { locale: 'ja', translations: [japanese] },
  play: ({ canvasElement }) => {
    expect(within(canvasElement).getByRole('navigation', { name: 'プライバシーラベル' })).toBeTruthy();
    expect(canvasElement.querySelector('[data-plk-privacy-policy]')?.getAttribute('lang')).toBe('ja');
  },
};

export const WithoutSummaryOrContents: Story = { args: { summary: false, tableOfContents: false } };

export const Playground: StoryObj<PlaygroundArgs> = {
  args: { example: 'messenger-platform' },
  argTypes: { example: { control: 'select', options: exampleNames } },
  render: ({ example, ...args }) => <PrivacyPolicy {...args} policy={examplePolicy(example)} />,
};
