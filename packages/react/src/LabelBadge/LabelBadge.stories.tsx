import { getLabelIcon } from '@privacy-label-kit/icons/map';
import { deriveLabels } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { usageSource } from '../../../../stories/docs/usageSource.js';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { LabelBadge } from './LabelBadge.js';

const messengerKo = deriveLabels(examplePolicy('messenger-platform'), { locale: 'ko' });
const messengerEn = deriveLabels(examplePolicy('messenger-platform'), { locale: 'en' });
const label = (labels: typeof messengerKo, id: string) => labels.find((candidate) => candidate.id === id)!;

const meta = {
  title: 'Components/LabelBadge',
  component: LabelBadge,
  // "Show code" as a user writes it (imports, the policy from its JSON file), not the serialised arguments.
  parameters: { docs: { source: { transform: usageSource('LabelBadge') } } },
  args: {
    label: label(messengerKo, 'third-party-provision'),
    icon: getLabelIcon('third-party-provision'),
    locale: 'ko',
  },
  argTypes: {
    label: { control: false },
    icon: { control: false },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
    display: { control: 'inline-radio', options: ['caption', 'tooltip', 'toggle'] },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
  },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
} satisfies Meta<typeof LabelBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: ({ canvasElement, args }) => {
    // The caption is the one derived from the policy data, shown as it is.
    expect(args.label.caption).toMatch(/^제3자 제공 3곳/);
    expect(within(canvasElement).getByText(args.label.caption)).toBeTruthy();
  },
};

export const English: Story = {
  args: { label: label(messengerEn, 'third-party-provision'), locale: 'en' },
};

/** Attention flags are spelled out in words under the caption, never shown by colour alone. */
export const WithAttentionFlags: Story = {
  args: { label: label(messengerKo, 'collected-items'), icon: getLabelIcon('collected-items') },
  play: ({ canvasElement }) => {
    const flag = canvasElement.querySelector('[data-plk-attention="deemed-consent"]');
    expect(flag?.textContent).toMatch(/간주 동의: 7일 안에/);
  },
};

export const ProtectionFamily: Story = {
  args: { label: label(messengerKo, 'privacy-officer'), icon: getLabelIcon('privacy-officer') },
};

export const Offline: Story = { args: { variant: 'offline' } };

export const AsLink: Story = {
  args: { href: '#privacy-third-party-provision' },
  play: ({ canvasElement }) => {
    expect(within(canvasElement).getByRole('link').getAttribute('href')).toBe(
      '#privacy-third-party-provision',
    );
  },
};

/** In a tooltip: the link is named by the title, described by the caption, shown on hover and focus. */
export const Tooltip: Story = {
  args: { display: 'tooltip', href: '#privacy-third-party-provision' },
  play: ({ canvasElement, args }) => {
    const link = within(canvasElement).getByRole('link');
    const tooltip = canvasElement.querySelector(`#${CSS.escape(link.getAttribute('aria-describedby')!)}`)!;
    expect(tooltip.textContent).toBe(args.label.caption);
  },
};

/** Behind an ⓘ toggle, named after the label. */
export const Toggle: Story = {
  args: { display: 'toggle', href: '#privacy-third-party-provision' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: '제3자 제공 설명 보기' });
    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  },
};
