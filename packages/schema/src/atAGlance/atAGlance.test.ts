import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
import {
  type AtAGlanceStatement,
  assertPolicy,
  atAGlanceEn,
  atAGlanceKo,
  consentSummary,
  deriveAtAGlance,
  deriveLabels,
  type Policy,
  uniqueIdentifierKinds,
} from '../index.js';

const runs = { numRuns: 1000 };
// 1,000 generated policies per property: about a second alone, several while the whole suite shares two cores.
vi.setConfig({ testTimeout: 60_000 });
// 1,000 generated policies per property can outlast Vitest's 5 s default while other work shares the 2 cores.
vi.setConfig({ testTimeout: 60_000 });
const text = (label: string) => fc.nat(99).map((n) => ({ ko: `${label} ${n}`, en: `${label} ${n}` }));
const country = fc.constantFrom('US', 'JP', 'SG', 'DE', 'IE');

/**
 * The shared generated policies, with what they keep fixed varied here too: transfers abroad (and third parties and
 * processors abroad, each with the overseas particulars Decree Art. 31 asks for), pseudonymised information with and
 * without a recipient, and sensitive information and identification numbers on items whose basis allows them.
 */
const policyArbitrary = fc
  .record({
    input: policyInputArbitrary,
    transfers: fc.array(country, { maxLength: 3 }),
    providerCountries: fc.array(fc.option(country, { nil: undefined }), { maxLength: 6 }),
    processorCountries: fc.array(fc.option(country, { nil: undefined }), { maxLength: 6 }),
    pseudonymised: fc.array(fc.option(text('수령인'), { nil: undefined }), { maxLength: 2 }),
    sensitive: fc.boolean(),
    identifiers: fc.subarray([...uniqueIdentifierKinds]),
    // An advertising identifier (ADID/IDFA) among the automatic collection devices.
    advertisingId: fc.boolean(),
  })
  .map(
    ({
      input,
      transfers,
      providerCountries,
      processorCountries,
      pseudonymised,
      sensitive,
      identifiers,
      advertisingId,
    }) => {
      // A copy: fast-check hands the same generated value to the mapper again while shrinking.
      const policy = structuredClone(input) as Record<string, any>;
      const abroad = new Set<string>(transfers);
      const place = (entries: Record<string, unknown>[], countries: (string | undefined)[]) =>
        entries.forEach((entry, index) => {
          const chosen = countries[index];
          if (chosen) {
            entry.country = chosen;
            abroad.add(chosen);
          }
        });
      place(policy.thirdPartyProvision, providerCountries);
      place(policy.entrustment, processorCountries);
      policy.overseasTransfer = [...abroad].map((code, index) => ({
        recipient: { ko: `해외 수령인 ${index}`, en: `Recipient abroad ${index}` },
        contact: 'privacy@example.com',
        country: code,
        items: [{ ko: '이메일', en: 'Email' }],
        timingAndMethod: { ko: '수시로', en: 'As needed' },
        purpose: { ko: '보관', en: 'Storage' },
        retention: { ko: '1년', en: '1 year' },
        legalBasis: 'consent',
      }));
      policy.pseudonymisedInformation = pseudonymised.map((recipient) => ({
        purpose: { ko: '통계', en: 'Statistics' },
        items: [{ ko: '연령대', en: 'Age band' }],
        retention: { ko: '1년', en: '1 year' },
        ...(recipient ? { recipient } : {}),
      }));
      // Sensitive information and identification numbers sit on an item of their own, on a separate consent.
      if (sensitive || identifiers.length > 0) {
        policy.collectedItems.push({
          id: 'special',
          stage: 'serviceUse',
          items: [{ ko: '특수 항목', en: 'Special item' }],
          basis: 'separateConsent',
          purposeIds: ['purpose-0'],
          retention: { kind: 'untilPurposeFulfilled' },
          refusal: { canRefuse: true, effect: 'featureUnavailable' },
        });
      }
      policy.sensitiveInformation = sensitive ? [{ itemId: 'special' }] : [];
      policy.uniqueIdentifiers = identifiers.map((kind) => ({ kind, itemId: 'special' }));
      if (advertisingId) {
        policy.automaticCollection ??= { devices: [], optOut: { available: false } };
        policy.automaticCollection.devices.push({
          kind: 'advertisingId',
          name: { ko: '광고 식별자', en: 'Advertising ID' },
          purpose: { ko: '광고 측정', en: 'Ad measurement' },
        });
      }
      return assertPolicy(policy);
    },
  );

const topic = (statements: AtAGlanceStatement[], name: AtAGlanceStatement['topic']) =>
  statements.find((statement) => statement.topic === name);

