import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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
  thirdPartyRecipients,
} from '../index.js';

const runs = { numRuns: 1000 };
// 1,000 generated policies per property can outlast Vitest's 5 s default while other work shares the 2 cores.
vi.setConfig({ testTimeout: 60_000 });
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
        // No other label claims a way out at all (generative AI's training opt-out is checked below).
        const claimsWayOut = ['behavioural-advertising', 'automatic-collection', 'generative-ai'];
        for (const derived of ko) {
          if (!claimsWayOut.includes(derived.id)) {
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
          // The items' own shortest period: an ad programme's (shorter) one is the ads label's to state.
          const shortest = Math.min(
            ...policy.collectedItems.flatMap((item) => item.deemedConsent?.objectionDays ?? []),
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

  it('counts and names each third party once, however many provisions it receives, as at a glance does', () => {
    // The shared policies name every recipient differently; here some provisions go again to an earlier recipient,
    // some by law and some by consent.
    const withRepeats = fc
      .tuple(policyInputArbitrary, fc.array(fc.nat(5), { maxLength: 6 }))
      .map(([input, repeats]) => {
        const policy = structuredClone(input) as Record<string, any>;
        const provisions = policy.thirdPartyProvision as Record<string, any>[];
        repeats.forEach((from, index) => {
          if (index > 0 && index < provisions.length && from < index) {
            provisions[index]!.recipient = provisions[from]!.recipient;
          }
        });
        return assertPolicy(policy);
      });
    fc.assert(
      fc.property(withRepeats, (policy) => {
        if (policy.thirdPartyProvision.length === 0) return;
        const { ko, en } = both(policy);
        const companies = [...new Set(policy.thirdPartyProvision.map((entry) => entry.recipient.ko!))];
        const byLaw = new Set(
          policy.thirdPartyProvision
            .filter((entry) => entry.basis === 'legalObligation')
            .map((entry) => entry.recipient.ko!),
        ).size;
        const caption = label(ko, 'third-party-provision')!.caption;
        const enCaption = label(en, 'third-party-provision')!.caption;
        expect(caption).toContain(`${companies.length}곳`);
        expect(caption.includes(`${companies.length + 1}곳`)).toBe(false);
        const shown = companies.length <= 3 ? companies : companies.slice(0, 2);
        // Each name shown once: "A, A" would count one company twice.
        for (const name of shown) expect(caption.split(name).length - 1).toBe(1);
        if (companies.length > 3) expect(caption).toContain(`외 ${companies.length - 2}곳`);
        expect(enCaption).toContain(
          companies.length === 1 ? '1 third party' : `${companies.length} third parties`,
        );
        // By law: the companies that receive any provision by law, each once; "all by law" only when every
        // provision is (a company that also receives one by consent is not shared with by law alone).
        if (policy.thirdPartyProvision.every((entry) => entry.basis === 'legalObligation')) {
          expect(caption).toContain(`법령에 따른 제3자 제공 ${companies.length}곳`);
          expect(enCaption).toContain('Shared by law');
        } else if (byLaw > 0) {
          expect(caption).toContain(`(법령에 따른 제공 ${byLaw}곳)`);
          expect(enCaption).toContain(`(${byLaw} by law)`);
        } else expect(caption.includes('법령에 따른')).toBe(false);
        // At a glance counts the same companies where provision is the only way any company receives the data.
        const otherRecipients =
          policy.pseudonymisedInformation.some((entry) => entry.recipient) ||
          policy.additionalUse.some((use) => use.kind === 'provision' && use.recipient);
        if (!otherRecipients) expect(caption).toContain(`${thirdPartyRecipients(policy, 'ko').length}곳`);
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

describe('data-type labels say what the items say, for generated policies', () => {
  /** Independent of the label definitions: the groups that hold `type`, read straight from the data. */
  const groupsWith = (policy: Policy, test: (types: readonly string[]) => boolean) =>
    policy.collectedItems.filter((item) => test(item.dataTypes ?? []));
  /** Each item once, however many groups collect it: the same in Korean and English is the same item. */
  const distinct = (groups: Policy['collectedItems']) => {
    const seen = new Map<string, Policy['collectedItems'][number]['items'][number]>();
    for (const item of groups.flatMap((group) => group.items)) seen.set(`${item.ko}|${item.en}`, item);
    return [...seen.values()];
  };
  const itemNames = (groups: Policy['collectedItems'], locale: 'ko' | 'en') =>
    distinct(groups).map((item) => item[locale]!);

  it('shows each data-type label exactly when an item holds that type, counting and naming its items', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        for (const [id, holds, koWord] of [
          ['health-information', (t: readonly string[]) => t.includes('health'), '건강정보 관련'],
          ['location-information', (t: readonly string[]) => t.includes('location'), '위치정보 관련'],
          ['payment-information', (t: readonly string[]) => t.includes('payment'), '결제정보 관련'],
          [
            'biometric-information',
            (t: readonly string[]) => t.includes('biometric') || t.includes('biometricRecognition'),
            '생체정보 관련',
          ],
          [
            'biometric-recognition',
            (t: readonly string[]) => t.includes('biometricRecognition'),
            '생체인식정보 관련',
          ],
        ] as const) {
          const groups = groupsWith(policy, holds);
          expect(label(ko, id) !== undefined, id).toBe(groups.length > 0);
          if (groups.length === 0) continue;
          const names = itemNames(groups, 'ko');
          const shown =
            names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} 외 ${names.length - 2}개`;
          expect(label(ko, id)!.caption).toBe(`${koWord} 항목 ${names.length}개: ${shown}`);
          expect(
            label(en, id)!.caption.startsWith(`${names.length} item${names.length === 1 ? '' : 's'} `),
          ).toBe(true);
          for (const name of itemNames(groups, 'en').slice(0, names.length <= 3 ? 3 : 2)) {
            expect(label(en, id)!.caption).toContain(name);
          }
        }
      }),
      runs,
    );
  });

  it('shows images and video for items of images and for video devices, saying which', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        const names = itemNames(
          groupsWith(policy, (types) => types.includes('images')),
          'ko',
        );
        const devices = policy.videoDevices.length;
        const caption = label(ko, 'images-and-video')?.caption;
        expect(caption !== undefined).toBe(names.length > 0 || devices > 0);
        if (caption === undefined) return;
        expect(caption.startsWith(`개인영상정보 관련 항목 ${names.length}개: `)).toBe(names.length > 0);
        expect(caption.endsWith(`영상정보처리기기 ${devices}대로 촬영`)).toBe(devices > 0);
        expect(label(en, 'images-and-video')!.caption.includes('Filmed by')).toBe(devices > 0);
      }),
      runs,
    );
  });

  it('counts as sensitive every item referred to or of a sensitive type, and as ordinary every other', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko } = both(policy);
        const referenced = new Set(policy.sensitiveInformation.map((entry) => entry.itemId));
        const sensitive = policy.collectedItems.filter(
          (item) =>
            referenced.has(item.id) ||
            item.dataTypes?.includes('health') ||
            item.dataTypes?.includes('biometricRecognition'),
        );
        const sensitiveCount = distinct(sensitive).length;
        expect(label(ko, 'sensitive-information')?.caption).toBe(
          sensitive.length > 0 ? `민감정보 항목 ${sensitiveCount}개 처리` : undefined,
        );
        const identifiers = new Set(policy.uniqueIdentifiers.map((entry) => entry.itemId));
        const ordinary = policy.collectedItems.filter(
          (item) => !sensitive.includes(item) && !identifiers.has(item.id),
        );
        const ordinaryCount = distinct(ordinary).length;
        expect(
          label(ko, 'personal-information')?.caption.startsWith(`일반 개인정보 항목 ${ordinaryCount}개: `),
        ).toBe(ordinary.length > 0 ? true : undefined);
      }),
      runs,
    );
  });

  it('shows resident registration numbers and identity document numbers exactly when uniqueIdentifiers name them', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        const kinds = policy.uniqueIdentifiers.map((entry) => entry.kind);
        const rrn = kinds.includes('residentRegistrationNumber');
        expect(label(ko, 'resident-registration-number') !== undefined).toBe(rrn);
        // The flag is raised once, by the number's own label.
        const flags = ko.flatMap((derived) =>
          derived.attention.filter((f) => f.code === 'resident-registration-number'),
        );
        expect(flags.length).toBe(rrn ? 1 : 0);
        const documents = kinds.filter((kind) => kind !== 'residentRegistrationNumber');
        expect(label(ko, 'identity-document-numbers') !== undefined).toBe(documents.length > 0);
        if (documents.length > 0) {
          const names = {
            passportNumber: 'passport number',
            driversLicenseNumber: 'driver’s licence number',
            alienRegistrationNumber: 'alien registration number',
          } as const;
          for (const kind of documents)
            expect(label(en, 'identity-document-numbers')!.caption).toContain(names[kind]);
        }
      }),
      runs,
    );
  });
});

describe('the PIPC 2026 labels say what the data says, for generated policies', () => {
  const distinctTexts = (texts: readonly { ko?: string }[]) => new Set(texts.map((text) => text.ko)).size;
  /** Up to three distinct names are each named exactly once; more are two names and '외 N곳' for the other distinct ones. */
  const expectEachNamedOnce = (caption: string, names: readonly { ko?: string }[]) => {
    const distinct = [...new Set(names.map((name) => name.ko!))];
    if (distinct.length <= 3) {
      for (const name of distinct) expect(caption.split(name).length - 1).toBe(1);
    } else {
      expect(caption).toContain(` 외 ${distinct.length - 2}곳`);
    }
  };

  it('show each label exactly when its data is there', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const ids = new Set(deriveLabels(policy).map((derived) => derived.id));
        const inForce = policy.certifications.some(
          (entry) => entry.validFrom <= policy.effectiveDate && policy.effectiveDate <= entry.validTo,
        );
        expect(ids.has('additional-use')).toBe(policy.additionalUse.length > 0);
        expect(ids.has('behavioural-information')).toBe(
          policy.behaviouralInformation !== undefined || policy.behaviouralAdvertising !== undefined,
        );
        expect(ids.has('pseudonymisation')).toBe(policy.pseudonymisedInformation.length > 0);
        expect(ids.has('on-device-processing')).toBe(policy.onDeviceProcessing.length > 0);
        expect(ids.has('generative-ai')).toBe(policy.generativeAi !== undefined);
        expect(ids.has('certifications')).toBe(inForce);
        expect(ids.has('legal-representative')).toBe(policy.children.collectsFromUnder14);
        expect(ids.has('domestic-agent')).toBe(policy.domesticAgent !== undefined);
        expect(ids.has('access-requests')).toBe(policy.accessRequests !== undefined);
      }),
      runs,
    );
  });

  it('never name a certificate that is not in force on the effective date', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const caption = label(deriveLabels(policy, { locale: 'ko' }), 'certifications')?.caption;
        if (!caption) return;
        // "인증: A (2027. 3. 31.까지), B (…까지) 외 N건": each name with the last day of that certificate.
        const named = caption
          .replace(/^인증: /, '')
          .replace(/ 외 \d+건$/, '')
          .split(/(?<=까지\)), /);
        const inForce = policy.certifications.filter(
          (entry) => entry.validFrom <= policy.effectiveDate && policy.effectiveDate <= entry.validTo,
        );
        const koreanDate = (iso: string) => `${iso.split('-').map(Number).join('. ')}.`;
        const inForceNames = inForce.map(
          (entry) =>
            `${entry.name ? entry.name.ko : schemaNames[entry.scheme as keyof typeof schemaNames]} (${koreanDate(entry.validTo)}까지)`,
        );
        for (const name of named) expect(inForceNames).toContain(name);
        if (inForce.length <= 3) expect(named).toHaveLength(inForce.length);
        else expect(caption).toContain(` 외 ${inForce.length - 2}건`);
      }),
      runs,
    );
  });

  it('count further uses and provisions, behavioural items once, and say "can opt out" of AI training only when one can', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko, en } = both(policy);
        const provisions = policy.additionalUse.filter((use) => use.kind === 'provision').length;
        const uses = policy.additionalUse.length - provisions;
        const further = label(ko, 'additional-use')?.caption ?? '';
        expect(further.includes(`추가적 이용 ${uses}건`)).toBe(uses > 0);
        expect(further.includes(`추가적 제공 ${provisions}건`)).toBe(provisions > 0);

        const behavioural = label(ko, 'behavioural-information');
        if (behavioural) {
          const items = [
            ...(policy.behaviouralInformation?.items ?? []),
            ...(policy.behaviouralAdvertising?.items ?? []),
          ];
          expect(behavioural.caption.startsWith(`행태정보 ${distinctTexts(items)}종 수집`)).toBe(true);
          // The ads label leaves what is collected, and by whom, to this one.
          const ads = label(ko, 'behavioural-advertising')?.caption ?? '';
          for (const operator of policy.behaviouralAdvertising?.operators ?? []) {
            expect(ads).not.toContain(operator.name.ko);
          }
        }

        const training = policy.generativeAi?.training;
        const canOptOut = training?.optOut.available === true;
        expect((label(ko, 'generative-ai')?.caption ?? '').includes('AI 학습 이용(거부 가능)')).toBe(
          canOptOut,
        );
        expect((label(en, 'generative-ai')?.caption ?? '').includes('you can opt out')).toBe(canOptOut);
        expect((label(ko, 'generative-ai')?.caption ?? '').includes('AI 학습')).toBe(training !== undefined);
      }),
      runs,
    );
  });

  it('list exactly the rights a legal representative is given, and each pseudonymisation purpose named', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { ko } = both(policy);
        const guardian = label(ko, 'legal-representative')?.caption;
        if (guardian) {
          const rights = policy.children.guardianRights?.rights ?? [];
          for (const [right, word] of Object.entries(rightWords)) {
            expect(guardian.includes(word)).toBe(rights.includes(right as keyof typeof rightWords));
          }
        }
        const pseudonymisation = label(ko, 'pseudonymisation')?.caption;
        if (pseudonymisation) {
          for (const [purpose, word] of Object.entries(purposeWords)) {
            expect(pseudonymisation.includes(word)).toBe(
              policy.pseudonymisedInformation.some((entry) => entry.purposeKind === purpose),
            );
          }
          const combined = policy.pseudonymisedInformation.filter((entry) => entry.combination).length;
          expect(pseudonymisation.includes(`결합 ${combined}건`)).toBe(combined > 0);
          // A company that receives two uses is one place, named once.
          const recipients = policy.pseudonymisedInformation.flatMap((entry) =>
            entry.recipient ? [entry.recipient] : [],
          );
          expect(pseudonymisation.includes(`제공 ${distinctTexts(recipients)}곳: `)).toBe(
            recipients.length > 0,
          );
          expectEachNamedOnce(pseudonymisation, recipients);
        }
        const further = label(ko, 'additional-use')?.caption;
        if (further) {
          const recipients = policy.additionalUse.flatMap((use) =>
            use.kind === 'provision' && use.recipient ? [use.recipient] : [],
          );
          expectEachNamedOnce(further, recipients);
        }
      }),
      runs,
    );
  });
});

// Written out here rather than read from the words, so a wrong word in locales/ko.ts fails these tests.
const schemaNames = {
  ismsP: 'ISMS-P',
  isms: 'ISMS',
  iso27001: 'ISO/IEC 27001',
  iso27701: 'ISO/IEC 27701',
  apecCbpr: 'APEC CBPR',
  apecPrp: 'APEC PRP',
  other: '기타 인증',
};
const rightWords = {
  access: '열람',
  correction: '정정',
  deletion: '삭제',
  suspension: '처리정지',
  consentWithdrawal: '동의 철회',
};
const purposeWords = {
  statistics: '통계작성',
  scientificResearch: '과학적 연구',
  publicInterestArchiving: '공익적 기록보존',
};
