// The label registry: one module per label, in the order the summary shows them (data types, processing stages, then
// duties and rights). Adding a label: its module here, its words in every built-in language (locales/ko.ts,
// locales/en.ts), its icon (assets/icons/<id>.svg + .json) and its section in @privacy-label-kit/react.
// test/unit/label-completeness.test.ts fails while any of them is missing.
import { accessRequestsLabel } from './accessRequests.js';
import { additionalUseLabel } from './additionalUse.js';
import { automatedDecisionsLabel } from './automatedDecisions.js';
import { automaticCollectionLabel } from './automaticCollection.js';
import { behaviouralAdvertisingLabel } from './behaviouralAdvertising.js';
import { behaviouralInformationLabel } from './behaviouralInformation.js';
import { biometricInformationLabel } from './biometricInformation.js';
import { biometricRecognitionLabel } from './biometricRecognition.js';
import { certificationsLabel } from './certifications.js';
import { childrenLabel } from './children.js';
import { collectedItemsLabel } from './collectedItems.js';
import { dataSubjectRightsLabel } from './dataSubjectRights.js';
import { destructionLabel } from './destruction.js';
import { domesticAgentLabel } from './domesticAgent.js';
import { entrustmentLabel } from './entrustment.js';
import { fixedVideoDevicesLabel } from './fixedVideoDevices.js';
import { generativeAiLabel } from './generativeAi.js';
import { grievanceDepartmentLabel } from './grievanceDepartment.js';
import { healthInformationLabel } from './healthInformation.js';
import { identityDocumentNumbersLabel } from './identityDocumentNumbers.js';
import { imagesAndVideoLabel } from './imagesAndVideo.js';
import { legalRepresentativeLabel } from './legalRepresentative.js';
import { locationInformationLabel } from './locationInformation.js';
import { mobileVideoDevicesLabel } from './mobileVideoDevices.js';
import { onDeviceProcessingLabel } from './onDeviceProcessing.js';
import { overseasTransferLabel } from './overseasTransfer.js';
import { paymentInformationLabel } from './paymentInformation.js';
import { personalInformationLabel } from './personalInformation.js';
import { policyChangesLabel } from './policyChanges.js';
import { privacyOfficerLabel } from './privacyOfficer.js';
import { pseudonymisationLabel } from './pseudonymisation.js';
import { pseudonymisedInformationLabel } from './pseudonymisedInformation.js';
import { purposesLabel } from './purposes.js';
import { remediesLabel } from './remedies.js';
import { residentRegistrationNumberLabel } from './residentRegistrationNumber.js';
import { retentionLabel } from './retention.js';
import { securityMeasuresLabel } from './securityMeasures.js';
import { sensitiveInformationLabel } from './sensitiveInformation.js';
import { thirdPartyProvisionLabel } from './thirdPartyProvision.js';
import { uniqueIdentifiersLabel } from './uniqueIdentifiers.js';

export const labelDefinitions = [
  // Data types, in the order of the PIPC's 2026 symbol set.
  personalInformationLabel,
  sensitiveInformationLabel,
  imagesAndVideoLabel,
  uniqueIdentifiersLabel,
  residentRegistrationNumberLabel,
  identityDocumentNumbersLabel,
  biometricInformationLabel,
  biometricRecognitionLabel,
  paymentInformationLabel,
  locationInformationLabel,
  healthInformationLabel,
  // Processing stages.
  collectedItemsLabel,
  purposesLabel,
  additionalUseLabel,
  retentionLabel,
  destructionLabel,
  thirdPartyProvisionLabel,
  entrustmentLabel,
  overseasTransferLabel,
  automaticCollectionLabel,
  behaviouralInformationLabel,
  behaviouralAdvertisingLabel,
  pseudonymisedInformationLabel,
  pseudonymisationLabel,
  automatedDecisionsLabel,
  onDeviceProcessingLabel,
  generativeAiLabel,
  fixedVideoDevicesLabel,
  mobileVideoDevicesLabel,
  childrenLabel,
  dataSubjectRightsLabel,
  legalRepresentativeLabel,
  securityMeasuresLabel,
  certificationsLabel,
  privacyOfficerLabel,
  domesticAgentLabel,
  grievanceDepartmentLabel,
  accessRequestsLabel,
  remediesLabel,
  policyChangesLabel,
] as const;

export type AnyLabelDefinition = (typeof labelDefinitions)[number];
export type LabelId = AnyLabelDefinition['id'];
/** The facts the caption of label `Id` states. */
export type LabelFacts<Id extends LabelId> = ReturnType<Extract<AnyLabelDefinition, { id: Id }>['facts']>;

export const labelIds: readonly LabelId[] = labelDefinitions.map((definition) => definition.id);

const definitionsById = new Map<string, AnyLabelDefinition>(
  labelDefinitions.map((definition) => [definition.id, definition]),
);

export function isLabelId(value: unknown): value is LabelId {
  return typeof value === 'string' && definitionsById.has(value);
}

/** The definition of label `id`; throws, naming the known ids, for an unknown one. */
export function getLabelDefinition<Id extends LabelId>(id: Id): Extract<AnyLabelDefinition, { id: Id }> {
  const definition = definitionsById.get(id);
  if (!definition) throw new Error(`Unknown label id "${id}". Known ids: ${labelIds.join(', ')}`);
  return definition as Extract<AnyLabelDefinition, { id: Id }>;
}
