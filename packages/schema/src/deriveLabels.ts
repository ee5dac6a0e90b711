import { getLabelDefinition, type LabelFamily, type LabelId, labelCatalog } from './labelCatalog.js';
import type { Policy } from './policySchema.js';
import { type Locale, localize } from './text.js';
import {
  countryName,
  formatDate,
  formatDuration,
  formatList,
  formatRetention,
  uniqueIdentifierNames,
} from './vocabulary.js';

/** Things in the policy a reader should not miss; shown in words next to the label, never by colour alone. */
export const attentionCodes = [
  'deemed-consent',
  'no-way-to-refuse',
  'overseas-transfer',
  'ads-to-children',
  'resident-registration-number',
  'adverse-change',
] as const;
export type AttentionCode = (typeof attentionCodes)[number];

export const attentionMessages: Record<AttentionCode, { ko: string; en: string }> = {
  'deemed-consent': {
    ko: '간주 동의: 거부 의사를 밝히지 않으면 동의한 것으로 봅니다',
    en: 'Deemed consent: not objecting is treated as agreeing',
  },
  'no-way-to-refuse': {
    ko: '거부할 수 없는 동의 항목이 있습니다',
    en: 'Some consent items cannot be refused',
  },
  'overseas-transfer': {
    ko: '개인정보가 국외로 이전됩니다',
    en: 'Personal information is transferred abroad',
  },
  'ads-to-children': {
    ko: '만 14세 미만 아동에게도 맞춤형 광고를 보여 줍니다',
    en: 'Personalised ads are also shown to children under 14',
  },
  'resident-registration-number': {
    ko: '주민등록번호를 처리합니다',
    en: 'Resident registration numbers are processed',
  },
  'adverse-change': {
    ko: '최근 변경이 이용자에게 불리할 수 있습니다',
    en: 'The latest change may work against users',
  },
};

export interface AttentionFlag {
  code: AttentionCode;
  message: string;
}

export interface DerivedLabel {
  id: LabelId;
  family: LabelFamily;
  title: string;
  description: string;
  /** A short caption generated from the policy data, e.g. "제3자 제공 2곳". */
  caption: string;
  /** The id of the policy section this label summarises; link to `#${anchor}`. */
  anchor: string;
  attention: AttentionFlag[];
  legalReference: string;
}

export interface DeriveLabelsOptions {
  /** The language of titles and captions; defaults to the policy's `defaultLocale`. */
  locale?: Locale;
}

/** The anchor id used for a label's section, the same on every page this library renders. */
export function sectionAnchor(id: LabelId): string {
  return `privacy-${id}`;
}

interface Summary {
  caption: string;
  attention?: AttentionCode[];
}

type Summarise = (policy: Policy, locale: Locale) => Summary | undefined;

const ko = (locale: Locale) => locale === 'ko';
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * One rule per label: given the policy, return its caption and attention flags, or `undefined` when the label does
 * not apply. Labels are derived, never typed by hand.
 */
