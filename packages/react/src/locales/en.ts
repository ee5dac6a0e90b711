import {
  atAGlanceEnTranslation,
  easyReadEn,
  reviewEn,
  type Translation,
  videoSignEnTranslation,
} from '@privacy-label-kit/schema/core';
import { schemaEn } from '@privacy-label-kit/schema/locales/en';
import type { PageWords } from './words.js';

const pluralRules = new Intl.PluralRules('en');
/** "1 day" / "7 days": the noun in the form English uses for `count`. */
const count = (value: number, one: string, other: string) =>
  `${value} ${pluralRules.select(value) === 'one' ? one : other}`;

/**
 * The words `LabelSummary`, `LabelBadge` and `AttentionFlags` show around the labels (whose own words come with the
 * derived labels): apart from the rest of the page's words, so a page that shows only the labels carries only these.
 */
const summaryEn: PageWords['summary'] = {
  heading: 'Privacy labels at a glance',
  description:
    'The key points of this policy at a glance. Select a label to go to the part of the policy it summarises.',
  showExplanation: ({ label }) => `Show explanation: ${label}`,
};
const attentionFlagEn: PageWords['attentionFlag'] = { label: 'Attention' };

/** The page's words in English. */
export const pageEn: PageWords = {
  document: {
    defaultTitle: 'Privacy policy',
    intro: ({ controller }) =>
      `${controller} publishes this privacy policy under Article 30 of the Personal Information Protection Act (PIPA) so that you know how your personal information is handled and where to turn with questions and complaints.`,
    controller: 'Controller',
    service: 'Service',
    effectiveDate: 'In effect from',
    version: 'Version',
    publishedAt: 'Published at',
    details: 'About the controller',
    representative: 'Representative',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    businessRegistrationNumber: 'Business registration number',
  },
  // Named values, not a spread: a bundler drops an unused object only when nothing in it could run code.
  summary: summaryEn,
  attentionFlag: attentionFlagEn,
  toc: { heading: 'Contents' },
  section: {
    labelPrefix: 'Label',
  },
  collectedItems: {
    intro:
      'The personal information we process, grouped by legal basis. For each item we also say whether you can refuse it and what happens if you do.',
    items: 'Items',
    stage: 'When and how',
    purposes: 'Used for',
    retention: 'Kept for',
    refusal: 'Can I refuse, and what happens if I do?',
    basisLaw: 'Statutory basis',
    deemedConsent: ({ days }) =>
      `If you do not object within ${count(days, 'day', 'days')}, you are treated as agreeing.`,
    howToObject: 'How to object',
    seeItem: 'See it in the table of collected items',
  },
  refusal: {
    canRefuse: 'You can refuse.',
    cannotRefuse: 'You cannot refuse.',
    howTo: 'How to refuse or withdraw',
    consequence: 'If you refuse',
  },
  purposes: { purpose: 'Purpose', description: 'What it means', items: 'Items used' },
  retention: {
    principle: 'The rule',
    byItem: 'How long each item is kept',
    legal: 'Kept because a law requires it',
    law: 'Law',
    period: 'Kept for',
    inactive: 'Inactive accounts',
    inactiveRule: ({ inactivity, storage }) =>
      `If you do not use the service for ${inactivity}, your information is stored apart from active accounts for ${storage} and then destroyed.`,
  },
  destruction: {
    procedure: 'Procedure',
    deadline: 'Deadline',
    deadlineValue: ({ within }) => `Within ${within} of the end of the retention period`,
    withoutDelay: 'Without delay once the retention period ends',
    electronic: 'Electronic files',
    paper: 'Paper records',
  },
  thirdParty: {
    intro:
      'We share personal information only with your consent or where PIPA Articles 17 and 18 otherwise allow it.',
    recipient: 'Recipient',
    purpose: 'Purpose',
    items: 'Items',
    retention: 'Kept for',
    country: 'Country',
    basis: 'Basis',
    law: 'Statutory basis',
  },
  entrustment: {
    intro:
      'We entrust the following tasks to processors; our contracts bind them to protect your information.',
    processor: 'Processor',
    task: 'Task',
    country: 'Country',
    subProcessor: 'Sub-processor',
  },
  overseas: {
    intro:
      'We transfer personal information abroad as follows, with every particular the law asks us to give.',
    recipient: 'Recipient',
    contact: 'Privacy contact',
    country: 'Country',
    items: 'Items',
    timingAndMethod: 'When and how',
    purpose: 'Purpose',
    retention: 'Kept for',
    legalBasis: 'Legal basis',
    howToRefuse: 'How to refuse',
    refusalConsequence: 'If you refuse',
  },
  automatic: {
    kind: 'Kind',
    name: 'Name',
    purpose: 'Purpose',
    operator: 'Operated by',
    retention: 'Kept for',
    howToRefuse: 'How to refuse',
    noWayToRefuse: 'There is no way to refuse the collection by these tools.',
    refusalConsequence: 'If you refuse',
    ourselves: 'Us',
  },
  ads: {
    items: 'Behavioural information collected',
    collectionMethod: 'How it is collected',
    purpose: 'Purpose',
    retention: 'Kept for',
    basis: 'Legal basis',
    operators: 'Ad companies that collect it',
    collectionTool: 'Tool',
    optOut: 'How to block personalised ads',
    noWayToOptOut: 'There is no way to refuse personalised ads.',
    optOutConsequence: 'If you block them',
    children: 'Children under 14',
    childrenExcluded: 'Children under 14 are not shown personalised ads.',
  },
  sensitive: {
    purpose: 'Purpose',
    basis: 'Basis',
    law: 'Statutory basis',
    disclosureRisk: 'Risk of it becoming public',
    howToKeepPrivate: 'How to keep it private',
  },
  uniqueIds: { kind: 'Identifier', purpose: 'Purpose', basis: 'Basis' },
  dataTypes: {
    videoDeviceFootage:
      'Footage from our video devices is images of people too. Where they are, what and when they film, how long footage is kept and how to ask to see it are explained here:',
  },
  pseudonymised: {
    purpose: 'Purpose',
    items: 'Items',
    retention: 'Kept for',
    recipient: 'Recipient',
    processor: 'Processor',
  },
  automated: {
    intro: 'We make the following decisions by fully automated means. You can ask us to explain a decision.',
    criteria: 'Criteria',
    procedure: 'Procedure',
    howToObject: 'How to object or ask for an explanation',
    refusal: 'Refusing the decision',
    refusable: 'You can refuse this decision.',
    notRefusable: 'You cannot refuse this decision, but you can ask us to explain it.',
  },
  videoDevices: {
    fixedIntro: 'We operate the following fixed video devices (CCTV). You can ask to see footage of you.',
    mobileIntro:
      'We operate the following mobile video devices, such as body cams or cameras on vehicles. You can ask to see footage of you.',
    locations: 'Where',
    purpose: 'Purpose',
    range: 'What it records',
    recordingHours: 'When it records',
    retention: 'Footage kept for',
    manager: 'Manager',
    contact: 'Contact',
    howToRequestAccess: 'How to ask to see footage',
    notice: 'How you are told',
  },
  additionalUse: {
    intro:
      'Within what is reasonably related to the purpose we collected it for, and after weighing whether it could harm you, we may use or provide personal information without asking again, as follows.',
    kind: 'Kind',
    kinds: { use: 'Further use', provision: 'Further provision' },
    items: 'Information',
    recipient: 'Recipient',
    criteria: 'What we weighed',
  },
  behaviouralInformation: {
    items: 'Behavioural information collected',
    collectionMethod: 'How it is collected',
    purposes: 'What for',
    retention: 'Kept for',
    collectors: 'Other companies that collect it',
    collectionTool: 'Tool',
    optOut: 'How to stop the collection',
    noWayToOptOut: 'There is no way to stop the collection of behavioural information.',
    optOutConsequence: 'If you stop it',
    forAdsSeeAds:
      'The behavioural information we collect for personalised ads is described under personalised ads.',
    alsoForAds: 'We also collect behavioural information for personalised ads.',
    seeAds: 'See personalised ads',
    otherPurposesSeeItems:
      'What we collect for other purposes is listed in the table of personal information we process.',
    seeItems: 'See the personal information we process',
  },
  pseudonymisation: {
    intro: 'We pseudonymise personal information and use or provide it as follows.',
    purposeKind: 'Purpose (PIPA Art. 28-2)',
    recipient: 'Recipient',
    processor: 'Processed by',
    combinedWith: 'Combined with',
    agency: 'Combination agency',
  },
  onDevice: {
    intro:
      'These features process personal information on your device only, without sending it to our servers.',
    feature: 'Feature',
    items: 'Information',
    purpose: 'Purpose',
    sentOffDevice: 'What leaves your device',
    nothingSent: 'Nothing',
  },
  generativeAi: {
    features: 'Features that use generative AI',
    prompts: 'What you enter and what the AI returns',
    training: 'Use for training AI',
    items: 'Information',
    retention: 'Kept for',
    processor: 'Model run by',
    purpose: 'Purpose',
    optOut: 'How to keep your information out of training',
    noWayToOptOut: 'There is no way to keep your information out of training.',
    optOutConsequence: 'If you opt out',
  },
  certifications: {
    intro: 'We hold the following privacy and security certifications.',
    certification: 'Certification',
    scope: 'Scope',
    number: 'Certificate number',
    period: 'Valid',
    periodValue: ({ from, to }) => `${from} – ${to}`,
    notInForce: 'Not valid on this policy’s effective date',
  },
  legalRepresentative: {
    intro:
      'The legal representative of a child under 14 can ask us for the following about the child’s information.',
    howToExercise: 'How to ask',
    byLaw:
      'The legal representative of a child under 14 can ask to see, correct or delete the child’s information, or to stop processing it (PIPA Art. 38(2)).',
  },
  accessRequests: {
    intro: 'Requests to see your personal information are received and handled by:',
    department: 'Department',
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
    howToRequest: 'How to ask',
  },
  children: {
    intro: 'We ask a parent or guardian to agree before we process information about a child under 14.',
    minimumAge: 'Who can use the service',
    age: ({ years }) => `Children aged ${years} and over`,
    method: 'How a guardian agrees',
    itemsFromGuardian: 'What we ask of the guardian',
    ageVerification: 'How we check age',
    childFriendlyNotice: 'How we explain it to children',
  },
  rights: {
    intro:
      'You can ask at any time to see, correct or delete your information, to stop its processing, or to withdraw consent.',
    howToExercise: 'How to ask',
    channels: 'Where to ask',
    responseTime: ({ within }) => `We answer within ${within} of receiving your request.`,
    legalRepresentative: 'Asking through a representative',
  },
  security: {
    intro:
      'We take the following measures so that personal information is not lost, stolen, leaked, altered or damaged.',
    administrative: 'Administrative measures',
    technical: 'Technical measures',
    physical: 'Physical measures',
  },
  officer: {
    intro:
      'The person responsible for how personal information is handled, for complaints and for putting things right.',
    name: 'Name',
    position: 'Position',
    department: 'Department',
    phone: 'Phone',
    email: 'Email',
    domesticAgentIntro: 'Under PIPA Article 31-2 we have appointed the following domestic agent in Korea.',
    address: 'Address',
  },
  department: { name: 'Department', phone: 'Phone', email: 'Email', hours: 'Opening hours' },
  remedies: {
    intro:
      'To seek redress for a breach of your privacy, you can contact these bodies for mediation or advice.',
    name: 'Body',
    phone: 'Phone',
    website: 'Website',
  },
  versions: {
    current: ({ date }) => `This policy applies from ${date}.`,
    comparison: 'Before and after (comparison table)',
    history: 'Version history',
    version: 'Version',
    announcedOn: 'Announced',
    effectiveOn: 'In effect',
    summary: 'What changed',
    readVersion: ({ version }) => `Read version ${version}`,
    adverse: 'May work against users',
    none: 'This policy has not been changed.',
  },
  common: { yes: 'Yes', no: 'No', none: 'None' },
  versionPeriod: {
    heading: 'In force',
    range: ({ from, to }) => `${from} – ${to}`,
    current: ({ from }) => `From ${from} (current)`,
    upcoming: ({ from }) => `Takes effect on ${from}`,
  },
  review: {
    heading: 'What the checks found',
    fix: 'Fix',
    place: 'Where',
    rule: 'Rule',
    count: ({ severity, count }) => `${severity}: ${count}`,
  },
  easyRead: {
    greeting: 'Hello',
    characters: 'Meet our two friends',
    readMore: ({ topic }) => `Read more: ${topic}`,
    readFullSection: ({ section }) => `Read the full section: ${section}`,
  },
};

