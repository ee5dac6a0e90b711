import { labelApplies, schemaWords } from '../deriveLabels.js';
import type { RefusalEffect } from '../enums.js';
import { resolveWords, type Translation } from '../i18n/translations.js';
import type { LabelId } from '../labels/index.js';
import { durationInDays, itemsHolding, processesChildrensData } from '../labels/policyFacts.js';
import { retentionLabel } from '../labels/retention.js';
import type { CollectedItem, Policy } from '../policySchema.js';
import { distinctTexts, type Locale, type LocalizedText, localize, sameText } from '../text.js';
import type { EasyReadCharacter, EasyReadSpeaker, EasyReadTopicId, EasyReadWords } from './words.js';

/** One message of the chat: who says it, what they say, and any list that goes with it. */
export interface EasyReadMessage {
  speaker: EasyReadSpeaker;
  text: string;
  list?: readonly string[];
}

export interface EasyReadTopic {
  id: EasyReadTopicId;
  /** A question, as Appendix 2 asks ("내 정보를 다른 회사에 주나요?"). */
  heading: string;
  messages: readonly EasyReadMessage[];
  /** The labels whose full sections tell this topic in full, for "read more" links (`sectionAnchor(id)`). */
  sections: readonly LabelId[];
}

/** The note for parents and guardians, shown when children's information is processed. */
export interface GuardianNote {
  heading: string;
  paragraphs: readonly string[];
  details: readonly { term: string; value: string }[];
  sections: readonly LabelId[];
}

export interface EasyReadDocument {
  locale: Locale;
  title: string;
  characters: Record<EasyReadSpeaker, EasyReadCharacter>;
  /** The greeting before the first topic. */
  intro: readonly EasyReadMessage[];
  topics: readonly EasyReadTopic[];
  guardianNote?: GuardianNote;
}

export interface DeriveEasyReadOptions {
  /** Default: the policy's `defaultLocale`. */
  locale?: Locale;
  translations?: readonly Translation[];
}

/** The easy-read words in `locale` along its fallback chain (see `resolveWords`). */
export function easyReadWords(locale: Locale, translations?: readonly Translation[]): EasyReadWords {
  return resolveWords('easyRead', locale, translations);
}

/** A company the data goes to, and what it is for (or the job it does). */
interface Given {
  name: LocalizedText;
  purpose: string;
}

/** At most this many entries in one message's list; the rest are counted ("그리고 3개 더"). */
const maxListEntries = 6;

function capped(entries: readonly string[], words: EasyReadWords): string[] {
  const unique = [...new Set(entries.filter(Boolean))];
  if (unique.length <= maxListEntries) return unique;
  return [...unique.slice(0, maxListEntries - 1), words.andMore(unique.length - (maxListEntries - 1))];
}

/** What saying no costs, from nothing to the end of the agreement. */
const refusalCost: Record<RefusalEffect, number> = {
  none: 0,
  featureUnavailable: 1,
  serviceUnavailable: 2,
  contractTerminated: 3,
};

/**
 * What leaving `item` out altogether costs: the dearest refusal effect of every group that collects it (compared with
 * `sameText`), or `undefined` when one of them cannot be refused. A name asked for the newsletter may also be asked at
 * sign-up, where saying no means no service: the newsletter's "nothing changes" is not the whole truth about it.
 */
function withholdingCost(item: LocalizedText, groups: readonly CollectedItem[]): RefusalEffect | undefined {
  let cost: RefusalEffect = 'none';
  for (const group of groups) {
    if (!group.items.some((other) => sameText(other, item))) continue;
    if (!group.refusal.canRefuse || group.refusal.effect === undefined) return undefined;
    if (refusalCost[group.refusal.effect] > refusalCost[cost]) cost = group.refusal.effect;
  }
  return cost;
}

/**
 * The policy as a chat between two characters, in short sentences and easy words, for children (PIPA Art. 22-2(3);
 * PIPC 2026 guideline, Appendix 2). Every topic is there exactly when the policy has its data (the label it summarises
 * applies), and every claim is computed from the data: "you can turn these ads off" only where there is a way to.
 */