/** What the data says, computed here from the policy's fields, independently of the function under test. */
function factsOf(policy: Policy) {
  // Every organisation that receives personal information, once: third parties, recipients of pseudonymised
  // information, and further provision without consent (PIPA Art. 17(4) is provision to a third party too).
  const recipients = new Set(
    [
      ...policy.thirdPartyProvision.map((entry) => entry.recipient),
      ...policy.pseudonymisedInformation.flatMap((entry) => (entry.recipient ? [entry.recipient] : [])),
      ...policy.additionalUse.flatMap((use) =>
        use.kind === 'provision' && use.recipient ? [use.recipient] : [],
      ),
    ].map((name) => name.ko),
  ).size;
  const countries = new Set(
    [
      ...policy.overseasTransfer.map((entry) => entry.country),
      ...policy.thirdPartyProvision.map((entry) => entry.country),
      ...policy.entrustment.map((entry) => entry.country),
    ].filter((code) => code !== 'KR'),
  );
  return {
    items: policy.collectedItems.reduce((sum, item) => sum + item.items.length, 0),
    optional: policy.collectedItems
      .filter((item) => item.basis === 'consentOptional' || item.basis === 'separateConsent')
      .reduce((sum, item) => sum + item.items.length, 0),
    recipients,
    countries: countries.size,
    ads: policy.behaviouralAdvertising,
    // Anything that suggests tracking for ads: personalised ads, an advertising identifier collected automatically,
    // or behavioural information collected at all.
    adSignals:
      policy.behaviouralAdvertising !== undefined ||
      policy.purposes.some((purpose) => purpose.category === 'personalisedAdvertising') ||
      policy.automaticCollection?.devices.some((device) => device.kind === 'advertisingId') === true ||
      policy.behaviouralInformation !== undefined,
    // A domestic agent (PIPA Art. 31-2) means the controller has no address in Korea: the data goes abroad.
    runFromAbroad: policy.domesticAgent !== undefined,
    special:
      policy.sensitiveInformation.length > 0 ||
      policy.uniqueIdentifiers.length > 0 ||
      // Health and biometric recognition data are sensitive information in themselves.
      policy.collectedItems.some((item) =>
        item.dataTypes?.some((type) => type === 'health' || type === 'biometricRecognition'),
      ),
    deemed:
      policy.collectedItems.some((item) => item.basis === 'deemedConsent') ||
      policy.behaviouralAdvertising?.basis === 'deemedConsent',
  };
}

