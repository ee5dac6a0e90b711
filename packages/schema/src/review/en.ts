import type { DiffArea } from '../diff/diffPolicies.js';
import type { Translation } from '../i18n/translations.js';
import type { TextInLocale } from '../lint/lintWords.js';
import type { PurposeName } from '../lint/rules.js';
import { schemaEn } from '../locales/en.js';
import type { ReviewWords } from './words.js';

const pluralRules = new Intl.PluralRules('en');
/** "1 day" / "2 days": the noun in the form English uses for `count`. */
const count = (value: number, one: string, other: string) =>
  `${value} ${pluralRules.select(value) === 'one' ? one : other}`;
const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

let languageNamesEn: Intl.DisplayNames | undefined;
/** "Korean", "English", "Japanese" for a BCP 47 tag. */
const languageEn = (tag: string) => {
  languageNamesEn ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  return languageNamesEn.of(tag) ?? tag;
};

/** Names as the PIPC caption rule lists them: up to three, else two and how many more. */
const someEn = (names: readonly string[]) =>
  names.length <= 3
    ? listFormat.format(names)
    : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;

/** A purpose a lint rule names: the policy's title, or personalised ads. */
/** "Password and Mobile phone number are removed", each name given. */
const namesAre = (names: readonly string[], what: string) =>
  `${listFormat.format(names)} ${names.length === 1 ? 'is' : 'are'} ${what}`;

const purposeNameEn = (text: TextInLocale) => (purpose: PurposeName) =>
  purpose === 'personalisedAdvertising' ? 'personalised advertising' : text(purpose);

const diffAreasEn: Record<DiffArea, string> = {
  purposes: 'Purpose',
  collectedItems: 'Items processed',
  sensitiveInformation: 'Sensitive information',
  uniqueIdentifiers: 'Unique identifiers',
  retention: 'Retention',
  destruction: 'Destruction',
  thirdPartyProvision: 'Third-party provision',
  entrustment: 'Processor',
  overseasTransfer: 'Overseas transfer',
  automaticCollection: 'Automatic collection',
  behaviouralAdvertising: 'Personalised ads',
  behaviouralInformation: 'Behavioural information',
  pseudonymisedInformation: 'Pseudonymised information',
  additionalUse: 'Further use or provision',
  generativeAi: 'Generative AI',
  automatedDecisions: 'Automated decisions',
  onDeviceProcessing: 'On your device',
  videoDevices: 'Video devices',
  children: 'Children',
  rights: 'Your rights',
  securityMeasures: 'Security measures',
  contacts: 'Contacts',
  certifications: 'Certifications',
  labels: 'Labels',
};