export function deriveEasyRead(policy: Policy, options: DeriveEasyReadOptions = {}): EasyReadDocument {
  const locale = options.locale ?? policy.defaultLocale;
  const words = easyReadWords(locale, options.translations);
  const schema = schemaWords(locale, options.translations);
  const text = (value: LocalizedText | undefined) => words.simplify(localize(value, locale));
  // Names (the controller, the service, companies, departments, people) as the policy writes them: simplified,
  // "(주)세이프문서파기" would become "(주)세이프문서지우기(파기)", a company no one can find.
  const name = (value: LocalizedText | undefined) => localize(value, locale);
  const list = (values: readonly LocalizedText[]) => capped(values.map(text), words);
  const guide = (line: string, entries?: readonly string[]): EasyReadMessage =>
    entries && entries.length > 0
      ? { speaker: 'guide', text: line, list: entries }
      : { speaker: 'guide', text: line };
  const friend = (line: string): EasyReadMessage => ({ speaker: 'friend', text: line });
  const applies = (id: LabelId) => labelApplies(policy, id);
  const children = processesChildrensData(policy);
  const topics: EasyReadTopic[] = [];
  const topic = (id: EasyReadTopicId, sections: LabelId[], messages: (EasyReadMessage | undefined)[]) =>
    topics.push({
      id,
      heading: words.headings[id],
      messages: messages.filter((message): message is EasyReadMessage => message !== undefined),
      sections: sections.filter(applies),
    });

  const characters = words.characters;
  const controller = name(policy.controller.name);
  const intro = [
    friend(words.intro.friendHello({ friend: characters.friend.name })),
    guide(
      words.intro.guideHello({
        guide: characters.guide.name,
        controller,
        service: policy.serviceName ? name(policy.serviceName) : controller,
      }),
    ),
  ];

  const pi = words.personalInformation;
  topic(
    'personal-information',
    ['collected-items'],
    [friend(pi.question), guide(pi.answer), guide(pi.combined), friend(pi.reaction)],
  );

  // What is collected, and when; what can be declined and what declining costs.
  const c = words.collection;
  const items = policy.collectedItems;
  const byStage = (stage: string) =>
    items.filter((item) => item.stage === stage).flatMap((item) => item.items);
  const declinable = items.filter(
    (item) =>
      item.refusal.canRefuse &&
      item.refusal.effect !== undefined &&
      (item.basis === 'consentOptional' || item.basis === 'separateConsent'),
  );
  const purposeTitles = (ids: readonly string[]) =>
    ids.flatMap((id) =>
      policy.purposes.filter((purpose) => purpose.id === id).map((purpose) => text(purpose.title)),
    );
  // Each item of an optional group is said where it is true. Under "you do not have to give this", with what leaving it
  // out costs, when no other group needs it more; when another group needs it (the newsletter's email is also asked
  // at sign-up), only with the uses that can still be declined ("— 소식지"), under "it is needed for other things".
  const withheld: LocalizedText[] = [];
  const mayWithhold: string[] = [];
  const usesToDecline: string[] = [];
  for (const group of declinable) {
    const effect = group.refusal.effect!;
    const byCost = new Map<RefusalEffect, string[]>();
    const byUses = new Map<string, string[]>();
    for (const item of group.items) {
      const cost = withholdingCost(item, items);
      if (cost !== undefined && (refusalCost[cost] <= refusalCost.featureUnavailable || cost === effect)) {
        if (withheld.some((named) => sameText(named, item))) continue;
        withheld.push(item);
        byCost.set(cost, [...(byCost.get(cost) ?? []), text(item)]);
        continue;
      }
      const needing = items.filter(
        (other) =>
          other !== group &&
          other.items.some((name) => sameText(name, item)) &&
          (!other.refusal.canRefuse ||
            other.refusal.effect === undefined ||
            refusalCost[other.refusal.effect] > refusalCost[effect]),
      );
      const uses = group.purposeIds.filter((id) => !needing.some((other) => other.purposeIds.includes(id)));
      if (uses.length === 0) continue;
      const titles = purposeTitles(uses).join(', ');
      byUses.set(titles, [...(byUses.get(titles) ?? []), text(item)]);
    }
    for (const [cost, names] of byCost) mayWithhold.push(words.pair(names.join(', '), c.effects[cost]));
    for (const [titles, names] of byUses) usesToDecline.push(words.pair(names.join(', '), titles));
  }
  const choices = mayWithhold.length + usesToDecline.length > 0;
  const deemed = items.filter((item) => item.deemedConsent);
  const shortestDays = Math.min(...deemed.map((item) => item.deemedConsent!.objectionDays));
  topic(
    'collection',
    ['collected-items'],
    [
      friend(c.question),
      byStage('signUp').length > 0 ? guide(c.atSignUp, list(byStage('signUp'))) : undefined,
      byStage('serviceUse').length > 0 ? guide(c.duringUse, list(byStage('serviceUse'))) : undefined,
      byStage('automatic').length > 0 ? guide(c.automatic, list(byStage('automatic'))) : undefined,
      policy.automaticCollection ? guide(c.devices) : undefined,
      policy.automaticCollection
        ? guide(policy.automaticCollection.optOut.available ? c.devicesCanBlock : c.devicesCannotBlock)
        : undefined,
      choices ? friend(c.optionalQuestion) : undefined,
      mayWithhold.length > 0 ? guide(c.optional, capped(mayWithhold, words)) : undefined,
      usesToDecline.length > 0 ? guide(c.optionalUses, capped(usesToDecline, words)) : undefined,
      choices && declinable.some((item) => item.refusal.howToRefuse) ? guide(c.howToRefuseInFull) : undefined,
      items.some((item) => item.refusal.canRefuse && item.refusal.effect === 'serviceUnavailable')
        ? guide(c.needed)
        : undefined,
      items.some((item) => item.refusal.canRefuse && item.refusal.effect === 'contractTerminated')
        ? guide(c.endsContract)
        : undefined,
      items.some(
        (item) =>
          (item.basis === 'consentRequired' || item.basis === 'deemedConsent') && !item.refusal.canRefuse,
      )
        ? guide(c.cannotRefuse)
        : undefined,
      deemed.length > 0 ? guide(c.deemedConsent({ days: shortestDays })) : undefined,
      deemed.length > 0
        ? guide(c.howToObject, list(deemed.map((item) => item.deemedConsent!.howToObject)))
        : undefined,
    ],
  );

  // PIPA Art. 22-2: a guardian's consent for children under 14.
  const guardian = policy.children.guardianConsent;
  if (applies('children')) {
    const g = words.guardianConsent;
    topic(
      'guardian-consent',
      ['children'],
      [
        friend(g.question),
        guide(g.why),
        policy.children.minimumAge !== undefined
          ? guide(g.minimumAge({ years: policy.children.minimumAge }))
          : undefined,
        guardian ? guide(g.itemsFromGuardian, list(guardian.itemsFromGuardian)) : undefined,
        friend(g.readTogether),
      ],
    );
  }

  topic(
    'use',
    ['purposes'],
    [
      friend(words.use.question),
      guide(words.use.answer, list(policy.purposes.map((purpose) => purpose.title))),
    ],
  );

  // Location information: what shows where the reader is, what for, and — only when every such item can be left out,
  // wherever the policy collects it, at no more than a feature's cost — that they need not give it.
  if (applies('location-information')) {
    const l = words.location;
    const located = itemsHolding(policy, 'location');
    const purposes = located
      .flatMap((item) => item.purposeIds)
      .flatMap((id) =>
        policy.purposes.filter((purpose) => purpose.id === id).map((purpose) => purpose.title),
      );
    topic(
      'location',
      ['location-information'],
      [
        friend(l.question),
        guide(l.yes, list(located.flatMap((item) => item.items))),
        purposes.length > 0 ? guide(l.purposes, list(purposes)) : undefined,
        located.every(
          (group) =>
            declinable.includes(group) &&
            group.items.every((item) => {
              // Not when another group needs the same item, nor when leaving it out costs the whole service.
              const cost = withholdingCost(item, items);
              return cost !== undefined && refusalCost[cost] <= refusalCost.featureUnavailable;
            }),
        )
          ? guide(l.canSayNo)
          : undefined,
      ],
    );
  }

  // PIPA Arts. 25 and 25-2: where the cameras film and why, how long footage is kept, and asking to see it.
  const cameras = policy.videoDevices;
  if (cameras.length > 0) {
    const v = words.cameras;
    const longest = cameras.reduce((kept, device) =>
      durationInDays(device.retention) > durationInDays(kept.retention) ? device : kept,
    );
    const allAlike = cameras.every(
      (device) => durationInDays(device.retention) === durationInDays(longest.retention),
    );
    topic(
      'cameras',
      ['fixed-video-devices', 'mobile-video-devices'],
      [
        friend(v.question),
        guide(
          v.yes({ count: cameras.length }),
          capped(
            cameras.map((device) => words.pair(text(device.locations), text(device.purpose))),
            words,
          ),
        ),
        cameras.some((device) => device.kind === 'mobile') ? guide(v.mobile) : undefined,
        guide((allAlike ? v.kept : v.keptUpTo)({ duration: schema.format.duration(longest.retention) })),
        guide(v.askToSee, list(cameras.map((device) => device.howToRequestAccess))),
      ],
    );
  }

  const shares = policy.thirdPartyProvision;
  // Everyone who receives the data and uses it for their own ends, each with what for: third parties, recipients of
  // pseudonymised information and of further provision without consent (PIPA Arts. 17, 28-2, 17(4)), overseas
  // recipients (Art. 28-8), and ad operators and other collectors on the service — so "we do not give it" is said
  // only when no one does. Processors (Art. 26) come after them, with the job they do.
  const pseudonymised = policy.pseudonymisedInformation;
  const ads = policy.behaviouralAdvertising;
  const observed = policy.behaviouralInformation;
  const ai = policy.generativeAi;
  const sources: { section: LabelId; given: Given[]; processors: Given[] }[] = [
    {
      section: 'third-party-provision',
      given: shares.map((share) => ({ name: share.recipient, purpose: text(share.purpose) })),
      processors: [],
    },
    {
      section: 'entrustment',
      given: [],
      processors: policy.entrustment.map((entry) => ({ name: entry.processor, purpose: text(entry.task) })),
    },
    {
      section: 'pseudonymisation',
      given: pseudonymised.flatMap((entry) => [
        ...(entry.recipient ? [{ name: entry.recipient, purpose: text(entry.purpose) }] : []),
        // PIPA Art. 28-3: the combination agency receives the pseudonymised information to combine it.
        ...(entry.combination ? [{ name: entry.combination.agency, purpose: text(entry.purpose) }] : []),
      ]),
      // Not `processor`: policies name their own team there too ("데이터팀(자체 처리)"), not always another company.
      processors: [],
    },
    {
      section: 'additional-use',
      given: policy.additionalUse.flatMap((use) =>
        use.kind === 'provision' && use.recipient
          ? [{ name: use.recipient, purpose: text(use.purpose) }]
          : [],
      ),
      processors: [],
    },
    {
      section: 'overseas-transfer',
      given: policy.overseasTransfer.map((transfer) => ({
        name: transfer.recipient,
        purpose: text(transfer.purpose),
      })),
      processors: [],
    },
    {
      section: 'behavioural-information',
      given: [
        ...(ads?.operators ?? []).map((operator) => ({ name: operator.name, purpose: text(ads!.purpose) })),
        ...(observed?.collectors ?? []).map((collector) => ({
          name: collector.name,
          purpose: observed!.purposes.map(text).join(', '),
        })),
      ],
      processors: [],
    },
    {
      section: 'generative-ai',
      given: [],
      processors: ai?.prompts?.processor
        ? [{ name: ai.prompts.processor, purpose: ai.features.map(text).join(', ') }]
        : [],
    },
  ];
  // Cookies and SDKs run by another company: a third party or a processor (policies name both there), so neither
  // "they use it for themselves" nor "only for our job" — only that it collects.
  const deviceOperators: Given[] = (policy.automaticCollection?.devices ?? []).flatMap((device) =>
    device.operator ? [{ name: device.operator, purpose: text(device.purpose) }] : [],
  );
  const given = sources.flatMap((source) => source.given);
  const processors = sources.flatMap((source) => source.processors);
  if (given.length > 0 || processors.length > 0 || deviceOperators.length > 0) {
    const s = words.sharing;
    const pairs = (entries: readonly Given[]) =>
      capped(
        entries.map((entry) => words.pair(name(entry.name), entry.purpose)),
        words,
      );
    topic(
      'sharing',
      [
        ...sources
          .filter((source) => source.given.length > 0 || source.processors.length > 0)
          .map((source) => source.section),
        ...(deviceOperators.length > 0 ? ['automatic-collection' as const] : []),
      ],
      [
        friend(s.question),
        given.length > 0
          ? guide(s.yes({ count: new Set(given.map((entry) => name(entry.name))).size }), pairs(given))
          : deviceOperators.length === 0
            ? guide(s.no)
            : undefined,
        shares.some((share) => share.basis === 'legalObligation') ? guide(s.byLaw) : undefined,
        deviceOperators.length > 0 ? guide(s.devices, pairs(deviceOperators)) : undefined,
        processors.length > 0 ? guide(s.entrustment, pairs(processors)) : undefined,
      ],
    );
  }

  if (applies('overseas-transfer')) {
    const o = words.overseas;
    const transfers = policy.overseasTransfer;
    // PIPA Art. 28-8(1): only a transfer on consent can be refused (by withdrawing it); one disclosed as needed for the
    // contract, or resting on a law, a certification or an adequacy decision, cannot — even where the policy writes
    // that in `howToRefuse` ("cannot be refused on its own"). So each refusable one is named with its way.
    const refusable = transfers.filter(
      (transfer) => transfer.legalBasis === 'consent' && transfer.howToRefuse,
    );
    const unrefusable = transfers.filter((transfer) => transfer.legalBasis !== 'consent');
    topic(
      'overseas',
      ['overseas-transfer'],
      [
        friend(o.question),
        guide(
          o.yes,
          capped(
            transfers.map((transfer) =>
              words.pair(name(transfer.recipient), schema.format.country(transfer.country)),
            ),
            words,
          ),
        ),
        refusable.length > 0
          ? guide(
              unrefusable.length > 0 ? o.howToRefuseSome : o.howToRefuse,
              capped(
                refusable.map((transfer) => words.pair(name(transfer.recipient), text(transfer.howToRefuse))),
                words,
              ),
            )
          : undefined,
        refusable.length > 0 && unrefusable.length > 0 ? guide(o.cannotRefuseOthers) : undefined,
      ],
    );
  }

  if (ads && applies('behavioural-advertising')) {
    const a = words.ads;
    topic(
      'ads',
      ['behavioural-advertising'],
      [
        friend(a.question),
        guide(a.what),
        children ? guide(ads.childrenUnder14Excluded ? a.notToChildren : a.toChildren) : undefined,
        ads.deemedConsent ? guide(a.deemedConsent({ days: ads.deemedConsent.objectionDays })) : undefined,
        ads.optOut.available ? guide(a.canTurnOff, list(ads.optOut.how ?? [])) : guide(a.cannotTurnOff),
      ],
    );
  }

  // PIPC 2026 guideline, generative-AI appendix: the features, what prompts and answers hold, and training.
  if (ai) {
    const g = words.generativeAi;
    topic(
      'generative-ai',
      ['generative-ai'],
      [
        friend(g.question),
        guide(g.features, list(ai.features)),
        ai.prompts ? guide(g.prompts, list(ai.prompts.items)) : undefined,
        ai.training ? guide(g.training, list(ai.training.items)) : undefined,
        ai.training
          ? ai.training.optOut.available
            ? guide(g.canKeepOut, list(ai.training.optOut.how ?? []))
            : guide(g.cannotKeepOut)
          : undefined,
      ],
    );
  }

  if (applies('automated-decisions')) {
    const d = words.automatedDecisions;
    const decisions = policy.automatedDecisions;
    // PIPA Art. 37-2: an explanation can always be asked for; refusing only where the policy says so (`canRefuse`),
    // as the label claims it.
    const refusable = decisions.filter((decision) => decision.canRefuse === true);
    const allRefusable = refusable.length === decisions.length;
    topic(
      'automated-decisions',
      ['automated-decisions'],
      [
        friend(d.question),
        guide(d.yes, list(decisions.map((decision) => decision.name))),
        guide(
          allRefusable ? d.canObject : d.canAskWhy,
          list(decisions.map((decision) => decision.howToObject)),
        ),
        !allRefusable && refusable.length > 0
          ? guide(d.canSayNoTo, list(refusable.map((decision) => decision.name)))
          : undefined,
      ],
    );
  }

  // When it is deleted: the retention label's own facts, so the chat and the label say the same.
  const del = words.deletion;
  const retention = retentionLabel.facts(policy);
  const kinds = new Set(items.map((item) => item.retention.kind));
  // "When you take back your yes, we delete this" names only items no other group keeps on another rule: the
  // newsletter's email, kept for the account too, is not deleted when the newsletter's yes is taken back.
  const deletedOnWithdrawal = distinctTexts(
    items.filter((group) => group.retention.kind === 'untilConsentWithdrawn').flatMap((group) => group.items),
  ).filter((item) =>
    items.every(
      (group) =>
        group.retention.kind === 'untilConsentWithdrawn' ||
        !group.items.some((other) => sameText(other, item)),
    ),
  );
  // The longest fixed period, and the longest set by a law when that is a different one (the label names both): only
  // the law's would hide a longer period kept by choice and call the law's "longer".
  const { longest, longestByLaw } = retention;
  const inactive = policy.retention.inactiveAccounts;
  topic(
    'deletion',
    ['retention', 'destruction'],
    [
      friend(del.question),
      kinds.has('untilAccountDeletion') ? guide(del.untilAccountDeletion) : undefined,
      deletedOnWithdrawal.length > 0
        ? guide(del.untilConsentWithdrawn, list(deletedOnWithdrawal))
        : undefined,
      kinds.has('untilPurposeFulfilled') ? guide(del.untilPurposeFulfilled) : undefined,
      longest
        ? guide(
            del.kept({
              subject: text(longest.subject),
              duration: schema.format.duration(longest.duration),
              byLaw: longest.byLaw,
            }),
          )
        : undefined,
      longestByLaw
        ? guide(
            del.keptByLawToo({
              subject: text(longestByLaw.subject),
              duration: schema.format.duration(longestByLaw.duration),
            }),
          )
        : undefined,
      inactive
        ? guide(
            del.inactive({
              inactivity: schema.format.duration(inactive.inactivityPeriod),
              storage: schema.format.duration(inactive.separateStorage),
            }),
          )
        : undefined,
      retention.described ? guide(del.differs) : undefined,
      policy.destruction.deadline
        ? guide(del.deadline({ within: schema.format.duration(policy.destruction.deadline) }))
        : guide(del.withoutDelay),
    ],
  );

  // PIPA Arts. 35–38: the rights, and whom to ask.
  const r = words.rights;
  const department = policy.contactDepartment;
  const officer = policy.privacyOfficer;
  const contact = department
    ? [name(department.name), department.phone, department.email]
    : [name(officer.name), officer.phone, officer.email];
  topic(
    'rights',
    ['data-subject-rights', 'grievance-department', 'privacy-officer'],
    [
      friend(r.question),
      guide(r.answer),
      children ? guide(r.guardianForChild) : undefined,
      guide(
        r.channels,
        capped(
          policy.rights.channels.map((channel) =>
            words.pair(schema.rightsChannels[channel.kind], text(channel.detail)),
          ),
          words,
        ),
      ),
      policy.rights.responseTime
        ? guide(r.responseTime({ within: schema.format.duration(policy.rights.responseTime) }))
        : undefined,
      guide(r.whomToAsk, [contact.filter(Boolean).join(' · ')]),
      friend(r.thanks({ guide: characters.guide.name })),
      guide(r.goodbye),
    ],
  );

  const document: EasyReadDocument = { locale: words.locale, title: words.title, characters, intro, topics };
  if (children) {
    const n = words.guardianNote;
    const details: { term: string; value: string }[] = [];
    if (guardian) {
      details.push({ term: n.method, value: text(guardian.method) });
      details.push({ term: n.itemsFromGuardian, value: guardian.itemsFromGuardian.map(text).join(', ') });
    }
    if (policy.children.ageVerification) {
      details.push({ term: n.ageVerification, value: text(policy.children.ageVerification) });
    }
    document.guardianNote = {
      heading: n.heading,
      paragraphs: [
        n.lawful({ controller }),
        ...(ads ? [ads.childrenUnder14Excluded ? n.adsExcluded : n.adsNotExcluded] : []),
      ],
      details,
      sections: ['children'],
    };
  }
  return document;
}
