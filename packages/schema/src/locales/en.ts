import { enLabelTitles } from '../generated/labelTitles.js';
import { articleParts, groupByLaw } from '../i18n/legalReference.js';
import type { Translation } from '../i18n/translations.js';
import type { CaptionContext, SchemaWords } from '../i18n/words.js';
import type { ItemNamesFacts, RetentionPeriod } from '../labels/policyFacts.js';
import type { OpenEndedRetentionKind } from '../labels/retention.js';
import { countThirdPartyRecipients } from '../labels/thirdPartyProvision.js';
import type { Duration } from '../primitives.js';

const pluralRules = new Intl.PluralRules('en');
/** "1 item" / "2 items": the noun in the form English uses for `count`. */
const count = (value: number, one: string, other: string) =>
  `${value} ${pluralRules.select(value) === 'one' ? one : other}`;
const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

const unitNames: Record<Duration['unit'], [string, string]> = {
  days: ['day', 'days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};
const duration = (value: Duration) => count(value.value, ...unitNames[value.unit]);

const openEnded: Record<OpenEndedRetentionKind, string> = {
  untilAccountDeletion: 'until you close your account',
  untilConsentWithdrawn: 'until you withdraw consent',
  untilPurposeFulfilled: 'until the purpose is met',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Order records and more kept 5 years by law" */
const kept = (value: RetentionPeriod, { text }: CaptionContext) =>
  `${text(value.subject)}${value.moreItems ? ' and more' : ''} kept ${duration(value.duration)}${value.byLaw ? ' by law' : ''}`;

let regionNames: Intl.DisplayNames | undefined;

const article = (text: string) => {
  const range = text.split('~');
  if (range.length === 2) return `${range[0]}–${range[1]}`;
  const parts = articleParts(text);
  return (
    `${parts.article}${parts.branch ? `-${parts.branch}` : ''}` +
    (parts.paragraph ? `(${parts.paragraph})` : '') +
    (parts.subparagraph
      ? `(${parts.subparagraph}${parts.subparagraphBranch ? `-${parts.subparagraphBranch}` : ''})`
      : '')
  );
};

const title = (id: string) => enLabelTitles[id]!;

/** "3 items with health information: medical records, prescriptions and 1 more": a data-type caption. */
const itemsCaption =
  (kind: string) =>
  ({ count: items, items: names }: ItemNamesFacts, { words, text }: CaptionContext) =>
    `${count(items, 'item', 'items')} ${kind}: ${words.format.someItems(names.map(text))}`;

/** The schema's words in English: label titles (from the label metadata), descriptions and captions, and values. */
export const schemaEn: SchemaWords = {
  locale: 'en',
  labels: {
    'collected-items': {
      title: title('collected-items'),
      heading: 'Personal information we process',
      description: 'What personal information is collected, when, and on what legal basis.',
      caption: ({ required, optional, separate, deemed }) => {
        const total = required + optional + separate + deemed;
        const parts = [
          required ? `${required} required` : '',
          optional ? `${optional} optional` : '',
          separate ? `${separate} separate-consent` : '',
          deemed ? `${deemed} deemed-consent` : '',
        ].filter(Boolean);
        return `${parts.join(' · ')} ${pluralRules.select(total) === 'one' ? 'item' : 'items'}`;
      },
    },
    'sensitive-information': {
      title: title('sensitive-information'),
      heading: 'Sensitive information',
      description:
        'Whether sensitive information such as health or beliefs is processed, the risk of disclosure and how to keep it private.',
      caption: ({ count: items }) => `${count(items, 'sensitive item', 'sensitive items')} processed`,
    },
    'unique-identifiers': {
      title: title('unique-identifiers'),
      heading: 'Unique identifying numbers',
      description:
        'Whether national ID, passport or similar identifying numbers are processed, and on what basis.',
      caption: ({ kinds }, { words }) =>
        `Processes ${listFormat.format(kinds.map((kind) => words.uniqueIdentifiers[kind]))}`,
    },
    'personal-information': {
      title: title('personal-information'),
      heading: 'Ordinary personal information',
      description:
        'Which personal information is processed that is neither sensitive nor a unique identifying number.',
      caption: itemsCaption('of ordinary personal information'),
    },
    'health-information': {
      title: title('health-information'),
      heading: 'Health information',
      description:
        'Whether information about health, such as medical records, is processed (it is sensitive information).',
      caption: itemsCaption('with health information'),
    },
    'biometric-information': {
      title: title('biometric-information'),
      heading: 'Biometric information',
      description:
        'Whether information about physical or behavioural features, such as face, fingerprints or voice, is processed.',
      caption: itemsCaption('with biometric data'),
    },
    'biometric-recognition': {
      title: title('biometric-recognition'),
      heading: 'Biometric recognition',
      description:
        'Whether biometric data is used to recognise or verify who you are, as in face or fingerprint login. Such data is sensitive information.',
      caption: itemsCaption('with biometric recognition data'),
    },
    'images-and-video': {
      title: title('images-and-video'),
      heading: 'Images and video of people',
      description: 'Whether photos, video or camera footage in which people can be recognised are processed.',
      caption: (facts, context) =>
        [
          facts.count > 0 ? itemsCaption('with images or video')(facts, context) : '',
          facts.devices > 0 ? `Filmed by ${count(facts.devices, 'video device', 'video devices')}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'location-information': {
      title: title('location-information'),
      heading: 'Location information',
      description:
        'Whether location information, such as where you are or the routes you take, is processed.',
      caption: itemsCaption('with location information'),
    },
    'payment-information': {
      title: title('payment-information'),
      heading: 'Payment information',
      description:
        'Whether payment information, such as card or account numbers and payment records, is processed.',
      caption: itemsCaption('with payment information'),
    },
    'resident-registration-number': {
      title: title('resident-registration-number'),
      heading: 'Resident registration numbers',
      description: 'Whether resident registration numbers are processed, and which laws require or allow it.',
      caption: ({ laws, withoutLaw }, { words, text }) =>
        laws.length > 0
          ? `Processed under ${words.format.someItems(laws.map(text))}${withoutLaw > 0 ? ' · some without a law' : ''}`
          : `Resident registration numbers processed${withoutLaw > 0 ? ' · no law named' : ''}`,
    },
    'identity-document-numbers': {
      title: title('identity-document-numbers'),
      heading: 'Passport and other identity document numbers',
      description:
        "Whether passport, driver's licence or alien registration numbers are processed, and on what basis.",
      caption: ({ kinds }, { words }) =>
        `Processes ${listFormat.format(kinds.map((kind) => words.uniqueIdentifiers[kind]))}`,
    },
    purposes: {
      title: title('purposes'),
      heading: 'Why we process personal information',
      description: 'What the personal information is used for.',
      caption: ({ count: purposes, byDeemedConsent }) =>
        `${count(purposes, 'purpose', 'purposes')}${byDeemedConsent ? ` · ${byDeemedConsent} on deemed consent` : ''}`,
    },
    retention: {
      title: title('retention'),
      heading: 'How long we keep it',
      description: 'How long personal information is kept, including what other laws require to be kept.',
      caption: (facts, context) => {
        const parts: string[] = [];
        if (facts.longest) parts.push(kept(facts.longest, context));
        if (facts.longestByLaw) parts.push(kept(facts.longestByLaw, context));
        // "the rest until …" only when every other item is kept so; otherwise say that other items differ.
        if (facts.openEnded) {
          const until = openEnded[facts.openEnded];
          if (facts.mixed) {
            parts.push(
              parts.length > 0 ? `others vary, e.g. ${until}` : `Kept ${until} or as each item says`,
            );
          } else parts.push(parts.length > 0 ? `the rest ${until}` : `Kept ${until}`);
        } else if (facts.described && parts.length > 0) parts.push('others vary by item');
        return parts.length > 0 ? parts.join(' · ') : 'Kept for periods set item by item';
      },
    },
    destruction: {
      title: title('destruction'),
      heading: 'How we destroy it',
      description: 'How personal information is destroyed once it is no longer needed.',
      caption: ({ deadline }) =>
        deadline ? `Destroyed within ${duration(deadline)}` : 'Destroyed without delay',
    },
    'third-party-provision': {
      title: title('third-party-provision'),
      heading: 'Sharing with third parties',
      description:
        'Whether personal information is given to other companies or bodies: to whom, what, and why.',
      caption: (facts, { words, text }) => {
        const { names, byLaw, allByLaw } = countThirdPartyRecipients(facts, text);
        const parties = count(names.length, 'third party', 'third parties');
        const head = allByLaw
          ? `Shared by law with ${parties}`
          : `Shared with ${parties}${byLaw > 0 ? ` (${byLaw} by law)` : ''}`;
        return `${head}: ${words.format.someOrganisations(names)}`;
      },
    },
    entrustment: {
      title: title('entrustment'),
      heading: 'Processors working for us',
      description:
        'Which processors handle personal information on the controller’s behalf, and for which tasks.',
      caption: ({ processors }, { words, names }) => {
        const companies = names(processors);
        return `${count(companies.length, 'processor', 'processors')}: ${words.format.someOrganisations(companies)}`;
      },
    },
    'overseas-transfer': {
      title: title('overseas-transfer'),
      heading: 'Transfers abroad',
      description: 'Whether personal information leaves Korea: to which country, to whom, and on what basis.',
      caption: ({ countries }, { words }) =>
        countries.length <= 3
          ? `Transferred to ${listFormat.format(countries.map(words.format.country))}`
          : `Transferred to ${countries.length} countries`,
    },
    'automatic-collection': {
      title: title('automatic-collection'),
      heading: 'Cookies and other automatic collection, and how to refuse them',
      description:
        'Whether cookies or similar tools collect information automatically, and how to refuse them.',
      caption: ({ usesCookies, deviceCount, canRefuse }) =>
        `${usesCookies ? 'Cookies' : count(deviceCount, 'tracking tool', 'tracking tools')} · ${
          canRefuse ? 'you can refuse them' : 'no way to refuse'
        }`,
    },
    'behavioural-advertising': {
      title: title('behavioural-advertising'),
      heading: 'Behavioural information and personalised ads',
      description:
        'Whether behavioural information is used for personalised ads, who collects it and how to opt out.',
      caption: ({ canOptOut, deemedConsent }) =>
        [
          'Personalised ads',
          deemedConsent ? 'deemed consent' : '',
          canOptOut ? 'you can opt out' : 'no opt-out',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'pseudonymised-information': {
      title: title('pseudonymised-information'),
      heading: 'Pseudonymised information',
      description: 'Which information is processed in pseudonymised form.',
      caption: itemsCaption('of pseudonymised information'),
    },
    'automated-decisions': {
      title: title('automated-decisions'),
      heading: 'Automated decisions and your rights',
      description:
        'Whether decisions are made without human involvement, their criteria, and how to object or ask why.',
      caption: ({ count: decisions, canObject }) =>
        `${count(decisions, 'automated decision', 'automated decisions')} · ${canObject ? 'you can object or ask why' : 'you can ask why'}`,
    },
    'fixed-video-devices': {
      title: title('fixed-video-devices'),
      heading: 'Fixed video devices (CCTV)',
      description:
        'Where and why fixed cameras (CCTV) are installed, what and when they record, how long footage is kept, who manages them and how to ask to see footage of you.',
      caption: ({ count: cameras, accessRequestGiven }) =>
        `${count(cameras, 'fixed camera', 'fixed cameras')}${accessRequestGiven ? ' · how to ask to see footage' : ''}`,
    },
    'mobile-video-devices': {
      title: title('mobile-video-devices'),
      heading: 'Mobile video devices',
      description:
        'Why and where mobile cameras (body cams, drones, cameras on vehicles) are used, what and when they record, how long footage is kept, who manages them and how to ask to see footage of you.',
      caption: ({ count: cameras, accessRequestGiven }) =>
        `${count(cameras, 'mobile camera', 'mobile cameras')}${accessRequestGiven ? ' · how to ask to see footage' : ''}`,
    },
    children: {
      title: title('children'),
      heading: 'Children under 14',
      description:
        'Whether information about children under 14 is processed, and how a guardian’s consent is obtained.',
      caption: ({ guardianConsent }) => (guardianConsent ? 'Under 14 · guardian consent' : 'Under 14'),
    },
    'data-subject-rights': {
      title: title('data-subject-rights'),
      heading: 'Your rights and how to use them',
      description:
        'Your rights to access, correct, delete, stop processing and withdraw consent, and how to use them.',
      caption: ({ responseTime }) =>
        responseTime
          ? `Access, fix, delete · answer in ${duration(responseTime)}`
          : 'Access, fix, delete, stop',
    },
    'security-measures': {
      title: title('security-measures'),
      heading: 'How we keep it safe',
      description: 'The administrative, technical and physical measures that keep personal information safe.',
      caption: ({ count: measures }) =>
        measures > 0 ? count(measures, 'safeguard', 'safeguards') : 'Security safeguards',
    },
    'privacy-officer': {
      title: title('privacy-officer'),
      heading: 'Privacy officer',
      description: 'Who is responsible for personal information, and how to reach them.',
      caption: ({ name }, { text }) => `Officer: ${text(name)}`,
    },
    'grievance-department': {
      title: title('grievance-department'),
      heading: 'Where to send requests and complaints',
      description: 'The department that answers privacy questions and complaints, and how to reach it.',
      caption: ({ name, phone }, { text }) => `${text(name)} · ${phone}`,
    },
    remedies: {
      title: title('remedies'),
      heading: 'Where to seek redress',
      description: 'Where to report a privacy violation or ask for dispute mediation.',
      caption: ({ count: places }) => `${count(places, 'place', 'places')} to seek redress`,
    },
    'additional-use': {
      title: title('additional-use'),
      heading: 'Further use and provision',
      description:
        'Whether personal information is used further or provided without consent, within what is compatible with the purpose it was collected for, and the criteria weighed.',
      caption: ({ uses, provisions, recipients }, { words, names }) =>
        [
          uses ? count(uses, 'further use', 'further uses') : '',
          provisions
            ? `${count(provisions, 'further provision', 'further provisions')} to ${words.format.someOrganisations(names(recipients))}`
            : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'behavioural-information': {
      title: title('behavioural-information'),
      heading: 'Behavioural information',
      description:
        'Whether behavioural information such as searches and pages viewed is collected, what and by whom, and how to refuse.',
      caption: ({ items, collectors }, { words, text }) =>
        `${count(items, 'kind', 'kinds')} of behavioural data collected${collectors.length > 0 ? ` · by ${words.format.someOrganisations(collectors.map(text))}` : ''}`,
    },
    pseudonymisation: {
      title: title('pseudonymisation'),
      heading: 'Pseudonymisation',
      description:
        'Whether personal information is pseudonymised for statistics, scientific research or archiving, and whether it is provided or combined.',
      caption: ({ purposes, otherPurposes, recipients, combinations }, { words, names }) => {
        const named = purposes.map((purpose) => words.pseudonymisationPurposes[purpose]);
        const other = otherPurposes ? count(otherPurposes, 'other use', 'other uses') : '';
        return [
          named.length > 0
            ? `Pseudonymised for ${listFormat.format(other ? [...named, other] : named)}`
            : `Pseudonymised for ${count(otherPurposes, 'use', 'uses')}`,
          recipients.length > 0 ? `provided to ${words.format.someOrganisations(names(recipients))}` : '',
          combinations ? count(combinations, 'combination', 'combinations') : '',
        ]
          .filter(Boolean)
          .join(' · ');
      },
    },
    'on-device-processing': {
      title: title('on-device-processing'),
      heading: 'Processed only on your device',
      description: 'Which features process personal information on your device without sending it to us.',
      caption: ({ features, nothingLeavesDevice }) =>
        nothingLeavesDevice
          ? `On your device only · ${count(features, 'feature', 'features')}`
          : `On your device · ${count(features, 'feature', 'features')} · some results sent`,
    },
    'generative-ai': {
      title: title('generative-ai'),
      heading: 'Generative AI and your information',
      description:
        'How generative-AI features process personal information such as what you enter, whether it trains models, and how to opt out.',
      caption: ({ features, prompts, training, trainingOptOut }) =>
        [
          count(features, 'generative-AI feature', 'generative-AI features'),
          prompts ? 'processes what you enter' : '',
          training ? `used for training (${trainingOptOut ? 'you can opt out' : 'no opt-out'})` : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'legal-representative': {
      title: title('legal-representative'),
      heading: 'Rights of a child’s legal representative',
      description:
        'What the legal representative of a child under 14 can ask for about the child’s information, and how.',
      caption: ({ rights }, { words }) =>
        rights.length > 0
          ? `Guardians can ask for ${listFormat.format(rights.map((right) => words.guardianRights[right]))}`
          : 'Guardians of children under 14',
    },
    certifications: {
      title: title('certifications'),
      heading: 'Privacy certifications',
      description:
        'The privacy and security certifications held (ISMS-P and others), what they cover and until when.',
      caption: ({ inForce }, { words, text }) => {
        const names = inForce.map(
          (entry) =>
            `${entry.name ? text(entry.name) : words.certificationSchemes[entry.scheme]} (until ${words.format.date(entry.validTo)})`,
        );
        return `Certified: ${names.length <= 3 ? listFormat.format(names) : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`}`;
      },
    },
    'domestic-agent': {
      title: title('domestic-agent'),
      heading: 'Domestic agent in Korea',
      description:
        'The agent in Korea of a controller without an address or office there, and how to reach them.',
      caption: ({ name, phone }, { text }) => `Domestic agent: ${text(name)} · ${phone}`,
    },
    'access-requests': {
      title: title('access-requests'),
      heading: 'Where to ask to see your information',
      description: 'Where and how to ask to see the personal information held about you (an access request).',
      caption: ({ department, phone }, { text }) => `Access requests: ${text(department)} · ${phone}`,
    },
    'policy-changes': {
      title: title('policy-changes'),
      heading: 'Changes to this policy',
      description: 'When and how this policy changed, with its earlier versions.',
      caption: ({ effectiveOn, upcoming }, { words }) =>
        `In effect from ${words.format.date(effectiveOn)}${upcoming ? ` · changes from ${words.format.date(upcoming)}` : ''}`,
    },
  },
  attention: {
    'deemed-consent': ({ days }) =>
      `Deemed consent: not objecting within ${count(days ?? 0, 'day', 'days')} is treated as agreeing`,
    'no-way-to-refuse': () => 'Some consent items cannot be refused',
    'refusal-ends-contract': () => 'Refusing some items ends your contract',
    'ads-without-opt-out': () => 'There is no way to refuse personalised ads',
    'tracking-without-opt-out': () => 'There is no way to refuse automatic collection',
    'behavioural-collection-without-opt-out': () =>
      'There is no way to refuse the collection of behavioural information',
    'ai-training-without-opt-out': () => 'Your information trains AI models and cannot be kept out',
    'overseas-transfer': () => 'Personal information is transferred abroad',
    'ads-to-children': () => 'Personalised ads are also shown to children under 14',
    'resident-registration-number': () => 'Resident registration numbers are processed',
    'adverse-change': () => 'The latest change may work against users',
    'adverse-change-ahead': ({ date }) =>
      `An announced change${date ? ` (from ${schemaEn.format.date(date)})` : ''} may work against users`,
  },
  legalBases: {
    consentRequired: 'Consent (required)',
    consentOptional: 'Consent (optional)',
    separateConsent: 'Separate consent',
    contract: 'Contract',
    legalObligation: 'Legal obligation',
    legitimateInterest: 'Legitimate interest',
    vitalInterest: 'Vital interest',
    publicInterest: 'Public interest',
    deemedConsent: 'Deemed consent (silence counts as consent)',
  },
  collectionStages: {
    signUp: 'At sign-up',
    serviceUse: 'While using the service',
    automatic: 'Generated automatically',
  },
  refusalEffects: {
    none: 'Refusing does not limit the service.',
    featureUnavailable: 'If you refuse, some features are unavailable.',
    serviceUnavailable: 'If you refuse, you cannot use the service.',
    contractTerminated: 'If you refuse, your contract ends.',
  },
  uniqueIdentifiers: {
    residentRegistrationNumber: 'resident registration number',
    passportNumber: 'passport number',
    driversLicenseNumber: 'driver’s licence number',
    alienRegistrationNumber: 'alien registration number',
  },
  dataTypes: {
    health: 'health information',
    biometric: 'biometric data',
    biometricRecognition: 'biometric recognition data',
    images: 'images and video of people',
    location: 'location information',
    payment: 'payment information',
  },
  automaticCollectionDevices: {
    cookie: 'Cookie',
    localStorage: 'Local storage',
    webBeacon: 'Web beacon',
    sdk: 'App SDK',
    advertisingId: 'Advertising ID',
    other: 'Other',
  },
  overseasTransferBases: {
    consent: 'Separate consent of the data subject',
    contractDisclosed: 'Entrustment or storage for a contract, disclosed in this policy',
    lawOrTreaty: 'A law or treaty',
    certification: 'Certification of the recipient',
    adequacyDecision: 'Adequacy recognition of the country',
  },
  thirdPartyBases: {
    consent: 'Consent',
    legalObligation: 'Legal obligation',
    vitalInterest: 'Vital interest',
    other: 'Other legal basis',
  },
  specialCategoryBases: { separateConsent: 'Separate consent', legalObligation: 'Required by law' },
  rightsChannels: {
    web: 'Website',
    email: 'Email',
    phone: 'Phone',
    mail: 'Post',
    inPerson: 'In person',
    app: 'App',
  },
  pseudonymisationPurposes: {
    statistics: 'statistics',
    scientificResearch: 'scientific research',
    publicInterestArchiving: 'public-interest archiving',
  },
  certificationSchemes: {
    ismsP: 'ISMS-P',
    isms: 'ISMS',
    iso27001: 'ISO/IEC 27001',
    iso27701: 'ISO/IEC 27701',
    apecCbpr: 'APEC CBPR',
    apecPrp: 'APEC PRP',
    other: 'Other certification',
  },
  guardianRights: {
    access: 'access',
    correction: 'correction',
    deletion: 'deletion',
    suspension: 'suspension of processing',
    consentWithdrawal: 'withdrawal of consent',
  },
  compatibilityCriteria: {
    relatedToOriginalPurpose: 'Relation to the original purpose',
    foreseeable: 'Whether you could expect it, given how the information was collected',
    noUnfairHarm: 'Whether it unfairly harms your interests',
    safeguards: 'Safeguards such as pseudonymisation or encryption',
  },
  laws: {
    pipa: 'PIPA',
    pipaDecree: 'Enforcement Decree',
    policyGuideline: 'PIPC policy-writing guideline',
    adsGuideline: 'PIPC guideline on personalised advertising',
    locationInformationAct: 'Location Information Act',
  },
  format: {
    duration,
    date: (isoDate) => {
      const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      return `${day} ${months[month - 1]} ${year}`;
    },
    retention: (retention, text) => {
      switch (retention.kind) {
        case 'untilAccountDeletion':
        case 'untilConsentWithdrawn':
        case 'untilPurposeFulfilled':
          return capitalise(openEnded[retention.kind]);
        case 'period':
          return duration(retention.duration);
        case 'law':
          return `${duration(retention.duration)} (${text(retention.law)})`;
        case 'custom':
          return text(retention.description);
      }
    },
    list: (values) => listFormat.format(values),
    someOrganisations: (names) =>
      names.length <= 3
        ? listFormat.format(names)
        : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`,
    someItems: (names) =>
      names.length <= 3
        ? listFormat.format(names)
        : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`,
    country: (code) => {
      try {
        regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
        return regionNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
    legalReference: (references) =>
      groupByLaw(references)
        .map(({ law, articles }) => {
          const name = schemaEn.laws[law];
          if (articles.length === 0) return name;
          const plural = articles.length > 1 || articles.some((text) => text.includes('~'));
          return `${name} ${plural ? 'Arts.' : 'Art.'} ${listFormat.format(articles.map(article))}`;
        })
        .join('; '),
  },
};

/** English as a `Translation`, for `registerTranslations` or a component's `translations`. */
export const en: Translation = { locale: 'en', words: { schema: schemaEn } };
