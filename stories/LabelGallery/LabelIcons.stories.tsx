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

// The name stays on each export (below), where Storybook's indexer reads it for the sidebar.
function iconPage(iconId: string): Story {
  return {
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

export const PersonalInformation: Story = {
  ...iconPage('personal-information'),
  name: 'Personal information (개인정보)',
};
export const SensitiveInformation: Story = {
  ...iconPage('sensitive-information'),
  name: 'Sensitive information (민감정보)',
};
export const ImagesAndVideo: Story = {
  ...iconPage('images-and-video'),
  name: 'Images and video (개인영상정보)',
};
export const UniqueIdentifiers: Story = {
  ...iconPage('unique-identifiers'),
  name: 'Unique identifiers (고유식별정보)',
};
export const ResidentRegistrationNumber: Story = {
  ...iconPage('resident-registration-number'),
  name: 'Resident registration number (주민등록번호)',
};
export const IdentityDocumentNumbers: Story = {
  ...iconPage('identity-document-numbers'),
  name: 'Identity document numbers (신분증 번호)',
};
export const BiometricInformation: Story = {
  ...iconPage('biometric-information'),
  name: 'Biometric information (생체정보)',
};
export const BiometricRecognition: Story = {
  ...iconPage('biometric-recognition'),
  name: 'Biometric recognition (생체인식정보)',
};
export const PaymentInformation: Story = {
  ...iconPage('payment-information'),
  name: 'Payment information (결제정보)',
};
export const LocationInformation: Story = {
  ...iconPage('location-information'),
  name: 'Location information (위치정보)',
};
export const HealthInformation: Story = {
  ...iconPage('health-information'),
  name: 'Health information (건강정보)',
};
export const CollectedItems: Story = { ...iconPage('collected-items'), name: 'Collected items (처리 항목)' };
export const Purposes: Story = { ...iconPage('purposes'), name: 'Purposes (처리 목적)' };
export const AdditionalUse: Story = {
  ...iconPage('additional-use'),
  name: 'Further use and provision (추가적 이용·제공)',
};
export const Retention: Story = { ...iconPage('retention'), name: 'Retention (보유 기간)' };
export const Destruction: Story = { ...iconPage('destruction'), name: 'Destruction (파기)' };
export const ThirdPartyProvision: Story = {
  ...iconPage('third-party-provision'),
  name: 'Third-party provision (제3자 제공)',
};
export const Entrustment: Story = { ...iconPage('entrustment'), name: 'Entrustment (처리 위탁)' };
export const OverseasTransfer: Story = {
  ...iconPage('overseas-transfer'),
  name: 'Overseas transfer (국외 이전)',
};
export const AutomaticCollection: Story = {
  ...iconPage('automatic-collection'),
  name: 'Automatic collection (자동 수집 장치)',
};
export const BehaviouralInformation: Story = {
  ...iconPage('behavioural-information'),
  name: 'Behavioural information (행태정보)',
};
export const BehaviouralAdvertising: Story = {
  ...iconPage('behavioural-advertising'),
  name: 'Personalised ads (맞춤형 광고)',
};
export const PseudonymisedInformation: Story = {
  ...iconPage('pseudonymised-information'),
  name: 'Pseudonymised information (가명정보)',
};
export const Pseudonymisation: Story = {
  ...iconPage('pseudonymisation'),
  name: 'Pseudonymisation (가명처리)',
};
export const AutomatedDecisions: Story = {
  ...iconPage('automated-decisions'),
  name: 'Automated decisions (자동화된 결정)',
};
export const OnDeviceProcessing: Story = {
  ...iconPage('on-device-processing'),
  name: 'On-device processing (기기 내 처리)',
};
export const GenerativeAi: Story = {
  ...iconPage('generative-ai'),
  name: 'Generative AI (생성형 AI)',
};
export const FixedVideoDevices: Story = {
  ...iconPage('fixed-video-devices'),
  name: 'Fixed video devices (고정형 영상정보처리기기)',
};
export const MobileVideoDevices: Story = {
  ...iconPage('mobile-video-devices'),
  name: 'Mobile video devices (이동형 영상정보처리기기)',
};
export const Children: Story = { ...iconPage('children'), name: 'Children under 14 (아동 개인정보)' };
export const DataSubjectRights: Story = {
  ...iconPage('data-subject-rights'),
  name: 'Your rights (정보주체의 권리)',
};
export const LegalRepresentative: Story = {
  ...iconPage('legal-representative'),
  name: 'Legal representative (법정대리인)',
};
export const SecurityMeasures: Story = {
  ...iconPage('security-measures'),
  name: 'Security measures (안전성 확보 조치)',
};
export const Certifications: Story = {
  ...iconPage('certifications'),
  name: 'Certifications (인증)',
};
export const PrivacyOfficer: Story = {
  ...iconPage('privacy-officer'),
  name: 'Privacy officer (개인정보 보호책임자)',
};
export const DomesticAgent: Story = {
  ...iconPage('domestic-agent'),
  name: 'Domestic agent (국내대리인)',
};
export const GrievanceDepartment: Story = {
  ...iconPage('grievance-department'),
  name: 'Contact department (고충 처리 부서)',
};
export const AccessRequests: Story = {
  ...iconPage('access-requests'),
  name: 'Access requests (열람청구)',
};
export const Remedies: Story = { ...iconPage('remedies'), name: 'Remedies (권익 침해 구제)' };
export const PolicyChanges: Story = { ...iconPage('policy-changes'), name: 'Policy changes (처리방침 변경)' };
