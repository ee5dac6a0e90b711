import { getLabelIcon, iconIds } from '@privacy-label-kit/icons/map';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { usageSource } from '../../../../stories/docs/usageSource.js';
import { LabelIcon } from './LabelIcon.js';

type PlaygroundArgs = React.ComponentProps<typeof LabelIcon> & { iconId: string };

const meta = {
  title: 'Components/LabelIcon',
  component: LabelIcon,
  // "Show code" as a user writes it (imports, the policy from its JSON file), not the serialised arguments.
  parameters: { docs: { source: { transform: usageSource('LabelIcon') } } },
  args: { icon: getLabelIcon('third-party-provision'), size: 48, frame: true, variant: 'online' },
  argTypes: {
    icon: { control: false },
    size: { control: { type: 'range', min: 12, max: 128, step: 4 } },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
  },
} satisfies Meta<typeof LabelIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Decorative by default: next to a caption the icon says nothing a screen reader would not already read. */
export const Default: Story = {
  play: ({ canvasElement }) => {
    expect(canvasElement.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  },
};

/** Standing alone, an icon needs a name: give `title` and it becomes `role="img"` with that name. */
export const Labelled: Story = {
  args: { title: '제3자 제공' },
  play: ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
  },
};

export const Offline: Story = { args: { variant: 'offline' } };

export const GlyphOnly: Story = { args: { frame: false } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 16, alignItems: 'end' }}>
      {[16, 24, 32, 48, 96].map((size) => (
        <LabelIcon key={size} {...args} size={size} />
      ))}
    </div>
  ),
};

/** Pick any icon and variant. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { iconId: 'retention', size: 64 },
  argTypes: { iconId: { control: 'select', options: [...iconIds] } },
  render: ({ iconId, ...args }) => <LabelIcon {...args} icon={getLabelIcon(iconId)} />,
};