/** English, for the page and the labels, as one `Translation`: register it or pass it to a component. */
export const en: Translation = {
  locale: 'en',
  words: { schema: schemaEn, page: pageEn },
};

/**
 * English for the labels alone (`LabelSummary`, `LabelBadge`, `AttentionFlags`, given derived labels): the few words
 * around them, without the page's or the labels' own.
 */
export const enSummary: Translation = {
  locale: 'en',
  words: { page: { summary: summaryEn, attentionFlag: attentionFlagEn } },
};

/**
 * English for `EasyReadPolicy`'s chat: a part of its own, so a page that does not show the easy-read version does not
 * carry it. The main entry registers it; with `/core`, pass it to `EasyReadPolicy` (or register it).
 */
export const enEasyRead: Translation = { locale: 'en', words: { easyRead: easyReadEn } };

/** English for `ChangeNotice`, `PolicyComparison` and `PolicyFindings` (the checks, the diff, the notice). */
export const enReview: Translation = { locale: 'en', words: { review: reviewEn } };

/**
 * English for `AtAGlance` (the plain statements) and `CctvSign` (the CCTV sign): parts of their own, from the schema
 * package, so the printed sign says what the page says. The main entry brings them; with `/core`, pass them.
 */
export const enAtAGlance: Translation = atAGlanceEnTranslation;
export const enVideoSign: Translation = videoSignEnTranslation;
