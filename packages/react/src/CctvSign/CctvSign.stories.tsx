import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { usageSource } from '../../../../stories/docs/usageSource.js';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { CctvSign } from './CctvSign.js';

const shop = examplePolicy('small-shop');
const twoCameras = {
  ...shop,
  videoDevices: [
    ...shop.videoDevices,
    {
      ...shop.videoDevices[0]!,
      purpose: { ko: '화재 예방', en: 'Fire prevention' },
      locations: { ko: '작업실 출입문 위', en: 'Above the workshop door' },
      range: { ko: '작업실 출입문 안쪽', en: 'Inside the workshop door' },
      recordingHours: { ko: '24시간', en: '24 hours' },
    },
  ],
};

const meta = {
  title: 'Components/CctvSign',
  component: CctvSign,
  parameters: { docs: { source: { transform: usageSource('CctvSign') } } },
  args: { policy: shop, locale: 'ko' },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
  },
} satisfies Meta<typeof CctvSign>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The small shop's counter camera: the sign PIPA Art. 25(4) asks for, on screen. */
export const Default: Story = {
  play: ({ canvasElement }) => {
    const sign = within(canvasElement).getByRole('region', { name: 'CCTV 설치·운영 안내' });
    expect(within(sign).getByText('매장 계산대 위 천장')).toBeTruthy();
    expect(within(sign).getByRole('link', { name: '063-555-0142' })).toBeTruthy();
  },
};

export const English: Story = { args: { locale: 'en' } };

/** Two fixed cameras: each gets its own heading and rows. */
export const TwoCameras: Story = { args: { policy: twoCameras } };

/** One colour, for printing. */
export const Offline: Story = { args: { variant: 'offline' } };
