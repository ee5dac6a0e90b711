import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { IconPage } from './IconPage.js';

/**
 * One page per label icon (in the sidebar under Label gallery → Icons): large previews, every size, code to copy and
 * downloads. Each story is named by its icon id, so the gallery links to `label-gallery-icons--<id>`.
 */
const meta = {
  title: 'Label gallery/Icons',
  component: IconPage,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true } },
} satisfies Meta<typeof IconPage>;

export default meta;
type Story = StoryObj<typeof meta>;

function iconPage(iconId: string, name: string): Story {
  return {
    name,
    args: { iconId },
    play: ({ canvasElement }) => {
      // Every size is shown smallest first, each with its label.
      const sizes = [...canvasElement.querySelectorAll('[data-variant="online"] [data-size]')].map((item) =>
        Number(item.getAttribute('data-size')),
      );
      expect(sizes).toEqual([16, 24, 32, 48, 96]);
      expect(within(canvasElement).getByRole('heading', { level: 1 })).toBeTruthy();
    },
  };
}

export const CollectedItems = iconPage('collected-items', 'Collected items (처리 항목)');
export const SensitiveInformation = iconPage('sensitive-information', 'Sensitive information (민감정보)');
export const UniqueIdentifiers = iconPage('unique-identifiers', 'Unique identifiers (고유식별정보)');
export const Purposes = iconPage('purposes', 'Purposes (처리 목적)');
export const Retention = iconPage('retention', 'Retention (보유 기간)');
export const Destruction = iconPage('destruction', 'Destruction (파기)');
export const ThirdPartyProvision = iconPage('third-party-provision', 'Third-party provision (제3자 제공)');
export const Entrustment = iconPage('entrustment', 'Entrustment (처리 위탁)');
export const OverseasTransfer = iconPage('overseas-transfer', 'Overseas transfer (국외 이전)');
export const AutomaticCollection = iconPage('automatic-collection', 'Automatic collection (자동 수집 장치)');
export const BehaviouralAdvertising = iconPage('behavioural-advertising', 'Personalised ads (맞춤형 광고)');
export const PseudonymisedInformation = iconPage(
  'pseudonymised-information',
  'Pseudonymised information (가명정보)',
);
export const AutomatedDecisions = iconPage('automated-decisions', 'Automated decisions (자동화된 결정)');
export const Children = iconPage('children', 'Children under 14 (아동 개인정보)');
export const DataSubjectRights = iconPage('data-subject-rights', 'Your rights (정보주체의 권리)');
export const SecurityMeasures = iconPage('security-measures', 'Security measures (안전성 확보 조치)');
export const PrivacyOfficer = iconPage('privacy-officer', 'Privacy officer (개인정보 보호책임자)');
export const GrievanceDepartment = iconPage('grievance-department', 'Contact department (고충 처리 부서)');
export const Remedies = iconPage('remedies', 'Remedies (권익 침해 구제)');
export const PolicyChanges = iconPage('policy-changes', 'Policy changes (처리방침 변경)');
