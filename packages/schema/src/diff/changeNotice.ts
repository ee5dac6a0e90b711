// A change notice as data: what changes on which date, the labels that change, the deadline to object, how to refuse,
// and the problems the checks find. The React component and the exported HTML and PDF put the same facts into words.

import { latestVersion } from '../labels/policyChanges.js';
import { type LintFinding, lintPolicy } from '../lint/lintPolicy.js';
import type { DeemedConsent, Policy } from '../policySchema.js';
import { type LocalizedText, localize } from '../text.js';
import {
  type DiffPoliciesOptions,
  diffPolicies,
  inLocales,
  type LocalizedMessage,
  messageLocales,
  type PolicyDiff,
} from './diffPolicies.js';

/** Processing that counts silence as consent: until when users can object, and how. */
export interface ChangeNoticeObjection {
  subject: LocalizedMessage;
  days: number;
  /** The last day to object (YYYY-MM-DD): the effective date plus the days given. */
  deadline: string;
  /** The sentence that says so: "…까지 거부 의사를 밝히지 않으면 동의한 것으로 봅니다." */
  sentence: LocalizedMessage;
  howToObject: LocalizedMessage;
}

/** What refusing a changed item costs and how to do it, in the policy's own words where it has them. */
export interface ChangeNoticeRefusal {
  subject: LocalizedMessage;
  /** "거부하면 이용 계약이 해지됩니다." — from the item's `refusal.effect`. */
  effect: LocalizedMessage;
  consequence?: LocalizedMessage;
  howToRefuse?: LocalizedMessage;
}

export interface ChangeNotice {
  controller: LocalizedMessage;
  version?: string;
  effectiveOn: string;
  announcedOn?: string;
  /** Days between announcement and effect. */
  noticeDays?: number;
  headline: LocalizedMessage;
  announced?: LocalizedMessage;
  overall: LocalizedMessage;
  diff: PolicyDiff;
  objections: ChangeNoticeObjection[];
  refusals: ChangeNoticeRefusal[];
  /** What `lintPolicy` finds in the new version, compared with the previous one: for the policy's author. */
  findings: LintFinding[];
}

export interface ChangeNoticeOptions extends DiffPoliciesOptions {
  /** Leave out the checks (`findings` empty). */
  skipLint?: boolean;
}

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The notice of the change from `previous` to `next`. */
export function changeNotice(
  previous: Policy,
  next: Policy,
  options: ChangeNoticeOptions = {},
): ChangeNotice {
  const locales = messageLocales(options.locales);
  const { translations } = options;
  const say = (compose: Parameters<typeof inLocales>[2]) => inLocales(locales, translations, compose);
  const text = (value: LocalizedText) => say((_, locale) => localize(value, locale));
  const diff = diffPolicies(previous, next, options);
  const version =
    next.versionHistory.find((entry) => entry.effectiveOn === next.effectiveDate) ?? latestVersion(next);
  const effectiveOn = next.effectiveDate;
  const announcedOn = version?.effectiveOn === effectiveOn ? version.announcedOn : undefined;
  const noticeDays = announcedOn ? daysBetween(announcedOn, effectiveOn) : undefined;
  const items = (values: readonly LocalizedText[], locale: string) =>
    values.map((value) => localize(value, locale));

  const touched = new Set(
    diff.changes.flatMap((change) =>
      change.path[0] === 'collectedItems' && change.kind !== 'removed' ? [change.path[1] as number] : [],
    ),
  );
  const objections: ChangeNoticeObjection[] = [];
  const refusals: ChangeNoticeRefusal[] = [];
  // Deemed consent of an item or of personalised ads: by when silence becomes consent, and how to object.
  const objection = (
    subject: LocalizedMessage,
    { objectionDays: days, howToObject }: DeemedConsent,
  ): ChangeNoticeObjection => {
    const deadline = addDays(effectiveOn, days);
    return {
      subject,
      days,
      deadline,
      sentence: say((words, locale) =>
        words.changeNotice.deadline({
          subject: subject[locale] ?? '',
          days,
          deadline: words.format.date(deadline),
        }),
      ),
      howToObject: text(howToObject),
    };
  };
  next.collectedItems.forEach((item, index) => {
    if (!touched.has(index)) return;
    const subject = say((words, locale) => words.format.list(items(item.items, locale)));
    if (item.deemedConsent) objections.push(objection(subject, item.deemedConsent));
    refusals.push({
      subject,
      effect: say((words) =>
        item.refusal.canRefuse
          ? words.refusalEffects[item.refusal.effect ?? 'none']
          : words.diff.cannotRefuse,
      ),
      ...(item.refusal.consequence ? { consequence: text(item.refusal.consequence) } : {}),
      ...(item.refusal.howToRefuse ? { howToRefuse: text(item.refusal.howToRefuse) } : {}),
    });
  });
  const ads = next.behaviouralAdvertising;
  const adsBefore = previous.behaviouralAdvertising;
  // New deemed consent for ads, a different time to object or another way to object: users must be told the new
  // deadline and how.
  if (
    ads?.deemedConsent &&
    (adsBefore?.basis !== 'deemedConsent' ||
      adsBefore.deemedConsent?.objectionDays !== ads.deemedConsent.objectionDays ||
      JSON.stringify(adsBefore.deemedConsent?.howToObject ?? null) !==
        JSON.stringify(ads.deemedConsent.howToObject))
  ) {
    objections.push(
      objection(
        say((words) => words.diff.areas.behaviouralAdvertising),
        ads.deemedConsent,
      ),
    );
  }

  return {
    controller: text(next.controller.name),
    ...(version ? { version: version.version } : {}),
    effectiveOn,
    ...(announcedOn ? { announcedOn } : {}),
    ...(noticeDays !== undefined ? { noticeDays } : {}),
    headline: say((words, locale) =>
      words.changeNotice.headline({
        controller: localize(next.controller.name, locale),
        effectiveOn: words.format.date(effectiveOn),
        ...(version ? { version: version.version } : {}),
      }),
    ),
    ...(announcedOn && noticeDays !== undefined
      ? {
          announced: say((words) =>
            words.changeNotice.announced({ announcedOn: words.format.date(announcedOn), days: noticeDays }),
          ),
        }
      : {}),
    overall: say((words) => words.changeNotice.overall[diff.impact]),
    diff,
    objections,
    refusals,
    findings: options.skipLint ? [] : lintPolicy(next, { ...options, previous }),
  };
}