const summaries: Record<LabelId, Summarise> = {
  'collected-items': (policy, locale) => {
    let required = 0;
    let optional = 0;
    const attention = new Set<AttentionCode>();
    for (const item of policy.collectedItems) {
      if (item.basis === 'consentOptional') optional += item.items.length;
      else required += item.items.length;
      if (item.basis === 'deemedConsent') attention.add('deemed-consent');
      // Consent that cannot be declined is not free consent (Decree Art. 17).
      if ((item.basis === 'consentOptional' || item.basis === 'deemedConsent') && !item.refusal.canRefuse) {
        attention.add('no-way-to-refuse');
      }
    }
    const caption = ko(locale)
      ? optional > 0
        ? `필수 ${required}개 · 선택 ${optional}개 항목`
        : `필수 항목 ${required}개`
      : optional > 0
        ? `${required} required · ${optional} optional items`
        : `${required} required ${plural(required, 'item', 'items')}`;
    return { caption, attention: [...attention] };
  },
  'sensitive-information': (policy, locale) => {
    const count = policy.sensitiveInformation.reduce((sum, entry) => sum + entry.items.length, 0);
    if (count === 0) return undefined;
    return {
      caption: ko(locale)
        ? `민감정보 ${count}종 처리`
        : `${count} ${plural(count, 'kind', 'kinds')} of sensitive information`,
    };
  },
  'unique-identifiers': (policy, locale) => {
    if (policy.uniqueIdentifiers.length === 0) return undefined;
    const kinds = [...new Set(policy.uniqueIdentifiers.map((entry) => entry.kind))];
    const names = kinds.map((kind) => uniqueIdentifierNames[kind][locale]);
    const attention: AttentionCode[] = kinds.includes('residentRegistrationNumber')
      ? ['resident-registration-number']
      : [];
    const caption = ko(locale) ? `${names.join(', ')} 처리` : `Processes ${formatList(names, locale)}`;
    return { caption, attention };
  },
  purposes: (policy, locale) => {
    const count = policy.purposes.length;
    return {
      caption: ko(locale) ? `처리 목적 ${count}가지` : `${count} ${plural(count, 'purpose', 'purposes')}`,
    };
  },
  retention: (policy, locale) => {
    const kinds = new Set(policy.collectedItems.map((item) => item.retention.kind));
    let main: string;
    if (kinds.has('untilAccountDeletion'))
      main = ko(locale) ? '회원 탈퇴 시까지 보관' : 'Kept until you close your account';
    else if (kinds.has('untilPurposeFulfilled'))
      main = ko(locale) ? '목적 달성 시까지 보관' : 'Kept until the purpose is met';
    else if (kinds.has('untilConsentWithdrawn'))
      main = ko(locale) ? '동의 철회 시까지 보관' : 'Kept until you withdraw consent';
    else {
      const first = policy.collectedItems[0]!.retention;
      main = ko(locale)
        ? `${formatRetention(first, locale)} 보관`
        : `Kept: ${formatRetention(first, locale)}`;
    }
    const byLaw = policy.retention.legalRetention.length;
    if (byLaw === 0) return { caption: main };
    return { caption: ko(locale) ? `${main} · 법정 보관 ${byLaw}건` : `${main} · ${byLaw} kept by law` };
  },
  destruction: (policy, locale) => {
    const deadline = policy.destruction.deadline;
    if (deadline) {
      const within = formatDuration(deadline, locale);
      return { caption: ko(locale) ? `${within} 이내 파기` : `Destroyed within ${within}` };
    }
    return { caption: ko(locale) ? '지체 없이 파기' : 'Destroyed without delay' };
  },
  'third-party-provision': (policy, locale) => {
    const count = policy.thirdPartyProvision.length;
    if (count === 0) return undefined;
    return {
      caption: ko(locale)
        ? `제3자 제공 ${count}곳`
        : `Shared with ${count} third ${plural(count, 'party', 'parties')}`,
    };
  },
  entrustment: (policy, locale) => {
    const count = policy.entrustment.length;
    if (count === 0) return undefined;
    return {
      caption: ko(locale) ? `처리 위탁 ${count}곳` : `${count} ${plural(count, 'processor', 'processors')}`,
    };
  },
  'overseas-transfer': (policy, locale) => {
    const countries = [...new Set(policy.overseasTransfer.map((transfer) => transfer.country))];
    if (countries.length === 0) return undefined;
    const names = countries.map((code) => countryName(code, locale));
    let caption: string;
    if (countries.length <= 2) {
      caption = ko(locale) ? `국외 이전: ${names.join(', ')}` : `Transferred to ${formatList(names, locale)}`;
    } else
      caption = ko(locale)
        ? `국외 이전 ${countries.length}개국`
        : `Transferred to ${countries.length} countries`;
    return { caption, attention: ['overseas-transfer'] };
  },
  'automatic-collection': (policy, locale) => {
    const devices = policy.automaticCollection?.devices ?? [];
    if (devices.length === 0) return undefined;
    const usesCookies = devices.some((device) => device.kind === 'cookie');
    if (usesCookies)
      return { caption: ko(locale) ? '쿠키 사용 · 거부 가능' : 'Cookies · you can refuse them' };
    return {
      caption: ko(locale)
        ? `자동 수집 장치 ${devices.length}종 · 거부 가능`
        : `${devices.length} tracking ${plural(devices.length, 'tool', 'tools')} · you can refuse`,
    };
  },
  'behavioural-advertising': (policy, locale) => {
    const ads = policy.behaviouralAdvertising;
    if (!ads) return undefined;
    return {
      caption: ko(locale) ? '맞춤형 광고 · 거부 가능' : 'Personalised ads · you can opt out',
      attention: ads.childrenUnder14Excluded ? [] : ['ads-to-children'],
    };
  },
  'pseudonymised-information': (policy, locale) => {
    const count = policy.pseudonymisedInformation.length;
    if (count === 0) return undefined;
    return {
      caption: ko(locale)
        ? `가명정보 처리 ${count}건`
        : `${count} pseudonymised ${plural(count, 'use', 'uses')}`,
    };
  },
  'automated-decisions': (policy, locale) => {
    const count = policy.automatedDecisions.length;
    if (count === 0) return undefined;
    return {
      caption: ko(locale)
        ? `자동화된 결정 ${count}건 · 거부·설명 요구 가능`
        : `${count} automated ${plural(count, 'decision', 'decisions')} · you can object`,
    };
  },
  children: (policy, locale) => {
    if (!policy.children.collectsFromUnder14) return undefined;
    const adsToChildren =
      policy.behaviouralAdvertising && !policy.behaviouralAdvertising.childrenUnder14Excluded;
    return {
      caption: ko(locale) ? '만 14세 미만 · 법정대리인 동의' : 'Under 14 · guardian consent',
      attention: adsToChildren ? ['ads-to-children'] : [],
    };
  },
  'data-subject-rights': (policy, locale) => {
    const responseTime = policy.rights.responseTime;
    if (responseTime) {
      const within = formatDuration(responseTime, locale);
      return {
        caption: ko(locale)
          ? `열람·정정·삭제 요구 · ${within} 내 답변`
          : `Access, fix, delete · answer in ${within}`,
      };
    }
    return { caption: ko(locale) ? '열람·정정·삭제·처리정지 요구' : 'Access, fix, delete, stop' };
  },
  'security-measures': (policy, locale) => {
    const { administrative, technical, physical } = policy.securityMeasures;
    const count = administrative.length + technical.length + physical.length;
    if (count === 0) return { caption: ko(locale) ? '관리적·기술적·물리적 조치' : 'Security safeguards' };
    return {
      caption: ko(locale) ? `보호 조치 ${count}가지` : `${count} ${plural(count, 'safeguard', 'safeguards')}`,
    };
  },
  'privacy-officer': (policy, locale) => {
    const name = localize(policy.privacyOfficer.name, locale);
    return { caption: ko(locale) ? `보호책임자 ${name}` : `Officer: ${name}` };
  },
  'grievance-department': (policy, locale) => {
    const department = policy.contactDepartment;
    if (!department) return undefined;
    return { caption: `${localize(department.name, locale)} · ${department.phone}` };
  },
  remedies: (policy, locale) => {
    const count = policy.remedies.length;
    return {
      caption: ko(locale)
        ? `구제 기관 ${count}곳`
        : `${count} ${plural(count, 'place', 'places')} to seek redress`,
    };
  },
  'policy-changes': (policy, locale) => {
    const latest = latestVersion(policy);
    const effective = formatDate(latest?.effectiveOn ?? policy.effectiveDate, locale);
    return {
      caption: ko(locale) ? `${effective} 시행` : `In effect from ${effective}`,
      attention: latest?.adverseToUsers ? ['adverse-change'] : [],
    };
  },
};

