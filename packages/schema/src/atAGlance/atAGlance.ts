// "At a glance": four to six plain statements about a policy, in the style of Google Play's Data safety section,
// for people who will not read the labels one by one. Each statement is computed from the policy data and nothing
// else; a reassuring one ("제3자 제공 없음") is said only when no part of the data contradicts it.
import { schemaWords } from '../deriveLabels.js';
import { resolveWords, type Translation } from '../i18n/translations.js';
import { getLabelDefinition, type LabelId } from '../labels/index.js';
import { consentSummary, sensitiveItems } from '../labels/policyFacts.js';
import { purposeCategory } from '../lint/purposeCategory.js';
import type { Policy } from '../policySchema.js';
import { distinctTexts, type Locale, localize } from '../text.js';
import type { AtAGlanceWords } from './words.js';

/** What a statement is about, in the order they are shown. */
export const atAGlanceTopics = [
  'collectedItems',
  'thirdPartyProvision',
  'overseasTransfer',
  'adTracking',
  'sensitiveInformation',
  'deemedConsent',
] as const;
export type AtAGlanceTopic = (typeof atAGlanceTopics)[number];

/**
 * `reassurance`: something the policy does not do ("국외 이전 없음"); `fact`: something it does, plainly stated;
 * `attention`: something a reader should not miss (the same things the labels flag).
 */
export type AtAGlanceTone = 'reassurance' | 'fact' | 'attention';

export interface AtAGlanceStatement {
  topic: AtAGlanceTopic;
  tone: AtAGlanceTone;
  text: string;
  /** The label whose section tells the whole story, when that label applies (link to `#privacy-<labelId>`). */
  labelId?: LabelId;
}

export interface AtAGlance {
  /** The language the words are in. */
  locale: Locale;
  heading: string;
  /** Four to six statements: the first five always, deemed consent only where the policy uses it. */
  statements: AtAGlanceStatement[];
}

export interface DeriveAtAGlanceOptions {
  /** Default: the policy's `defaultLocale`. */
  locale?: Locale;
  translations?: readonly Translation[];
}

/** The at-a-glance words in `locale` along its fallback chain (see `resolveWords`). */
export function atAGlanceWords(locale: Locale, translations?: readonly Translation[]): AtAGlanceWords {
  return resolveWords('atAGlance', locale, translations);
}

/**
 * Every country personal information goes to outside Korea, each once, in policy order: overseas transfers, and
 * third parties or processors recorded in another country (providing to or entrusting a company abroad moves the
 * data abroad too, PIPA Art. 28-8(1)).
 */
export function destinationCountries(policy: Policy): string[] {
  const countries = [
    ...policy.overseasTransfer.map((transfer) => transfer.country),
    ...policy.thirdPartyProvision.map((provision) => provision.country),
    ...policy.entrustment.map((entrustment) => entrustment.country),
  ];
  return [...new Set(countries.filter((country) => country !== 'KR'))];
}

/**
 * Who receives personal information as a third party, each once, in policy order: the recipients of provision, those
 * of pseudonymised information (PIPA Art. 28-2(1) provision of pseudonymised information is provision too) and those
 * of further provision without consent (Art. 17(4)). A company that receives several provisions is one place.
 */
export function thirdPartyRecipients(policy: Policy, locale: Locale): string[] {
  const names = [
    ...policy.thirdPartyProvision.map((provision) => provision.recipient),
    ...policy.pseudonymisedInformation.flatMap((entry) => (entry.recipient ? [entry.recipient] : [])),
    ...policy.additionalUse.flatMap((use) =>
      use.kind === 'provision' && use.recipient ? [use.recipient] : [],
    ),
  ];
  return [...new Set(distinctTexts(names).map((name) => localize(name, locale)))].filter(Boolean);
}

/**
 * Whether any sensitive information is processed: an entry in `sensitiveInformation`, or an item that says it holds a
 * sensitive data type (`collectedItems[].dataTypes`) — the items the sensitive-information label counts.
 */
export function processesSensitiveInformation(policy: Policy): boolean {
  return sensitiveItems(policy).length > 0;
}

const linkTo = (policy: Policy, id: LabelId) =>
  getLabelDefinition(id).applies(policy) ? { labelId: id } : {};

