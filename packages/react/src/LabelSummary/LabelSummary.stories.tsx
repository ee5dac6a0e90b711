import { deriveLabels } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
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
    display: { control: 'inline-radio', options: ['caption', 'tooltip', 'toggle'] },
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

const visible = (element: Element | null) => element !== null && getComputedStyle(element).display !== 'none';

/**
 * `display="tooltip"`: the caption appears on hover and on keyboard focus, and screen readers read it as the link's
 * description. Escape hides it without moving the pointer or the focus; the pointer can move onto it (WCAG 1.4.13).
 */
export const Tooltip: Story = {
  args: { display: 'tooltip' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('link');
    const tooltip = canvasElement.querySelector(`#${CSS.escape(first!.getAttribute('aria-describedby')!)}`);
    expect(visible(tooltip)).toBe(false);
    await userEvent.tab();
    expect(first).toBe(document.activeElement);
    await waitFor(() => expect(visible(tooltip)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(visible(tooltip)).toBe(false));
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

export const TooltipEnglish: Story = {
  args: { ...English.args, display: 'tooltip' },
};

/** `display="toggle"`: an ⓘ button per label, named after the label, shows and hides its caption. */
export const Toggle: Story = {
  args: { display: 'toggle' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const first = args.labels[0]!;
    const button = canvas.getByRole('button', { name: `${first.title} 설명 보기` });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(canvas.getByText(first.caption)).toBeTruthy();
  },
};

export const ToggleEnglish: Story = {
  args: { ...English.args, display: 'toggle' },
};

/** Every display keeps attention flags in view: the large platform in the toggle display, offline. */
export const ToggleEveryLabelOffline: Story = {
  args: { ...EveryLabel.args, display: 'toggle', variant: 'offline' },
};
