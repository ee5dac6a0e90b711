import { assertPolicy } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { examplePolicy } from '../../../../../stories/fixtures/examplePolicies.js';
import { AdditionalUseSection } from './AdditionalUseSection.js';

const t = (ko: string, en: string) => ({ ko, en });

// No bundled example lists a further use: the small shop, texting a customer that a delivery is late (a further use
// of the number) and giving a returns courier the address (a further provision), each with the criteria it weighed.
const shop = examplePolicy('small-shop');
const withFurtherUse = assertPolicy({
  ...shop,
  additionalUse: [
    {
      kind: 'use',
      items: [t('휴대전화번호', 'Mobile number')],
      purpose: t('주문 상품 배송 지연 안내', 'Telling you a delivery is late'),
      criteria: [
        {
          criterion: 'relatedToOriginalPurpose',
          assessment: t('배송을 위해 받은 번호입니다.', 'We collected it for delivery.'),
        },
        {
          criterion: 'foreseeable',
          assessment: t('주문할 때 예상할 수 있습니다.', 'You can expect it when ordering.'),
        },
      ],
    },
    {
      kind: 'provision',
      items: [t('배송지 주소', 'Delivery address'), t('수령인 이름', 'Recipient name')],
      purpose: t('반품 상품 회수', 'Collecting a return'),
      recipient: t('반품 택배사', 'Returns courier'),
      criteria: [
        {
          criterion: 'noUnfairHarm',
          assessment: t('회수에만 씁니다.', 'It is used only to collect the parcel.'),
        },
      ],
    },
  ],
});

const meta = {
  title: 'Components/Policy sections (more)/Further use',
  component: AdditionalUseSection,
  args: { policy: withFurtherUse, locale: 'ko', headingLevel: 2 },
  argTypes: {
    policy: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
  },
} satisfies Meta<typeof AdditionalUseSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One card per further use or provision: what, for what, to whom, and how each criterion was weighed. */
export const Default: Story = {
  play: ({ canvasElement }) => {
    const section = canvasElement.querySelector<HTMLElement>('#privacy-additional-use');
    expect(section).not.toBeNull();
    const cards = section!.querySelectorAll<HTMLElement>('[data-plk-additional-use]');
    expect([...cards].map((card) => card.dataset.plkAdditionalUse)).toEqual(['use', 'provision']);
    expect(within(cards[0]!).getByText('추가적 이용')).toBeTruthy();
    expect(within(cards[0]!).getByText('배송을 위해 받은 번호입니다.')).toBeTruthy();
    expect(within(cards[1]!).getByText('추가적 제공')).toBeTruthy();
    expect(within(cards[1]!).getByText('반품 택배사')).toBeTruthy();
  },
};

export const English: Story = {
  args: { locale: 'en' },
  play: ({ canvasElement }) => {
    const view = within(canvasElement.querySelector<HTMLElement>('#privacy-additional-use')!);
    expect(view.getByText('Further provision')).toBeTruthy();
    expect(view.getByText('Returns courier')).toBeTruthy();
  },
};
