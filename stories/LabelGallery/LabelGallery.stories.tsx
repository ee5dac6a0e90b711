import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LabelGallery } from './LabelGallery.js';

const meta = {
  title: 'Label gallery/Gallery',
  component: LabelGallery,
  // Tests of the gallery on the "All icons" page: run by `npm test`, kept out of the sidebar and the docs.
  tags: ['!dev', '!autodocs'],
  args: { locale: 'ko' },
  argTypes: { locale: { control: 'inline-radio', options: ['ko', 'en'] } },
} satisfies Meta<typeof LabelGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Korean: Story = {};

export const English: Story = { args: { locale: 'en' } };

export const ProtectionFamily: Story = {
  args: { locale: 'en', initialFamily: 'protection' },
  play: async ({ canvasElement }) => {
    const cards = canvasElement.querySelectorAll('[data-icon-id]');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.getAttribute('data-family')).toBe('protection');
  },
};

/** Each of the four families is one radio button named with its frame shape; choosing it shows that family alone. */
export const EveryFamilyFilter: Story = {
  args: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const families = [
      ['개인정보 종류 (원)', 'dataType'],
      ['처리 단계 (육각형)', 'processing'],
      ['보호 의무 (둥근 사각형)', 'protection'],
      ['영상정보처리기기 (네 모서리 틀)', 'video'],
    ] as const;
    for (const [name, family] of families) {
      await userEvent.click(canvas.getByRole('radio', { name }));
      const cards = [...canvasElement.querySelectorAll('[data-icon-id]')];
      expect(cards.length, family).toBeGreaterThan(0);
      for (const card of cards) expect(card.getAttribute('data-family')).toBe(family);
    }
  },
};

export const SearchByTag: Story = {
  args: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox'), 'cookie');
    const cards = canvasElement.querySelectorAll('[data-icon-id]');
    expect([...cards].map((card) => card.getAttribute('data-icon-id'))).toContain('automatic-collection');
    expect(cards.length).toBeLessThan(5);
  },
};

/** Each card links to the icon's own page, in the whole window (the docs run inside Storybook's frame). */
export const CardsLinkToIconPages: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const link = canvasElement.querySelector('[data-icon-id="retention"] a');
    expect(link?.getAttribute('href')).toBe('./?path=/story/label-gallery-icons--retention');
    expect(link?.getAttribute('target')).toBe('_top');
  },
};
