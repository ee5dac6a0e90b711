import { assertPolicy } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { examplePolicy } from '../../../../../stories/fixtures/examplePolicies.js';
import { DomesticAgentSection } from './DomesticAgentSection.js';

// No bundled example names a domestic agent (all are Korean controllers): the messenger platform, here run from
// abroad, with the agent PIPA Art. 31-2 then asks it to appoint.
const messenger = examplePolicy('messenger-platform');
const runFromAbroad = assertPolicy({
  ...messenger,
  controller: {
    ...messenger.controller,
    address: { ko: '싱가포르 마리나 불러바드 10, 12층', en: '12F, 10 Marina Boulevard, Singapore' },
  },
  domesticAgent: {
    name: { ko: '도토리 코리아 유한회사', en: 'Dotori Korea LLC' },
    address: { ko: '서울특별시 중구 세종대로 1', en: '1 Sejong-daero, Jung-gu, Seoul' },
    phone: '02-555-0199',
    email: 'agent@dotori.example',
  },
});

const meta = {
  title: 'Components/Policy sections (more)/Domestic agent',
  component: DomesticAgentSection,
  args: { policy: runFromAbroad, locale: 'ko', headingLevel: 2 },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
  },
} satisfies Meta<typeof DomesticAgentSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The agent's name, address, phone and email, under the label's heading and anchor. */
export const Default: Story = {
  play: ({ canvasElement }) => {
    const section = canvasElement.querySelector<HTMLElement>('#privacy-domestic-agent');
    expect(section).not.toBeNull();
    const view = within(section!);
    expect(view.getByRole('heading', { level: 2 }).textContent).toContain('국내대리인');
    expect(view.getByText('도토리 코리아 유한회사')).toBeTruthy();
    expect(view.getByRole('link', { name: '02-555-0199' }).getAttribute('href')).toBe('tel:025550199');
    expect(view.getByRole('link', { name: 'agent@dotori.example' }).getAttribute('href')).toBe(
      'mailto:agent@dotori.example',
    );
  },
};

export const English: Story = {
  args: { locale: 'en' },
  play: ({ canvasElement }) => {
    const view = within(canvasElement.querySelector<HTMLElement>('#privacy-domestic-agent')!);
    expect(view.getByText('Dotori Korea LLC')).toBeTruthy();
    expect(view.getByText('1 Sejong-daero, Jung-gu, Seoul')).toBeTruthy();
  },
};
