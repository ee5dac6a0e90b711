import { type LabelId, labelIds } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import type { PolicySectionProps } from '../PolicySection/PolicySection.js';
import { policySections } from './policySections.js';

type SectionStoryArgs = Omit<PolicySectionProps, 'policy'> & { section: LabelId; example: string };

/** Every section of the policy page on its own, from the large messenger-platform example (which has them all). */
const meta = {
  title: 'Components/Policy sections',
  args: { section: 'collected-items', example: 'messenger-platform', locale: 'ko', headingLevel: 2 },
  argTypes: {
    section: { control: 'select', options: [...labelIds] },
    example: {
      control: 'select',
      options: ['messenger-platform', 'small-shop', 'kids-learning-app', 'clinic'],
    },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
    variant: { control: 'inline-radio', options: ['online', 'offline'] },
  },
  render: ({ section, example, ...props }) => {
    const Section = policySections[section];
    return <Section {...props} policy={examplePolicy(example)} />;
  },
} satisfies Meta<SectionStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

function sectionStory(section: LabelId, locale: 'ko' | 'en' = 'ko'): Story {
  return {
    args: { section, locale },
    play: ({ canvasElement }) => {
      // The section carries the anchor its label links to, and repeats the label at its heading.
      const element = canvasElement.querySelector(`#privacy-${section}`);
      expect(element).not.toBeNull();
      expect(element?.querySelector('h2')).not.toBeNull();
    },
  };
}

export const PersonalInformation = sectionStory('personal-information');
export const SensitiveInformation = sectionStory('sensitive-information');
export const ImagesAndVideo = sectionStory('images-and-video', 'en');
export const UniqueIdentifiers = sectionStory('unique-identifiers');
export const ResidentRegistrationNumber = sectionStory('resident-registration-number', 'en');
export const IdentityDocumentNumbers = sectionStory('identity-document-numbers');
export const BiometricInformation = sectionStory('biometric-information');
export const BiometricRecognition = sectionStory('biometric-recognition', 'en');
export const PaymentInformation = sectionStory('payment-information', 'en');
export const LocationInformation = sectionStory('location-information');
export const HealthInformation = sectionStory('health-information', 'en');
export const CollectedItems = sectionStory('collected-items');
export const Purposes = sectionStory('purposes', 'en');
export const Retention = sectionStory('retention');
export const Destruction = sectionStory('destruction', 'en');
export const ThirdPartyProvision = sectionStory('third-party-provision');
export const Entrustment = sectionStory('entrustment', 'en');
export const OverseasTransfer = sectionStory('overseas-transfer');
export const AutomaticCollection = sectionStory('automatic-collection', 'en');
export const BehaviouralInformation = sectionStory('behavioural-information', 'en');
export const BehaviouralAdvertising = sectionStory('behavioural-advertising');
export const PseudonymisedInformation = sectionStory('pseudonymised-information', 'en');
export const Pseudonymisation = sectionStory('pseudonymisation');
export const AutomatedDecisions = sectionStory('automated-decisions');
export const OnDeviceProcessing = sectionStory('on-device-processing', 'en');
export const GenerativeAi = sectionStory('generative-ai');
export const Children = sectionStory('children', 'en');
export const Rights = sectionStory('data-subject-rights');
export const LegalRepresentative = sectionStory('legal-representative', 'en');
export const SecurityMeasures = sectionStory('security-measures', 'en');
export const Certifications = sectionStory('certifications');
export const PrivacyOfficer = sectionStory('privacy-officer');
export const ContactDepartment = sectionStory('grievance-department', 'en');
/** The clinic's access-request desk (the messenger example has none). */
export const AccessRequests: Story = {
  ...sectionStory('access-requests'),
  args: { section: 'access-requests', locale: 'ko', example: 'clinic' },
};
export const Remedies = sectionStory('remedies');
export const VersionHistory = sectionStory('policy-changes', 'en');