/** The policy in four to six plain statements, in `locale`, each one computed from the data. */
export function deriveAtAGlance(policy: Policy, options: DeriveAtAGlanceOptions = {}): AtAGlance {
  const locale = options.locale ?? policy.defaultLocale;
  const words = atAGlanceWords(locale, options.translations);
  const schema = schemaWords(locale, options.translations);
  const consent = consentSummary(policy);
  const statements: AtAGlanceStatement[] = [];

  const itemCount = policy.collectedItems.reduce((sum, item) => sum + item.items.length, 0);
  statements.push({
    topic: 'collectedItems',
    tone: 'fact',
    text: words.collectedItems({
      count: itemCount,
      optional: consent.itemCounts.optional + consent.itemCounts.separate,
    }),
    ...linkTo(policy, 'collected-items'),
  });

  const recipients = thirdPartyRecipients(policy, locale);
  statements.push(
    recipients.length === 0
      ? { topic: 'thirdPartyProvision', tone: 'reassurance', text: words.noThirdPartyProvision }
      : {
          topic: 'thirdPartyProvision',
          tone: 'fact',
          text: words.thirdPartyProvision({
            count: recipients.length,
            names: schema.format.someOrganisations(recipients),
          }),
          // The section that tells the most: provision itself, else further provision, else pseudonymised information.
          ...(['third-party-provision', 'additional-use', 'pseudonymisation'] as const)
            .map((id) => linkTo(policy, id))
            .find((link) => 'labelId' in link),
        },
  );

  const countries = destinationCountries(policy);
  // A domestic agent (PIPA Art. 31-2) is named only by a controller with no address in Korea: the data goes to a
  // company abroad even when no transfer is recorded, so "국외 이전 없음" would say what the data does not.
  const agent = policy.domesticAgent;
  statements.push(
    countries.length === 0
      ? agent
        ? {
            topic: 'overseasTransfer',
            tone: 'attention',
            text: words.runFromAbroad({ agent: localize(agent.name, locale) }),
            ...linkTo(policy, 'domestic-agent'),
          }
        : { topic: 'overseasTransfer', tone: 'reassurance', text: words.noOverseasTransfer }
      : {
          topic: 'overseasTransfer',
          tone: 'attention',
          text: words.overseasTransfer({
            count: countries.length,
            countries: schema.format.list(countries.map(schema.format.country)),
          }),
          ...linkTo(policy, 'overseas-transfer'),
        },
  );

  const ads = policy.behaviouralAdvertising;
  // "No tracking for ads" only when nothing suggests it: no personalised ads, no purpose of personalised advertising,
  // no advertising identifier collected automatically, no behavioural information collected (the policy may say it is
  // not for ads; we state it plainly).
  const advertisingId =
    policy.automaticCollection?.devices.some((device) => device.kind === 'advertisingId') === true;
  const behaviouralInformation = policy.behaviouralInformation !== undefined;
  // A purpose that is personalised advertising says the data serves ads, even where no ad programme is described.
  const adsPurpose = policy.purposes.some(
    (purpose) => purposeCategory(purpose) === 'personalisedAdvertising',
  );
  statements.push(
    ads !== undefined
      ? {
          topic: 'adTracking',
          tone: ads.optOut.available ? 'fact' : 'attention',
          text: words.adTracking({ canOptOut: ads.optOut.available }),
          ...linkTo(policy, 'behavioural-advertising'),
        }
      : adsPurpose
        ? { topic: 'adTracking', tone: 'fact', text: words.adsPurpose, ...linkTo(policy, 'purposes') }
        : advertisingId || behaviouralInformation
          ? {
              topic: 'adTracking',
              tone: 'fact',
              text: words.trackingSignals({ advertisingId, behaviouralInformation }),
              ...linkTo(policy, advertisingId ? 'automatic-collection' : 'behavioural-information'),
            }
          : { topic: 'adTracking', tone: 'reassurance', text: words.noAdTracking },
  );

  const identifiers = [...new Set(policy.uniqueIdentifiers.map((entry) => entry.kind))];
  const sensitive = processesSensitiveInformation(policy);
  statements.push(
    !sensitive && identifiers.length === 0
      ? { topic: 'sensitiveInformation', tone: 'reassurance', text: words.noSensitiveInformation }
      : {
          topic: 'sensitiveInformation',
          tone: identifiers.includes('residentRegistrationNumber') ? 'attention' : 'fact',
          text: words.sensitiveInformation({
            sensitive,
            identifiers: schema.format.list(identifiers.map((kind) => schema.uniqueIdentifiers[kind])),
          }),
          ...linkTo(policy, sensitive ? 'sensitive-information' : 'unique-identifiers'),
        },
  );

  // PIPA Art. 22: silence is not consent; where a policy counts it as consent anyway, say so up front.
  if (consent.shortestObjectionDays !== undefined) {
    statements.push({
      topic: 'deemedConsent',
      tone: 'attention',
      text: words.deemedConsent({ days: consent.shortestObjectionDays }),
      ...linkTo(
        policy,
        policy.collectedItems.some((item) => item.deemedConsent)
          ? 'collected-items'
          : 'behavioural-advertising',
      ),
    });
  }
  return { locale: words.locale, heading: words.heading, statements };
}