/** The most recent entry of the version history by effective date, if any. */
export function latestVersion(policy: Policy): Policy['versionHistory'][number] | undefined {
  let latest: Policy['versionHistory'][number] | undefined;
  for (const version of policy.versionHistory) {
    if (!latest || version.effectiveOn > latest.effectiveOn) latest = version;
  }
  return latest;
}

/**
 * The labels that apply to a policy, in the catalog's order (processing labels first, then protection labels), each
 * with a caption generated from the data in the requested language.
 */
export function deriveLabels(policy: Policy, options: DeriveLabelsOptions = {}): DerivedLabel[] {
  const locale = options.locale ?? policy.defaultLocale;
  const labels: DerivedLabel[] = [];
  for (const definition of labelCatalog) {
    const summary = summaries[definition.id](policy, locale);
    if (!summary) continue;
    labels.push({
      id: definition.id,
      family: definition.family,
      title: definition.title[locale],
      description: definition.description[locale],
      caption: summary.caption,
      anchor: sectionAnchor(definition.id),
      attention: (summary.attention ?? []).map((code) => ({
        code,
        message: attentionMessages[code][locale],
      })),
      legalReference: definition.legalReference[locale],
    });
  }
  return labels;
}

/** Whether one label applies to a policy, without building the rest. */
export function labelApplies(policy: Policy, id: LabelId): boolean {
  getLabelDefinition(id);
  return summaries[id](policy, policy.defaultLocale) !== undefined;
}