/** The words of the checks, the version diff and the change notice in English. */
export const reviewEn: ReviewWords = {
  lint: {
    severities: { error: 'Error', warning: 'Warning', notice: 'Notice' },
    summary: ({ error, warning, notice }) =>
      `${count(error, 'error', 'errors')}, ${count(warning, 'warning', 'warnings')}, ${count(notice, 'notice', 'notices')}`,
    clean: 'The checks found no problems.',
    rules: {
      'optional-purpose-on-required-consent': {
        title: 'Optional purpose on a required basis',
        description:
          'Purposes the service does not need (marketing, personalised ads or recommendations, AI training, profiling) may only rest on consent the user can decline: optional or separate consent.',
        message: ({ items, purposes, basis }, text) =>
          `${someEn(items.map(text))} serve purposes the service does not need (${listFormat.format(purposes.map(purposeNameEn(text)))}) on the basis "${schemaEn.legalBases[basis]}": users cannot decline them.`,
        fix: () =>
          'Ask for optional consent (consentOptional) or separate consent (separateConsent) for those purposes so users can decline, or take them out of the required item.',
      },
      'optional-purpose-without-consent': {
        title: 'Optional purpose without consent',
        description:
          'Personalised ads, marketing and other purposes beyond the service on a basis other than consent (such as legitimate interest or a legal obligation) may count as processing without valid consent, as the PIPC found against Google and Meta in 2022. Processing a law requires is limited to what that law is for.',
        message: ({ items, purposes, basis }, text) =>
          `${someEn(items.map(text))} serve ${listFormat.format(purposes.map(purposeNameEn(text)))} on the basis "${schemaEn.legalBases[basis]}": no consent is asked.`,
        fix: ({ basis }) =>
          basis === 'legalObligation'
            ? 'No law requires this purpose. Describe the information used for it as an item of its own on optional consent (consentOptional) and say how to decline it; take the purpose off the item kept by law.'
            : 'Ask for optional consent (consentOptional) for this purpose and say how to decline it.',
      },
      'deemed-consent-beyond-contract': {
        title: 'Deemed consent beyond the contract',
        description:
          'Consent is a clear act; not objecting is not consenting. Anything beyond what the contract needs must rest on consent users can choose to give.',
        message: ({ items, purposes, days }, text) =>
          `${someEn(items.map(text))} are used for ${listFormat.format(purposes.map(purposeNameEn(text)))} unless users object within ${count(days, 'day', 'days')} (deemed consent). Silence is not consent.`,
        fix: () =>
          'Ask for optional consent (consentOptional) and keep the service available to those who decline. If the contract truly needs it, give the basis contract and mark the purpose "category": "necessary".',
      },
      'refusal-costs-service': {
        title: 'Declining an optional item costs the service',
        description:
          'A service may not be refused because a user declines collection beyond the minimum or declines optional consent (fine of up to KRW 30 million).',
        message: ({ items, effect }, text) =>
          `Declining ${someEn(items.map(text))}, which the service does not need, ${effect === 'contractTerminated' ? 'ends the contract' : 'makes the service unavailable'}.`,
        fix: () =>
          'Keep the service available to users who decline, and set "effect" to none or featureUnavailable (only that feature is lost).',
      },
      'resident-registration-number-without-law': {
        title: 'Resident registration number without a law',
        description:
          'Resident registration numbers may be processed only where a law requires or allows it; consent is not enough.',
        message: ({ items }, text) =>
          `${someEn(items.map(text))} hold resident registration numbers but do not rest on a law. Consent alone cannot justify them.`,
        fix: () =>
          'If a law requires the number, give that item the basis legalObligation and name the law in "law". Otherwise stop collecting it and use another way to identify people.',
      },
      'special-category-without-separate-consent': {
        title: 'Sensitive information or identifier without separate consent',
        description:
          'Sensitive information and unique identifiers need consent asked apart from every other consent, or a law.',
        message: ({ items, kind, basis }, text) =>
          `${someEn(items.map(text))} hold ${kind === 'sensitive' ? 'sensitive information' : schemaEn.uniqueIdentifiers[kind]} on the basis "${schemaEn.legalBases[basis]}".`,
        fix: () => 'Give that item the basis separateConsent, or legalObligation with its "law".',
      },
      'children-without-guardian-consent': {
        title: 'Under-14s without guardian consent',
        description: "Personal information of children under 14 needs their legal representative's consent.",
        message: ({ minimumAge }) =>
          minimumAge === undefined
            ? 'Information about children under 14 is processed, but there is no way for a guardian to consent.'
            : `The service is open from age ${minimumAge}, so it processes information about children under 14, but there is no way for a guardian to consent.`,
        fix: () =>
          'Set "collectsFromUnder14": true and describe how a guardian consents in "guardianConsent", or raise "minimumAge" to 14.',
      },
      'personalised-ads-to-children': {
        title: 'Personalised ads to under-14s',
        description:
          "Behavioural data of children under 14 must not be used for personalised ads; the PIPC's policy guideline asks policies to say plainly whether children are targeted.",
        message: () => 'Children under 14 use the service, and personalised ads do not leave them out.',
        fix: () =>
          'Show no personalised ads to under-14s and collect no behavioural data from them, then set "childrenUnder14Excluded" to true.',
      },
      'overseas-transfer-particular-missing': {
        title: 'Overseas transfer particular missing',
        description:
          'A transfer abroad on consent must state the recipient, country, items, timing and method, purpose and retention, and how to refuse and what refusing costs.',
        message: ({ recipient, missing }, text) =>
          `The transfer to ${text(recipient)} does not say ${listFormat.format(missing.map((key) => (key === 'howToRefuse' ? 'how to refuse it' : 'what refusing costs')))}.`,
        fix: ({ missing }) => `Fill in ${listFormat.format(missing.map((key) => `"${key}"`))}.`,
      },
      'automatic-collection-without-refusal': {
        title: 'No way to refuse automatic collection',
        description:
          'A policy must describe its cookies and other automatic collection devices and how to refuse them.',
        message: () => 'There is no way to refuse cookies or the other automatic collection devices.',
        fix: () =>
          'Offer a way to refuse (browser or app settings, a consent banner) and describe it as "optOut": {"available": true, "how": [...]}.',
      },
      'ads-without-opt-out': {
        title: 'No opt-out from personalised ads',
        description: 'Users should be able to allow or block personalised ads at any time.',
        message: () => 'There is no way to opt out of personalised ads.',
        fix: () => 'Offer a setting that turns personalised ads off and describe it in "optOut".',
      },
      'behavioural-collection-without-opt-out': {
        title: 'No way to refuse the collection of behavioural information',
        description:
          'Users may ask that processing of their information stop. Behavioural information collected for purposes other than ads (recommendations and the like) needs a way to refuse its collection.',
        message: () =>
          'There is no way to refuse the collection of behavioural information (searches, what was viewed …).',
        fix: () =>
          'Offer a way to turn the collection off (a setting, for example) and describe it in "behaviouralInformation" as "optOut": {"available": true, "how": [...]}.',
      },
      'ai-training-without-opt-out': {
        title: 'No way out of AI training',
        description:
          'Users may ask that processing of their information stop. Personal information used to train generative AI needs a way for users to keep theirs out.',
        message: () => 'There is no way for users to keep their information out of AI training.',
        fix: () =>
          'Offer a way out of training (a setting or a request form) and describe it in "generativeAi"."training" as "optOut": {"available": true, "how": [...]}.',
      },
      'mandatory-item-missing': {
        title: 'Mandatory item missing',
        description: 'A policy must contain every item the Act and its Enforcement Decree list.',
        message: ({ item }) =>
          ({
            automaticCollection:
              'Behavioural information is collected for personalised ads, but the policy does not describe the automatic collection devices (cookies, SDKs …) or how to refuse them.',
            securityMeasures: 'No security measure is listed.',
            contact: 'There is neither a phone number for the privacy officer nor a complaints department.',
          })[item],
        fix: ({ item }) =>
          ({
            automaticCollection: 'Describe the devices and how to refuse them in "automaticCollection".',
            securityMeasures:
              'List the administrative, technical and physical measures in "securityMeasures".',
            contact: 'Add the privacy officer\'s phone ("privacyOfficer.phone") or a "contactDepartment".',
          })[item],
      },
      'sensitive-disclosure-missing': {
        title: 'Sensitive information disclosure not explained',
        description:
          'Where the service could make sensitive information public, the policy says so and how to keep it private.',
        message: ({ items, missing }, text) =>
          `For the sensitive information in ${someEn(items.map(text))}, the policy does not say ${listFormat.format(missing.map((key) => (key === 'disclosureRisk' ? 'how it could become public' : 'how to keep it private')))}.`,
        fix: ({ missing, itemIdWithoutEntry }) =>
          itemIdWithoutEntry
            ? `Add {"itemId": "${itemIdWithoutEntry}", "disclosureRisk": …, "howToKeepPrivate": …} to sensitiveInformation.`
            : `Fill in ${listFormat.format(missing.map((key) => `"${key}"`))}.`,
      },
      'change-notice-too-short': {
        title: 'Change announced too late',
        description:
          'Changes that add processing are usually announced 7 days ahead, changes adverse to users 30 days ahead (common template wording and PIPC advice, not statute).',
        message: ({ days, required, version }) =>
          `Version ${version} was announced ${count(days, 'day', 'days')} before it took effect; ${required === 30 ? 'a change adverse to users' : 'a change that adds processing'} should be announced ${required} days ahead.`,
        fix: ({ required }) =>
          `Announce it at least ${required} days before it takes effect ("announcedOn"), or move the effective date.`,
      },
      'significant-change-without-comparison': {
        title: 'Significant change without a comparison table',
        description:
          'Significant changes (items, purposes) are announced separately with a before/after comparison table (신구대조표).',
        message: ({ version }) => `Version ${version} is a significant change but has no comparison table.`,
        fix: () =>
          'Publish a comparison table and give its address in "comparisonUrl". PolicyComparison or privacy-label diff --out make one.',
      },
      'adverse-change-not-declared': {
        title: 'Adverse change not declared',
        description:
          'When a version works against users compared with the one before, its history entry must say so; the labels flag the change from it.',
        message: ({ version, adverseChanges }) =>
          `Compared with the previous version, ${count(adverseChanges, 'change works', 'changes work')} against users, but ${version ? `version ${version} is recorded as not adverse` : 'there is no version history'}.`,
        fix: ({ version }) =>
          version
            ? `Set "adverseToUsers" to true on version ${version}.`
            : 'Record this change in "versionHistory" with "adverseToUsers": true.',
      },
      'adverse-change-not-computed': {
        title: 'Declared adverse, nothing adverse found',
        description:
          'The history calls a change adverse, but comparing the data finds nothing adverse: a change may be missing from the data.',
        message: ({ version }) =>
          `Version ${version} is recorded as adverse to users, but comparing it with the previous version finds nothing adverse.`,
        fix: () => 'Check that every change is in the data; if it is, set "adverseToUsers" to false.',
      },
      'effective-version-not-in-history': {
        title: 'No version of the effective date in the history',
        description:
          'The labels and the change history present the version that takes effect on the effective date as the current one. Without it in the history, an adverse-change flag can be missing too.',
        message: ({ effectiveDate, latestBefore }) => {
          const date = schemaEn.format.date;
          const latest = latestBefore
            ? ` The last entry before it is version ${latestBefore.version} (in effect from ${date(latestBefore.effectiveOn)}).`
            : '';
          return `The policy takes effect on ${date(effectiveDate)}, but the version history lists no version taking effect that day.${latest}`;
        },
        fix: () =>
          'Add the version that takes effect on the effective date to "versionHistory" (version, announcement date, effective date, what changed), or correct "effectiveDate".',
      },
      'certification-not-in-force': {
        title: 'Certificate not valid on the effective date',
        description:
          'A certificate whose period ended before the policy takes effect, or starts after, must not look held. The label leaves it out.',
        message: ({ scheme, name, validFrom, validTo, effectiveDate, ended }, text) => {
          const certification = name ? text(name) : schemaEn.certificationSchemes[scheme];
          const date = schemaEn.format.date;
          return `${certification} is valid from ${date(validFrom)} to ${date(validTo)}, which ${ended ? 'ends before' : 'starts after'} the policy takes effect (${date(effectiveDate)}).`;
        },
        fix: ({ ended }) =>
          ended
            ? 'If it was renewed, give the new certificate’s "validFrom" and "validTo"; if not, remove it.'
            : 'Check the dates against the certificate; if they are right, list it once it is valid.',
      },
      'additional-use-criteria-missing': {
        title: 'Further use without every criterion weighed',
        description:
          'Use or provision without consent must weigh all four criteria of Enforcement Decree Art. 14-2, and the policy must say how beforehand.',
        message: ({ purpose, missing }, text) =>
          `The further use for "${text(purpose)}" does not say how it weighed: ${listFormat.format(missing.map((criterion) => schemaEn.compatibilityCriteria[criterion].toLowerCase()))}.`,
        fix: () => 'Add each missing criterion to "criteria" with how it was weighed.',
      },
      'guardian-rights-missing': {
        title: 'No word on a legal representative’s rights',
        description:
          'A policy states the rights of data subjects and their legal representatives and how to use them; with children’s data, what a guardian can ask for matters most.',
        message: () =>
          'Information about children under 14 is processed, but the policy does not say what their legal representatives can ask for or how.',
        fix: () =>
          'Describe it in "children.guardianRights": the "rights" a guardian may use and "howToExercise".',
      },
      'name-written-two-ways': {
        title: 'A name that agrees in one language and differs in another',
        description:
          'The labels count two items as one only when their names agree in every language: one Korean name with two English names is two items, so a Korean label can count more than the names it shows. Recipients and processors are counted in each label’s own language, so the Korean and English labels count them differently. Worth a look: often one name written two ways.',
        message: ({ kind, shared, differing }) => {
          const named = `The ${kind} named "${shared.text}" in ${languageEn(shared.language)} has ${differing.texts.length} names in ${languageEn(differing.language)}: ${listFormat.format(differing.texts.map((text) => `"${text}"`))}.`;
          return kind === 'item'
            ? `${named} The labels count them as different items.`
            : `${named} The ${languageEn(differing.language)} label counts them as different ${kind}s, the ${languageEn(shared.language)} label as one.`;
        },
        fix: ({ shared, differing }) =>
          `If they are one thing, write its ${languageEn(differing.language)} name one way; if they are different things, tell them apart in ${languageEn(shared.language)} too.`,
      },
    },
  },
  diff: {
    areas: diffAreasEn,
    impacts: { adverse: 'Adverse', favourable: 'Favourable', neutral: 'Neutral' },
    kinds: { added: 'Added', removed: 'Removed', changed: 'Changed' },
    reasons: {
      added: 'New: more processing.',
      removed: 'Gone: less processing.',
      reworded: 'Reworded.',
      itemsAdded: 'More items are processed.',
      itemsRemoved: 'Fewer items are processed.',
      itemsReplaced: 'The items processed change: some are added and others removed.',
      purposesAdded: 'The same information is used for more purposes.',
      purposesRemoved: 'The information is used for fewer purposes.',
      purposesReplaced: 'The purposes the information is used for change: some are added and others removed.',
      basisWider: 'Moves to a basis that leaves users less say.',
      basisNarrower: 'Moves to a basis users can decline more easily.',
      basisChanged: 'The legal basis changes.',
      refusalWeaker: 'Harder to refuse, or refusing costs more.',
      refusalStronger: 'Easier to refuse, or refusing costs less.',
      retentionLonger: 'Kept longer.',
      retentionShorter: 'Kept for less time.',
      retentionChanged: 'The retention rule changes.',
      newCountry: 'Information goes to a new country.',
      retentionMayBeLonger: 'The retention rule changes and may keep it longer.',
      countryChanged: 'The information goes to a different country.',
      processorAdded: 'Another processor, in Korea.',
      processorAbroadAdded: 'Another processor abroad: the information goes abroad.',
      basisDeemedConsent: 'Moves to treating silence as consent.',
      purposeChanged: 'The information is used for a different purpose.',
      recipientAdded: 'Someone new receives or collects the information.',
      recipientRemoved: 'No one receives the information any more.',
      recipientChanged: 'Someone else receives the information.',
      objectionShorter: 'Less time to object.',
      objectionLonger: 'More time to object.',
      inactiveSeparationAdded: 'Information on unused accounts is kept apart, then destroyed.',
      inactiveSeparationRemoved: 'No rule any more to keep unused accounts apart and destroy them.',
      attentionAdded: 'A label gets a new warning.',
      captionChanged: 'What a label says changes.',
      leavesDevice: 'Something now leaves your device, or what leaves it changes.',
      optOutRemoved: 'The way to refuse is gone.',
      optOutAdded: 'A way to refuse is added.',
      childrenAdsAllowed: 'Personalised ads are shown to under-14s too.',
      childrenAdsExcluded: 'No personalised ads for under-14s.',
      channelsRemoved: 'Fewer ways to use your rights or reach us.',
      channelsAdded: 'More ways to use your rights or reach us.',
      channelsReplaced: 'The ways to use your rights or reach us change: some are added and others removed.',
      responseSlower: 'Requests take longer to answer.',
      responseFaster: 'Requests are answered sooner.',
      contactChanged: 'The contact details change.',
      dataTypesAdded: 'More kinds of information are processed.',
      dataTypesRemoved: 'Fewer kinds of information are processed.',
      dataTypesReplaced: 'The kinds of information processed change: some are added and others removed.',
      subProcessorAdded:
        'Now a sub-processor: the work is passed on once more, so one more party handles the information.',
      subProcessorRemoved: 'No longer a sub-processor: the work is entrusted to it directly.',
      howToRefuseChanged: 'The way to refuse or object changes.',
      refusalConsequenceChanged: 'What changes for you if you refuse is different.',
      collectionMethodChanged: 'It is collected differently, and may be collected in more ways.',
      destructionLater: 'Information may take longer to be destroyed once it is no longer kept.',
      destructionSooner: 'Information is destroyed sooner once it is no longer kept.',
      certificationAdded: 'A new certification is held.',
      certificationRemoved: 'A certification is no longer held.',
      certificationEndsSooner: 'A certification ends sooner.',
      certificationExtended: 'A certification runs for longer.',
      collectionStageChanged: 'When the information is collected changes.',
      lawChanged: 'The law the processing rests on changes.',
      destructionMethodChanged: 'How information is destroyed changes.',
      certificationStartChanged: "The first day of a certification's period changes.",
      certificationScopeChanged: 'What the certification covers changes.',
      certificateNumberChanged: 'The certificate number changes.',
      decisionRefusalRemoved: 'The policy no longer says you can refuse the decision.',
      decisionRefusalAdded: 'You can now refuse the decision.',
      decisionCriteriaChanged: 'The decision rests on other grounds, and may use other information.',
      decisionMethodChanged: 'How the decision is made changes.',
      transferMethodChanged: 'When and how it is transferred changes.',
      guardianRightsRemoved: "A child's legal representative can ask for less.",
      guardianRightsAdded: "A child's legal representative can ask for more.",
      guardianRightsReplaced:
        "What a child's legal representative can ask for changes: some rights are added and others removed.",
      guardianConsentChanged: 'How a legal representative gives consent changes.',
      minimumAgeChanged: 'The youngest age at which the service may be used changes.',
      ageVerificationChanged: 'The way age is checked changes.',
      videoRangeChanged: 'What is recorded changes, and may cover more.',
      recordingHoursChanged: 'When it records changes, and it may record for longer.',
      videoNoticeChanged: 'How people are told they are being recorded changes.',
      howToExerciseChanged: 'The way to use your rights changes.',
      responseTimeStated: 'The policy now says how soon requests are answered.',
      responseTimeUnstated: 'The policy no longer says how soon requests are answered.',
      purposeBeyondService:
        'It becomes a purpose beyond providing the service (marketing, ads, recommendations, AI training or profiling).',
      purposeCategoryChanged:
        'What kind of purpose it is changes, and the information may be used differently.',
      disclosureRiskChanged: 'How it could become public changes, and there may be more ways.',
      assessmentChanged: 'The reasons for using or providing it without consent change.',
      inactiveNoticeChanged: 'How you are told before an inactive account is set aside changes.',
      securityMeasuresRemoved: 'Fewer security measures are taken.',
      securityMeasuresAdded: 'More security measures are taken.',
      securityMeasuresChanged: 'Security measures change.',
      childNoticeChanged: 'How the policy is explained to children changes.',
      videoNowMobile: 'A fixed device becomes a mobile one, and may record in more places.',
      videoNowFixed: 'A mobile device becomes a fixed one.',
      specialCategoryStated: 'Items already processed now carry this notice.',
      specialCategoryUnstated: 'The items are still processed, but this notice is gone.',
      collectionMethodStated: 'How it is collected is now stated.',
      replaced: 'Some are new and others gone.',
    },
    subject: (area, names) => `${diffAreasEn[area]}: ${someEn(names)}`,
    subjects: {
      automaticCollection: 'cookies and other devices',
      behaviouralAdvertising: 'personalised ads',
      children: 'information about children under 14',
      rightsChannels: 'ways to use your rights',
      responseTime: 'time to answer requests',
      privacyOfficer: 'privacy officer',
      contactDepartment: 'complaints department',
      behaviouralInformation: 'collection of behavioural information',
      generativeAi: 'use of generative AI',
      aiTraining: 'information used for AI training',
      aiPrompts: 'what you enter into the AI and what it returns',
      inactiveAccounts: 'inactive accounts',
      destructionDeadline: 'time to destroy information',
      destructionProcedure: 'how destruction is carried out',
      electronicDestruction: 'how electronic files are destroyed',
      paperDestruction: 'how paper records are destroyed',
      guardianRights: "rights of a child's legal representative",
      guardianConsent: "consent of a child's legal representative",
      minimumAge: 'youngest age to use the service',
      ageVerification: 'age check',
      legalRepresentative: 'using your rights through a representative',
      controller: 'the controller',
      domesticAgent: 'domestic agent',
      accessRequests: 'where to ask to see your information',
      retentionPrinciple: 'general rule on keeping information',
      administrativeMeasures: 'administrative measures',
      technicalMeasures: 'technical measures',
      physicalMeasures: 'physical measures',
    },
    yes: 'Yes',
    no: 'No',
    cannotRefuse: 'Cannot be refused.',
  },
  changeNotice: {
    title: 'Changes to our privacy policy',
    headline: ({ controller, effectiveOn, version }) =>
      `${controller} is changing its privacy policy${version ? ` (version ${version})` : ''} from ${effectiveOn}.`,
    announced: ({ announcedOn, days }) =>
      `Announced on ${announcedOn}, ${count(days, 'day', 'days')} before it takes effect.`,
    overall: {
      adverse:
        'Some of these changes work against you. See below what changes and how you can object or refuse.',
      favourable: 'These changes work in your favour.',
      neutral: 'These changes do not alter what information is processed or why.',
    },
    changesHeading: 'What changes',
    labelsHeading: 'Labels that change',
    labelBefore: 'Before',
    labelAfter: 'After',
    newFlag: 'New warning',
    objectHeading: 'How to object',
    deadline: ({ subject, days, deadline }) =>
      `${subject}: if you do not object by ${deadline} (${count(days, 'day', 'days')} after the change takes effect), you are treated as agreeing.`,
    howToObject: 'How to object',
    refusalEffect: 'If you refuse',
    findingsHeading: 'Problems the checks found',
    findingsIntro: "For the policy's author: fix these before publishing.",
    comparisonTitle: 'Before and after (comparison table)',
    comparisonCaption: ({ before, after }) =>
      `The policy in effect from ${before} compared with the one from ${after}`,
    columns: {
      area: 'Section',
      subject: 'What',
      before: 'Before',
      after: 'After',
      impact: 'Effect on you',
      reason: 'Why',
    },
    absent: 'None',
    noChanges: 'Nothing changes.',
    previousVersions: 'Earlier versions',
  },
  diffValues: {
    purposeCategories: {
      necessary: 'Needed to provide the service',
      marketing: 'Marketing',
      personalisedAdvertising: 'Personalised ads',
      recommendations: 'Personalised recommendations',
      aiTraining: 'AI training',
      profiling: 'Profiling',
      unstated: 'Not stated',
    },
    videoDeviceKinds: { fixed: 'Fixed device', mobile: 'Mobile device' },
  },
  diffReplaced: {
    itemsReplaced: ({ added, removed }) =>
      `The items processed change: ${namesAre(added, 'added')}; ${namesAre(removed, 'removed')}.`,
    purposesReplaced: ({ added, removed }) =>
      `The purposes the information is used for change: ${namesAre(added, 'added')}; ${namesAre(removed, 'removed')}.`,
    replaced: ({ added, removed }) => `${namesAre(added, 'new')}; ${namesAre(removed, 'gone')}.`,
    dataTypesReplaced: ({ added, removed }) =>
      `The kinds of information processed change: ${namesAre(added, 'added')}; ${namesAre(removed, 'removed')}.`,
    channelsReplaced: ({ added, removed }) =>
      `The ways to use your rights or reach us change: ${namesAre(added, 'added')}; ${namesAre(removed, 'removed')}.`,
    guardianRightsReplaced: ({ added, removed }) =>
      `What a child's legal representative can ask for changes: ${namesAre(added, 'added')}; ${namesAre(removed, 'removed')}.`,
  },
};

/** English review words as a `Translation`, for `registerTranslations` or a `translations` option. */
export const enReview: Translation = { locale: 'en', words: { review: reviewEn } };