describe('deriveAtAGlance: every statement agrees with the data, for generated policies', () => {
  it('gives four to six statements, the five topics always and deemed consent exactly when the policy uses it', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const { statements } = deriveAtAGlance(policy, { locale: 'ko' });
        expect(statements.length).toBeGreaterThanOrEqual(4);
        expect(statements.length).toBeLessThanOrEqual(6);
        expect(statements.slice(0, 5).map((statement) => statement.topic)).toEqual([
          'collectedItems',
          'thirdPartyProvision',
          'overseasTransfer',
          'adTracking',
          'sensitiveInformation',
        ]);
        expect(topic(statements, 'deemedConsent') !== undefined).toBe(factsOf(policy).deemed);
      }),
      runs,
    );
  });

  it('reassures ("제3자 제공 없음", "국외 이전 없음", no ad tracking, no sensitive data) only when nothing in the data contradicts it', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const facts = factsOf(policy);
        for (const locale of ['ko', 'en'] as const) {
          const { statements } = deriveAtAGlance(policy, { locale });
          const words = locale === 'ko' ? atAGlanceKo : atAGlanceEn;
          const reassuring = (name: AtAGlanceStatement['topic']) =>
            topic(statements, name)!.tone === 'reassurance';
          expect(reassuring('thirdPartyProvision')).toBe(facts.recipients === 0);
          expect(reassuring('overseasTransfer')).toBe(facts.countries === 0 && !facts.runFromAbroad);
          expect(reassuring('adTracking')).toBe(!facts.adSignals);
          expect(reassuring('sensitiveInformation')).toBe(!facts.special);
          expect(reassuring('collectedItems')).toBe(false);
          // The reassuring words appear exactly when the statement reassures: no other statement borrows them.
          const all = statements.map((statement) => statement.text);
          expect(all.includes(words.noThirdPartyProvision)).toBe(facts.recipients === 0);
          expect(all.includes(words.noOverseasTransfer)).toBe(facts.countries === 0 && !facts.runFromAbroad);
          expect(all.includes(words.noAdTracking)).toBe(!facts.adSignals);
          expect(all.includes(words.noSensitiveInformation)).toBe(!facts.special);
        }
      }),
      runs,
    );
  });

  it('states the numbers the data gives: items, optional items, recipients, countries, days to object', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const facts = factsOf(policy);
        const { statements } = deriveAtAGlance(policy, { locale: 'ko' });
        const items = topic(statements, 'collectedItems')!.text;
        expect(items).toContain(`개인정보 ${facts.items}개 항목`);
        expect(items.includes(`그중 ${facts.optional}개는 동의를 거부할 수 있음`)).toBe(facts.optional > 0);
        if (facts.recipients > 0)
          expect(topic(statements, 'thirdPartyProvision')!.text).toContain(
            `제3자 ${facts.recipients}곳에 제공합니다`,
          );
        if (facts.countries > 0) {
          const transfer = topic(statements, 'overseasTransfer')!;
          expect(transfer.text).toContain(`${facts.countries}개국`);
          expect(transfer.tone).toBe('attention');
        }
        const deemed = topic(statements, 'deemedConsent');
        if (deemed) {
          expect(deemed.tone).toBe('attention');
          expect(deemed.text).toContain(`${consentSummary(policy).shortestObjectionDays}일`);
        }
      }),
      runs,
    );
  });

  it('says personalised ads can be turned off only where the data gives a way out', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const ads = policy.behaviouralAdvertising;
        for (const locale of ['ko', 'en'] as const) {
          const statement = topic(deriveAtAGlance(policy, { locale }).statements, 'adTracking')!;
          const words = locale === 'ko' ? atAGlanceKo : atAGlanceEn;
          if (!ads) continue;
          expect(statement.text).toBe(words.adTracking({ canOptOut: ads.optOut.available }));
          expect(statement.tone).toBe(ads.optOut.available ? 'fact' : 'attention');
          // The data says whether there is a way out and how, never when: no "언제든" / "any time".
          expect(statement.text).not.toMatch(/언제든|any ?time/i);
        }
      }),
      runs,
    );
  });

  it('states plainly, without reassuring, a purpose of personalised advertising, an advertising identifier or behavioural information collected without an ad programme', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        if (policy.behaviouralAdvertising) return;
        const adsPurpose = policy.purposes.some((purpose) => purpose.category === 'personalisedAdvertising');
        const advertisingId =
          policy.automaticCollection?.devices.some((device) => device.kind === 'advertisingId') === true;
        const behaviouralInformation = policy.behaviouralInformation !== undefined;
        for (const locale of ['ko', 'en'] as const) {
          const statement = topic(deriveAtAGlance(policy, { locale }).statements, 'adTracking')!;
          const words = locale === 'ko' ? atAGlanceKo : atAGlanceEn;
          if (adsPurpose) {
            // A purpose of personalised advertising: said as a fact, linking to the purposes.
            expect(statement).toMatchObject({ tone: 'fact', text: words.adsPurpose, labelId: 'purposes' });
            continue;
          }
          if (!advertisingId && !behaviouralInformation) {
            expect(statement.text).toBe(words.noAdTracking);
            continue;
          }
          expect(statement.tone).toBe('fact');
          expect(statement.text).toBe(words.trackingSignals({ advertisingId, behaviouralInformation }));
          expect(statement.labelId).toBe(advertisingId ? 'automatic-collection' : 'behavioural-information');
        }
      }),
      runs,
    );
  });

  it('says a company abroad runs the service, with its domestic agent, and never "국외 이전 없음", where the policy names a domestic agent', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const agent = policy.domesticAgent;
        if (!agent) return;
        for (const locale of ['ko', 'en'] as const) {
          const { statements } = deriveAtAGlance(policy, { locale });
          const words = locale === 'ko' ? atAGlanceKo : atAGlanceEn;
          const statement = topic(statements, 'overseasTransfer')!;
          expect(statement.tone).not.toBe('reassurance');
          expect(statements.some((s) => s.text === words.noOverseasTransfer)).toBe(false);
          if (factsOf(policy).countries === 0) {
            expect(statement.text).toBe(words.runFromAbroad({ agent: agent.name[locale]! }));
            expect(statement.text).toContain(agent.name[locale]!);
            expect(statement.labelId).toBe('domestic-agent');
            // The data leaves Korea, as with a transfer abroad.
            expect(statement.tone).toBe('attention');
          }
        }
      }),
      runs,
    );
  });

  it('links a statement only to a section the page has (a label that applies)', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        const shown = new Set(deriveLabels(policy).map((label) => label.id));
        for (const statement of deriveAtAGlance(policy).statements) {
          if (statement.labelId) expect(shown.has(statement.labelId)).toBe(true);
          if (statement.tone === 'reassurance') expect(statement.labelId).toBeUndefined();
        }
      }),
      runs,
    );
  });
});

describe('deriveAtAGlance on the examples', () => {
  it('tells the small shop’s customers what it does not do', () => {
    const policy = assertPolicy(readExample('small-shop'));
    const { heading, statements } = deriveAtAGlance(policy, { locale: 'ko' });
    expect(heading).toBe('한눈에 보기');
    const texts = statements.map((statement) => statement.text);
    expect(texts).toContain('국외 이전 없음');
    expect(texts).toContain('맞춤형 광고 목적 추적 없음');
  });

  it('flags the messenger platform’s transfers abroad and deemed consent, in English too', () => {
    const policy = assertPolicy(readExample('messenger-platform'));
    const { statements } = deriveAtAGlance(policy, { locale: 'en' });
    expect(topic(statements, 'overseasTransfer')!.tone).toBe('attention');
    expect(topic(statements, 'deemedConsent')!.text).toMatch(
      /^Not objecting within \d+ days? counts as consent$/,
    );
  });
});
