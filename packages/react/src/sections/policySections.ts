import type { LabelId } from '@privacy-label-kit/schema/core';
import type { ComponentType } from 'react';
import type { PolicySectionProps } from '../PolicySection/PolicySection.js';
import { AccessRequestsSection } from './AccessRequestsSection/AccessRequestsSection.js';
import { AdditionalUseSection } from './AdditionalUseSection/AdditionalUseSection.js';
import { AutomatedDecisionsSection } from './AutomatedDecisionsSection/AutomatedDecisionsSection.js';
import { AutomaticCollectionSection } from './AutomaticCollectionSection/AutomaticCollectionSection.js';
import { BehaviouralAdvertisingSection } from './BehaviouralAdvertisingSection/BehaviouralAdvertisingSection.js';
import { BehaviouralInformationSection } from './BehaviouralInformationSection/BehaviouralInformationSection.js';
import { CertificationsSection } from './CertificationsSection/CertificationsSection.js';
import { ChildrenSection } from './ChildrenSection/ChildrenSection.js';
import { CollectedItemsSection } from './CollectedItemsSection/CollectedItemsSection.js';
import { ContactDepartmentSection } from './ContactDepartmentSection/ContactDepartmentSection.js';
import {
  BiometricInformationSection,
  BiometricRecognitionSection,
  HealthInformationSection,
  IdentityDocumentNumbersSection,
  ImagesAndVideoSection,
  LocationInformationSection,
  PaymentInformationSection,
  PersonalInformationSection,
  ResidentRegistrationNumberSection,
} from './DataTypeSections/DataTypeSections.js';
import { DestructionSection } from './DestructionSection/DestructionSection.js';
import { DomesticAgentSection } from './DomesticAgentSection/DomesticAgentSection.js';
import { EntrustmentSection } from './EntrustmentSection/EntrustmentSection.js';
import { FixedVideoDevicesSection } from './FixedVideoDevicesSection/FixedVideoDevicesSection.js';
import { GenerativeAiSection } from './GenerativeAiSection/GenerativeAiSection.js';
import { LegalRepresentativeSection } from './LegalRepresentativeSection/LegalRepresentativeSection.js';
import { MobileVideoDevicesSection } from './MobileVideoDevicesSection/MobileVideoDevicesSection.js';
import { OnDeviceProcessingSection } from './OnDeviceProcessingSection/OnDeviceProcessingSection.js';
import { OverseasTransferSection } from './OverseasTransferSection/OverseasTransferSection.js';
import { PrivacyOfficerSection } from './PrivacyOfficerSection/PrivacyOfficerSection.js';
import { PseudonymisationSection } from './PseudonymisationSection/PseudonymisationSection.js';
import { PseudonymisedInformationSection } from './PseudonymisedInformationSection/PseudonymisedInformationSection.js';
import { PurposesSection } from './PurposesSection/PurposesSection.js';
import { RemediesSection } from './RemediesSection/RemediesSection.js';
import { RetentionSection } from './RetentionSection/RetentionSection.js';
import { RightsSection } from './RightsSection/RightsSection.js';
import { SecurityMeasuresSection } from './SecurityMeasuresSection/SecurityMeasuresSection.js';
import { SensitiveInformationSection } from './SensitiveInformationSection/SensitiveInformationSection.js';
import { ThirdPartyProvisionSection } from './ThirdPartyProvisionSection/ThirdPartyProvisionSection.js';
import { UniqueIdentifiersSection } from './UniqueIdentifiersSection/UniqueIdentifiersSection.js';
import { VersionHistorySection } from './VersionHistorySection/VersionHistorySection.js';

/** The section component for each label: the label links to it, and it repeats the label at its heading. */
export const policySections: Readonly<Record<LabelId, ComponentType<PolicySectionProps>>> = {
  'personal-information': PersonalInformationSection,
  'sensitive-information': SensitiveInformationSection,
  'images-and-video': ImagesAndVideoSection,
  'unique-identifiers': UniqueIdentifiersSection,
  'resident-registration-number': ResidentRegistrationNumberSection,
  'identity-document-numbers': IdentityDocumentNumbersSection,
  'biometric-information': BiometricInformationSection,
  'biometric-recognition': BiometricRecognitionSection,
  'payment-information': PaymentInformationSection,
  'location-information': LocationInformationSection,
  'health-information': HealthInformationSection,
  'collected-items': CollectedItemsSection,
  purposes: PurposesSection,
  'additional-use': AdditionalUseSection,
  retention: RetentionSection,
  destruction: DestructionSection,
  'third-party-provision': ThirdPartyProvisionSection,
  entrustment: EntrustmentSection,
  'overseas-transfer': OverseasTransferSection,
  'automatic-collection': AutomaticCollectionSection,
  'behavioural-information': BehaviouralInformationSection,
  'behavioural-advertising': BehaviouralAdvertisingSection,
  'pseudonymised-information': PseudonymisedInformationSection,
  pseudonymisation: PseudonymisationSection,
  'automated-decisions': AutomatedDecisionsSection,
  'on-device-processing': OnDeviceProcessingSection,
  'generative-ai': GenerativeAiSection,
  'fixed-video-devices': FixedVideoDevicesSection,
  'mobile-video-devices': MobileVideoDevicesSection,
  children: ChildrenSection,
  'data-subject-rights': RightsSection,
  'legal-representative': LegalRepresentativeSection,
  'security-measures': SecurityMeasuresSection,
  certifications: CertificationsSection,
  'privacy-officer': PrivacyOfficerSection,
  'domestic-agent': DomesticAgentSection,
  'grievance-department': ContactDepartmentSection,
  'access-requests': AccessRequestsSection,
  remedies: RemediesSection,
  'policy-changes': VersionHistorySection,
};
