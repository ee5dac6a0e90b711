import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
import {
  assertPolicy,
  type DerivedLabel,
  deriveLabels,
  durationInDays,
  formatDuration,
  labelDefinitions,
  type Policy,
  retentionPeriods,
} from '../index.js';

const runs = { numRuns: 1000 };
const policyArbitrary = policyInputArbitrary.map((input) => assertPolicy(input));
const label = (labels: DerivedLabel[], id: string) => labels.find((candidate) => candidate.id === id);
const both = (policy: Policy) => ({
  ko: deriveLabels(policy, { locale: 'ko' }),
  en: deriveLabels(policy, { locale: 'en' }),
});

describe('every caption says what the data says, for generated policies', () => {
  it('shows a label exactly when its definition applies, and the third-party label exactly when there is one', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const ids = deriveLabels(policy).map((derived) => derived.id);
        for (const definition of labelDefinitions) {
          expect(ids.includes(definition.id)).toBe(definition.applies(policy));
        }
        // Independent of the definitions: the data itself.
        expect(ids.includes('third-party-provision')).toBe(policy.thirdPartyProvision.length > 0);
        expect(ids.includes('behavioural-advertising')).toBe(policy.behaviouralAdvertising !== undefined);
        expect(ids.includes('children')).toBe(policy.children.collectsFromUnder14);
        const devices = (kind: string) => policy.videoDevices.filter((device) => device.kind === kind).length;
        expect(ids.includes('fixed-video-devices')).toBe(devices('fixed') > 0);
        expect(ids.includes('mobile-video-devices')).toBe(devices('mobile') > 0);
      }),
      runs,
    );
  });

  it('says "can opt out" only where the data gives a way out', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        const ads = policy.behaviouralAdvertising;
        if (ads) {
          expect(label(ko, 'behavioural-advertising')!.caption.includes('거부 가능')).toBe(
            ads.optOut.available,
          );
          expect(label(ko, 'behavioural-advertising')!.caption.includes('거부 불가')).toBe(
            !ads.optOut.available,
          );
          expect(label(en, 'behavioural-advertising')!.caption.includes('you can opt out')).toBe(
            ads.optOut.available,
          );
        }
        const tracking = policy.automaticCollection;
        if (tracking) {
          expect(label(ko, 'automatic-collection')!.caption.includes('거부 가능')).toBe(
            tracking.optOut.available,
          );
          expect(label(en, 'automatic-collection')!.caption.includes('you can refuse')).toBe(
            tracking.optOut.available,
          );
        }
        // No other label claims a way out at all.
        for (const derived of ko) {
          if (derived.id !== 'behavioural-advertising' && derived.id !== 'automatic-collection') {
            expect(derived.caption).not.toContain('거부 가능');
          }
        }
      }),
      runs,
    );
  });

  it('counts collected items by kind of consent, never counting deemed consent as required', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const count = (bases: string[]) =>
          policy.collectedItems
            .filter((item) => bases.includes(item.basis))
            .reduce((sum, item) => sum + item.items.length, 0);
        const deemed = count(['deemedConsent']);
        const optional = count(['consentOptional']);
        const separate = count(['separateConsent']);
        const required = count(['consentRequired', 'contract', 'legalObligation', 'legitimateInterest']);
        const { ko, en } = both(policy);
        const caption = label(ko, 'collected-items')!.caption;
        const numberAfter = (word: string) => Number(new RegExp(`${word} (\\d+)개`).exec(caption)?.[1] ?? 0);
        expect(numberAfter('간주 동의')).toBe(deemed);
        expect(numberAfter('선택')).toBe(optional);
        expect(numberAfter('별도 동의')).toBe(separate);
        expect(Number(/필수(?: 항목)? (\d+)개/.exec(caption)?.[1] ?? 0)).toBe(required);
        expect(label(en, 'collected-items')!.caption.includes(`${deemed} deemed-consent`)).toBe(deemed > 0);

        const flag = label(ko, 'collected-items')!.attention.find(
          (notice) => notice.code === 'deemed-consent',
        );
        expect(flag !== undefined).toBe(deemed > 0);
        if (flag) {
          const shortest = Math.min(
            ...policy.collectedItems.flatMap((item) => item.deemedConsent?.objectionDays ?? []),
            policy.behaviouralAdvertising?.deemedConsent?.objectionDays ?? Number.POSITIVE_INFINITY,
          );
          expect(flag.message).toContain(`${shortest}일`);
        }
        const endsContract = policy.collectedItems.some(
          (item) => item.refusal.effect === 'contractTerminated',
        );
        expect(label(ko, 'collected-items')!.attention.some((n) => n.code === 'refusal-ends-contract')).toBe(
          endsContract,
        );
      }),
      runs,
    );
  });

  it('counts and names recipients and processors as the PIPC rule asks: two or three names, then "외 N곳"', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        for (const [id, names] of [
          ['third-party-provision', policy.thirdPartyProvision.map((entry) => entry.recipient.ko!)],
          ['entrustment', policy.entrustment.map((entry) => entry.processor.ko!)],
        ] as const) {
          const caption = label(ko, id)?.caption;
          if (names.length === 0) {
            expect(caption).toBeUndefined();
            continue;
          }
          expect(caption).toContain(`${names.length}곳`);
          const shown = names.length <= 3 ? names : names.slice(0, 2);
          for (const name of shown) expect(caption).toContain(name);
          for (const name of names.slice(shown.length)) expect(caption).not.toContain(name);
          if (names.length > 3) expect(caption).toContain(`외 ${names.length - 2}곳`);
          if (names.length > 3) expect(label(en, id)!.caption).toContain(`and ${names.length - 2} more`);
        }
        const byLaw = policy.thirdPartyProvision.filter((entry) => entry.basis === 'legalObligation').length;
        if (policy.thirdPartyProvision.length > 0) {
          expect(label(ko, 'third-party-provision')!.caption.includes('법령에 따른')).toBe(byLaw > 0);
          expect(label(en, 'third-party-provision')!.caption.includes('by law')).toBe(byLaw > 0);
        }
      }),
      runs,
    );
  });

  it('leads retention with the longest period and names law-based retention whenever there is any', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        const caption = label(ko, 'retention')!.caption;
        const periods = retentionPeriods(policy);
        const longest = Math.max(0, ...periods.map((period) => durationInDays(period.duration)));
        const lawPeriods = periods.filter((period) => period.byLaw);
        if (periods.length > 0) {
          const first = periods.find((period) => durationInDays(period.duration) === longest)!;
          // The first period the caption states is the longest one.
          expect(caption.startsWith(`${first.subject.ko}`)).toBe(true);
          expect(caption.split(' · ')[0]).toContain(formatDuration(first.duration, 'ko'));
        }
        expect(caption.includes('법정 보관')).toBe(lawPeriods.length > 0);
        expect(label(en, 'retention')!.caption.includes('by law')).toBe(lawPeriods.length > 0);
        if (lawPeriods.length > 0) {
          const longestLaw = Math.max(...lawPeriods.map((period) => durationInDays(period.duration)));
          const named = lawPeriods.find((period) => durationInDays(period.duration) === longestLaw)!;
          expect(caption).toContain(
            `${named.subject.ko}${named.moreItems ? ' 등' : ''} ${formatDuration(named.duration, 'ko')} 법정 보관`,
          );
        }
      }),
      runs,
    );
  });

  it('counts video devices of each kind, in Korean and English', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        for (const [id, kind, koWord, enWord] of [
          ['fixed-video-devices', 'fixed', '고정형 CCTV', 'fixed camera'],
          ['mobile-video-devices', 'mobile', '이동형 영상기기', 'mobile camera'],
        ] as const) {
          const count = policy.videoDevices.filter((device) => device.kind === kind).length;
          if (count === 0) continue;
          expect(label(ko, id)!.caption.startsWith(`${koWord} ${count}대`)).toBe(true);
          expect(label(en, id)!.caption.startsWith(`${count} ${enWord}${count === 1 ? '' : 's'}`)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('never leaves a particle placeholder such as "(는)" or "이(가)" in Korean captions and flags', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        for (const derived of deriveLabels(policy, { locale: 'ko' })) {
          const words = [derived.title, derived.caption, ...derived.attention.map((flag) => flag.message)];
          for (const text of words)
            expect(text).not.toMatch(/\((은|는|이|가|을|를|으|와|과)\)|[가-힣]\((은|는|이|가|을|를)\)/);
        }
      }),
      runs,
    );
  });
});
