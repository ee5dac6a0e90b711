import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
// The public entry, which registers the built-in words (the labels' and the easy-read version's).
import { assertPolicy, deriveEasyRead, type EasyReadDocument, easyReadKo, type Policy } from '../index.js';

const example = (name: string) => assertPolicy(readExample(name));

/** Every sentence a reader sees: title, greetings, headings, messages and their lists, the note for parents. */
function allText(document: EasyReadDocument): string[] {
  return [
    document.title,
    ...document.intro.flatMap((message) => [message.text, ...(message.list ?? [])]),
    ...document.topics.flatMap((topic) => [
      topic.heading,
      ...topic.messages.flatMap((message) => [message.text, ...(message.list ?? [])]),
    ]),
    ...(document.guardianNote
      ? [
          document.guardianNote.heading,
          ...document.guardianNote.paragraphs,
          ...document.guardianNote.details.flatMap((detail) => [detail.term, detail.value]),
        ]
      : []),
  ];
}

/** Every name of a company, department or person in the policy, in Korean. */
function policyNames(policy: Policy): string[] {
  return [
    policy.controller.name,
    policy.serviceName,
    policy.privacyOfficer.name,
    policy.contactDepartment?.name,
    ...policy.thirdPartyProvision.map((entry) => entry.recipient),
    ...policy.entrustment.map((entry) => entry.processor),
    ...policy.overseasTransfer.map((entry) => entry.recipient),
    ...policy.pseudonymisedInformation.flatMap((entry) => [entry.recipient, entry.combination?.agency]),
    ...policy.additionalUse.map((use) => use.recipient),
    ...(policy.behaviouralAdvertising?.operators ?? []).map((operator) => operator.name),
    ...(policy.behaviouralInformation?.collectors ?? []).map((collector) => collector.name),
    ...(policy.automaticCollection?.devices ?? []).map((device) => device.operator),
    policy.generativeAi?.prompts?.processor,
  ]
    .flatMap((name) => (name?.ko ? [name.ko] : []))
    .sort((a, b) => b.length - a.length); // longest first: "… 주식회사(수탁자)" before "… 주식회사"
}

/** A policy built from an example with one part changed. */
function variant(name: string, change: (input: Record<string, unknown>) => void): Policy {
  const input = readExample(name);
  change(input);
  return assertPolicy(input);
}

const topicIds = (policy: Policy, locale = 'ko') =>
  deriveEasyRead(policy, { locale }).topics.map((t) => t.id);

describe('deriveEasyRead', () => {
  it.each(exampleNames().flatMap((name) => ['ko', 'en'].map((locale) => ({ name, locale }))))(
    '$name ($locale): every message has a speaker and words; the six core topics are there',
    ({ name, locale }) => {
      const document = deriveEasyRead(example(name), { locale });
      for (const message of [...document.intro, ...document.topics.flatMap((topic) => topic.messages)]) {
        expect(['guide', 'friend']).toContain(message.speaker);
        expect(message.text.trim()).not.toBe('');
      }
      expect(document.topics.map((topic) => topic.id)).toEqual(
        expect.arrayContaining(['personal-information', 'collection', 'use', 'deletion', 'rights']),
      );
      for (const topic of document.topics) expect(topic.messages.length).toBeGreaterThan(1);
    },
  );

  it.each(exampleNames())(
    '%s (ko): none of the hard words, except explained beside the easy word',
    (name) => {
      // Names are said as the policy writes them ("구름나래 클라우드 주식회사(수탁자)"), so they are left out here.
      const text = policyNames(example(name)).reduce(
        (rest, company) => rest.split(company).join(''),
        allText(deriveEasyRead(example(name), { locale: 'ko' })).join('\n'),
      );
      for (const { hard, easy } of easyReadKo.easyWords) {
        // "보호자(법정대리인)": the hard word explained beside the easy one is allowed (Appendix 2).
        const withoutExplained = text.split(`${easy}(${hard})`).join(easy);
        expect(withoutExplained, `"${hard}" in the easy-read text of ${name}`).not.toContain(hard);
      }
      // No hedged particles anywhere ("(는)", "이(가)", "을(를)", "(으)로").
      expect(text).not.toMatch(/\((은|는|이|가|을|를|으|과|와)\)/);
    },
  );

  // Every particle that agrees with the sound before it, after each noun swapped inside the policy's own sentences,
  // and some that do not change; the words explained beside their easy word take the particle of the easy word.
  const particleAgreement: readonly (readonly [hard: string, easy: string])[] = [
    ['법정대리인이', '보호자가'],
    ['법정대리인은', '보호자는'],
    ['법정대리인을', '보호자를'],
    ['법정대리인과', '보호자와'],
    ['법정대리인과의', '보호자와의'],
    ['법정대리인이나', '보호자나'],
    ['법정대리인으로', '보호자로'],
    ['법정대리인으로서', '보호자로서'],
    ['법정대리인으로부터', '보호자로부터'],
    ['법정대리인이란', '보호자란'],
    ['법정대리인이라면', '보호자라면'],
    ['법정대리인이랑', '보호자랑'],
    ['법정대리인의', '보호자의'],
    ['법정대리인에게', '보호자에게'],
    ['법정대리인도', '보호자도'],
    ['법정대리인인', '보호자인'],
    ['법정대리인입니다', '보호자입니다'],
    ['정보주체가', '내가'],
    ['정보주체는', '나는'],
    ['정보주체를', '나를'],
    ['정보주체와', '나와'],
    ['정보주체의', '나의'],
    ['정보주체로', '나로'],
    ['정보주체로부터', '나로부터'],
    ['정보주체에게', '나에게'],
    ['정보주체란', '나란'],
    ['정보주체도', '나도'],
    ['열람을', '보기(열람)를'],
    ['정정은', '고치기(정정)는'],
    ['철회와', '취소(철회)와'],
    ['파기가', '지우기(파기)가'],
    ['행태정보를', '내가 보고 누른 기록(행태정보)을'],
  ];

  it.each(particleAgreement)(
    'easy words in the policy’s own Korean sentences keep a particle that agrees: %s → %s',
    (hard, easy) => {
      expect(easyReadKo.simplify(`${hard} 확인합니다.`)).toBe(`${easy} 확인합니다.`);
      expect(easyReadKo.simplify(`만 14세 미만 아동은 ${hard} 함께 옵니다`)).toBe(
        `만 14세 미만 아동은 ${easy} 함께 옵니다`,
      );
      expect(easyReadKo.simplify(`요청:${hard}`)).toBe(`요청:${easy}`);
    },
  );

  it.each([
    ['동의하는 사람은 법정대리인.', '동의하는 사람은 보호자.'],
    ['권리를 가진 사람: 정보주체', '권리를 가진 사람: 나'],
    ['법정대리인(부모) 동의', '보호자(부모) 동의'],
    ['정보주체·법정대리인', '나·보호자'],
  ])('easy words at the end of a sentence or before other signs take no particle: %s', (text, simplified) => {
    expect(easyReadKo.simplify(text)).toBe(simplified);
  });

  it.each(exampleNames())(
    '%s (ko): no particle left behind by a swapped noun ("보호자이", "나가")',
    (name) => {
      const text = allText(deriveEasyRead(example(name), { locale: 'ko' })).join('\n');
      expect(text).not.toMatch(/보호자(이|은|을|과|으로)(?![가-힣])|(?<![가-힣])나가(?![가-힣])/);
    },
  );

  it('messenger-platform (ko): the guardian consent method reads "보호자가 자녀 가입 화면에서"', () => {
    const text = allText(deriveEasyRead(example('messenger-platform'), { locale: 'ko' })).join('\n');
    expect(text).toContain('보호자가 자녀 가입 화면에서');
    expect(text).toContain('보호자의 휴대전화로');
  });

  it('headings are questions, after Appendix 2 ("내 정보를 다른 회사에 주나요?")', () => {
    const document = deriveEasyRead(example('small-shop'), { locale: 'ko' });
    for (const topic of document.topics) expect(topic.heading).toMatch(/\?$/);
    expect(document.topics.find((topic) => topic.id === 'sharing')?.heading).toBe(
      '내 정보를 다른 회사에 주나요?',
    );
  });

  it('tells guardian consent, with a note for parents, exactly when children’s information is processed', () => {
    const kids = deriveEasyRead(example('kids-learning-app'), { locale: 'ko' });
    expect(kids.topics.map((topic) => topic.id)).toContain('guardian-consent');
    expect(kids.guardianNote?.paragraphs.join(' ')).toContain('보호자(법정대리인)');
    expect(kids.guardianNote?.details.map((detail) => detail.value).join(' ')).toContain('휴대전화 본인확인');
    const adults = variant('kids-learning-app', (input) => {
      input.children = { collectsFromUnder14: false };
    });
    expect(topicIds(adults)).not.toContain('guardian-consent');
    expect(deriveEasyRead(adults).guardianNote).toBeUndefined();
  });

  it('has a sharing topic only when some company receives the information, and says "no one uses it for themselves" only with processors alone', () => {
    const kids = deriveEasyRead(example('kids-learning-app'), { locale: 'ko' });
    const sharing = kids.topics.find((topic) => topic.id === 'sharing')!;
    // Its error-reporting SDK is run by another company: named, without "we do not give it".
    expect(sharing.messages.map((message) => message.text)).not.toContain(easyReadKo.sharing.no);
    expect(sharing.messages.find((message) => message.text === easyReadKo.sharing.devices)?.list).toEqual([
      '구름나래 클라우드 주식회사(수탁자) — 앱이 멈춘 원인을 알려 줍니다.',
    ]);
    expect(sharing.sections).toEqual(['entrustment', 'automatic-collection']);
    const processorsOnly = variant('kids-learning-app', (input) => {
      delete input.automaticCollection;
    });
    for (const [locale, no] of [
      ['ko', '아니요. 다른 회사가 자기 일에 쓰도록 주지는 않아요.'],
      ['en', 'No. We do not give it to other companies to use for themselves.'],
    ] as const) {
      const texts = deriveEasyRead(processorsOnly, { locale })
        .topics.find((topic) => topic.id === 'sharing')!
        .messages.map((message) => message.text);
      expect(texts).toContain(no);
    }
    const shop = deriveEasyRead(example('small-shop'), { locale: 'ko' });
    const shopSharing = shop.topics.find((topic) => topic.id === 'sharing')!;
    expect(shopSharing.messages.map((message) => message.text)).not.toContain(easyReadKo.sharing.no);
    const nobody = variant('kids-learning-app', (input) => {
      input.entrustment = [];
      delete input.automaticCollection;
    });
    expect(topicIds(nobody)).not.toContain('sharing');
  });

  it('names recipients of pseudonymised information and of further provision even with no third party or processor (PIPA Arts. 28-2, 17(4))', () => {
    const study = readExample('messenger-platform').pseudonymisedInformation as Record<string, unknown>[];
    const onlyPseudonymised = variant('kids-learning-app', (input) => {
      input.entrustment = [];
      delete input.automaticCollection;
      input.pseudonymisedInformation = [study[1]];
    });
    const onlyFurtherProvision = variant('kids-learning-app', (input) => {
      input.entrustment = [];
      delete input.automaticCollection;
      input.pseudonymisedInformation = [];
      input.additionalUse = [
        {
          kind: 'provision',
          items: [{ ko: '보호자 연락처', en: "Parent's contact details" }],
          purpose: { ko: '학습 교재 배송', en: 'Delivering workbooks' },
          recipient: { ko: '(주)별빛택배', en: 'Starlight Parcel Co.' },
          criteria: [
            { criterion: 'relatedToOriginalPurpose', assessment: { ko: '관련 있음', en: 'Related' } },
          ],
        },
      ];
    });
    const cases = [
      {
        policy: onlyPseudonymised,
        section: 'pseudonymisation',
        ko: '한빛대학교 도시교통연구소 — 과학적 연구: 대학 연구소와 함께 도시 이동 패턴과 대중교통 이용을 연구합니다.',
        en: 'Hanbit University Institute of Urban Transport — Scientific research: a joint study with a university institute of how people move around cities and use public transport.',
      },
      {
        policy: onlyFurtherProvision,
        section: 'additional-use',
        ko: '(주)별빛택배 — 학습 교재 배송',
        en: 'Starlight Parcel Co. — Delivering workbooks',
      },
    ];
    for (const { policy, section, ko, en } of cases) {
      const inKo = deriveEasyRead(policy, { locale: 'ko' }).topics.find((topic) => topic.id === 'sharing')!;
      expect(inKo.sections).toEqual([section]);
      expect(inKo.messages[1]).toEqual({
        speaker: 'guide',
        text: '네. 1곳에 줘요. 누가 무엇에 쓰는지 알려 줄게요.',
        list: [ko],
      });
      expect(inKo.messages.map((message) => message.text)).not.toContain(easyReadKo.sharing.no);
      const inEn = deriveEasyRead(policy, { locale: 'en' }).topics.find((topic) => topic.id === 'sharing')!;
      expect(inEn.messages[1]).toEqual({
        speaker: 'guide',
        text: 'Yes, to 1 place. Here is who gets it and what for.',
        list: [en],
      });
    }
  });

  it('counts ad operators and overseas recipients as companies it gives the information to', () => {
    const messenger = readExample('messenger-platform') as {
      overseasTransfer: { legalBasis: string }[];
      behaviouralAdvertising: unknown;
    };
    const policy = variant('bakery-cafe', (input) => {
      input.overseasTransfer = [messenger.overseasTransfer.find((entry) => entry.legalBasis === 'consent')];
      input.behaviouralAdvertising = messenger.behaviouralAdvertising;
    });
    expect(policy.thirdPartyProvision).toEqual([]);
    const sharing = (locale: string) =>
      deriveEasyRead(policy, { locale }).topics.find((topic) => topic.id === 'sharing')!;
    const ko = sharing('ko');
    expect(ko.messages.map((message) => message.text)).not.toContain(easyReadKo.sharing.no);
    expect(ko.messages[1]!.text).toBe('네. 3곳에 줘요. 누가 무엇에 쓰는지 알려 줄게요.');
    expect(ko.messages[1]!.list!.map((entry) => entry.split(' — ')[0])).toEqual([
      '파인크레스트 메일(Pinecrest Mail Ltd.)',
      '도토리애즈(도토리톡 주식회사의 광고 플랫폼)',
      '메이플 메저(Maple Measure Inc.)',
    ]);
    expect(ko.sections).toEqual(['entrustment', 'overseas-transfer', 'behavioural-information']);
    const en = sharing('en');
    expect(en.messages.map((message) => message.text)).not.toContain(
      'No. We do not give it to other companies to use for themselves.',
    );
    expect(en.messages[1]!.text).toBe('Yes, to 3 places. Here is who gets it and what for.');
    expect(en.messages[1]!.list!.map((entry) => entry.split(' — ')[0])).toEqual([
      'Pinecrest Mail Ltd.',
      "Dotori Ads (Dotori Talk Corp.'s ad platform)",
      'Maple Measure Inc.',
    ]);
  });

  it('says "no one uses it for themselves" only when no company receives it, and names every recipient, for generated policies', () => {
    fc.assert(
      fc.property(policyInputArbitrary, (input) => {
        const policy = assertPolicy(input);
        const recipients = new Set(
          [
            ...policy.thirdPartyProvision.map((entry) => entry.recipient),
            ...policy.pseudonymisedInformation.flatMap((entry) => [
              ...(entry.recipient ? [entry.recipient] : []),
              ...(entry.combination ? [entry.combination.agency] : []),
            ]),
            ...policy.additionalUse.flatMap((use) =>
              use.kind === 'provision' && use.recipient ? [use.recipient] : [],
            ),
            ...policy.overseasTransfer.map((entry) => entry.recipient),
            ...(policy.behaviouralAdvertising?.operators ?? []).map((operator) => operator.name),
            ...(policy.behaviouralInformation?.collectors ?? []).map((collector) => collector.name),
          ].map((name) => name.ko),
        );
        const others =
          policy.entrustment.length +
          (policy.automaticCollection?.devices.filter((device) => device.operator).length ?? 0) +
          (policy.generativeAi?.prompts?.processor ? 1 : 0);
        const sharing = deriveEasyRead(policy, { locale: 'ko' }).topics.find(
          (topic) => topic.id === 'sharing',
        );
        expect(sharing !== undefined).toBe(recipients.size + others > 0);
        const texts = sharing?.messages.map((message) => message.text) ?? [];
        if (recipients.size > 0) {
          expect(texts).not.toContain(easyReadKo.sharing.no);
          expect(texts).toContain(easyReadKo.sharing.yes({ count: recipients.size }));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('says names as the policy writes them and simplifies only the descriptive text', () => {
    const policy = variant('kids-learning-app', (input) => {
      const entrustment = input.entrustment as Record<string, unknown>[];
      entrustment.push({
        ...entrustment[0],
        processor: { ko: '(주)세이프문서파기', en: 'Safe Shredding Inc.' },
        task: { ko: '종이 신청서 파기', en: 'Shredding paper forms' },
      });
      input.contactDepartment = {
        ...(input.contactDepartment as object),
        name: { ko: '정보주체 권리보장팀', en: 'Data Subject Rights Shredding Team' },
      };
      (input.controller as { name: unknown }).name = { ko: '열람소프트 주식회사', en: 'Shredding Soft Inc.' };
    });
    const messages = (document: EasyReadDocument) => [
      ...document.intro,
      ...document.topics.flatMap((topic) => topic.messages),
    ];
    const ko = deriveEasyRead(policy, { locale: 'ko' });
    const koLists = messages(ko).flatMap((message) => message.list ?? []);
    expect(koLists).toContain('(주)세이프문서파기 — 종이 신청서 지우기(파기)');
    expect(koLists.find((entry) => entry.startsWith('정보주체 권리보장팀 · '))).toBeDefined();
    expect(ko.intro[1]!.text).toContain('열람소프트 주식회사가');
    expect(ko.guardianNote!.paragraphs[0]).toContain('열람소프트 주식회사는');
    expect(allText(ko).join('\n')).not.toMatch(/세이프문서지우기|나 권리보장팀|보기\(열람\)소프트/);
    // The same holds for any language whose simplify changes words: here an English one that says "Deleting".
    const en = deriveEasyRead(policy, {
      locale: 'en',
      translations: [
        {
          locale: 'en',
          words: { easyRead: { simplify: (text) => text.replaceAll('Shredding', 'Deleting') } },
        },
      ],
    });
    const enLists = messages(en).flatMap((message) => message.list ?? []);
    expect(enLists).toContain('Safe Shredding Inc. — Deleting paper forms');
    expect(enLists.find((entry) => entry.startsWith('Data Subject Rights Shredding Team · '))).toBeDefined();
    expect(en.intro[1]!.text).toContain('how Shredding Soft Inc. looks after');
  });

  it('deletion: the longest period, and the law’s longest too when a period kept by choice is longer', () => {
    const deletion = (policy: Policy, locale: string) =>
      deriveEasyRead(policy, { locale })
        .topics.find((topic) => topic.id === 'deletion')!
        .messages.map((message) => message.text);
    // The small shop keeps its contract records 5 years by law; here the marketing items are kept 10 years by choice.
    const longerByChoice = variant('small-shop', (input) => {
      const marketing = (input.collectedItems as { id: string; retention: unknown }[]).find(
        (item) => item.id === 'marketing',
      )!;
      marketing.retention = { kind: 'period', duration: { value: 10, unit: 'years' } };
    });
    const ko = deletion(longerByChoice, 'ko');
    expect(ko).toContain('이메일 주소 같은 정보는 10년 동안 둬요.');
    expect(ko).toContain(
      '법 때문에 따로 두는 정보도 있어요. 계약 또는 청약취소(철회) 기록 같은 정보는 5년 동안 따로 둬요.',
    );
    expect(ko.join(' ')).not.toContain('더 오래');
    const en = deletion(longerByChoice, 'en');
    expect(en).toContain('Things like Email address are kept for 10 years.');
    expect(en).toContain(
      'The law also makes us keep some things. Things like Records of contracts and cancellations are kept apart for 5 years.',
    );
    expect(en.join(' ')).not.toContain('longer');
    // When the law's period is the longest, it alone is said, as the longer one.
    const shop = example('small-shop');
    expect(deletion(shop, 'ko')).toContain(
      '법 때문에 더 오래 두는 정보도 있어요. 계약 또는 청약취소(철회) 기록 같은 정보는 5년 동안 따로 둬요.',
    );
    expect(deletion(shop, 'en')).toContain(
      'The law makes us keep some things longer. Things like Records of contracts and cancellations are kept apart for 5 years.',
    );
    expect(deletion(shop, 'ko').filter((text) => text.includes('5년')).length).toBe(1);
  });

  it('says ads can be turned off only where the policy gives a way, and whether children see them', () => {
    const ads = (optOut: object, childrenUnder14Excluded: boolean) =>
      variant('kids-learning-app', (input) => {
        input.behaviouralAdvertising = {
          items: [{ ko: '본 놀이', en: 'Games viewed' }],
          collectionMethod: { ko: '앱 사용 중', en: 'In the app' },
          purpose: { ko: '맞춤 광고', en: 'Ads' },
          retention: { ko: '6개월', en: '6 months' },
          // Optional consent can always be declined; with no way out, the ads rest on legitimate interest.
          basis: (optOut as { available: boolean }).available ? 'consentOptional' : 'legitimateInterest',
          optOut,
          childrenUnder14Excluded,
        };
      });
    const messages = (policy: Policy) =>
      deriveEasyRead(policy, { locale: 'ko' })
        .topics.find((topic) => topic.id === 'ads')!
        .messages.map((message) => message.text);
    const off = messages(ads({ available: true, how: [{ ko: '설정에서 끄기' }] }, true));
    expect(off).toContain('맞춤 광고는 끌 수 있어요.');
    expect(off).toContain('14살이 안 된 어린이에게는 맞춤 광고를 보여 주지 않아요.');
    const stuck = messages(ads({ available: false }, false));
    expect(stuck).toContain('맞춤 광고를 끌 수 있는 방법이 없어요.');
    expect(stuck).not.toContain('맞춤 광고는 끌 수 있어요.');
    expect(stuck).toContain('14살이 안 된 어린이에게도 맞춤 광고를 보여 줄 수 있어요.');
    expect(topicIds(example('kids-learning-app'))).not.toContain('ads');
  });

  it('states deemed consent with its days to object', () => {
    const policy = variant('small-shop', (input) => {
      (input.collectedItems as unknown[]).push({
        id: 'usage-patterns',
        stage: 'automatic',
        items: [{ ko: '이용 패턴', en: 'Usage patterns' }],
        basis: 'deemedConsent',
        deemedConsent: { objectionDays: 7, howToObject: { ko: '설정에서 거부', en: 'Refuse in settings' } },
        purposeIds: [(input.purposes as { id: string }[])[0]!.id],
        retention: { kind: 'untilAccountDeletion' },
        refusal: { canRefuse: true, effect: 'none' },
      });
    });
    const texts = deriveEasyRead(policy, { locale: 'ko' }).topics.flatMap((topic) =>
      topic.messages.map((message) => message.text),
    );
    expect(texts).toContain('7일 안에 싫다고 하지 않으면 좋다고 한 것으로 봐요.');
    // Deemed consent can always be refused within its days, so it adds no "cannot refuse" line of its own.
    expect(texts).not.toContain('싫다고 할 수 없는 정보도 있어요.');
  });

  it('has overseas and automated-decision topics exactly when the policy has that data', () => {
    const kids = topicIds(example('kids-learning-app'));
    expect(kids).not.toContain('overseas');
    expect(kids).not.toContain('automated-decisions');
    const messenger = example('messenger-platform');
    expect(topicIds(messenger).includes('overseas')).toBe(messenger.overseasTransfer.length > 0);
    expect(topicIds(messenger).includes('automated-decisions')).toBe(messenger.automatedDecisions.length > 0);
  });

  it('has location, camera and AI topics exactly when the policy has that data, in every example', () => {
    for (const name of exampleNames()) {
      const policy = example(name);
      const ids = topicIds(policy);
      expect(ids.includes('location'), name).toBe(
        policy.collectedItems.some((item) => item.dataTypes?.includes('location')),
      );
      expect(ids.includes('cameras'), name).toBe(policy.videoDevices.length > 0);
      expect(ids.includes('generative-ai'), name).toBe(policy.generativeAi !== undefined);
    }
    const withoutAny = variant('messenger-platform', (input) => {
      input.videoDevices = [];
      delete input.generativeAi;
      for (const item of input.collectedItems as { dataTypes?: string[] }[])
        item.dataTypes = item.dataTypes?.filter((type) => type !== 'location');
    });
    expect(
      topicIds(withoutAny).filter((id) => ['location', 'cameras', 'generative-ai'].includes(id)),
    ).toEqual([]);
  });

  it('cameras: a question heading, one line per camera (where — why), mobile ones named, footage kept and asking to see it', () => {
    const shop = deriveEasyRead(example('small-shop'), { locale: 'ko' });
    const topic = shop.topics.find((entry) => entry.id === 'cameras')!;
    expect(topic.heading).toBe('카메라로 나를 찍나요?');
    expect(topic.sections).toEqual(['fixed-video-devices']);
    const device = example('small-shop').videoDevices[0]!;
    const texts = topic.messages.map((message) => message.text);
    expect(texts).toContain('네. 카메라 1대가 있어요. 어디서 왜 찍는지 알려 줄게요.');
    expect(topic.messages[1]!.list).toEqual([`${device.locations.ko} — ${device.purpose.ko}`]);
    expect(texts).toContain('찍은 영상은 30일 동안 두었다가 지워요.');
    expect(texts).not.toContain('몸에 달거나 들고 다니며 찍는 카메라도 있어요.');
    const messenger = deriveEasyRead(example('messenger-platform'), { locale: 'en' });
    const both = messenger.topics.find((entry) => entry.id === 'cameras')!;
    expect(both.sections).toEqual(['fixed-video-devices', 'mobile-video-devices']);
    expect(both.messages.map((message) => message.text)).toContain(
      'Some cameras are worn or carried around.',
    );
    // Different retention periods: the longest, said as "up to".
    const longer = variant('messenger-platform', (input) => {
      const devices = input.videoDevices as { retention: unknown }[];
      devices[1]!.retention = { value: 3, unit: 'months' };
    });
    expect(
      deriveEasyRead(longer, { locale: 'ko' })
        .topics.find((entry) => entry.id === 'cameras')!
        .messages.map((message) => message.text),
    ).toContain('찍은 영상은 길게는 3개월 동안 두었다가 지워요.');
  });

  it('generative AI: the features, what prompts hold, and keeping out of training only where the policy gives a way', () => {
    const policy = example('messenger-platform');
    const ai = policy.generativeAi!;
    const topic = deriveEasyRead(policy, { locale: 'ko' }).topics.find(
      (entry) => entry.id === 'generative-ai',
    )!;
    expect(topic.heading).toBe('인공지능(AI)이 내 정보를 쓰나요?');
    expect(topic.messages[1]!.list).toEqual(ai.features.map((feature) => feature.ko));
    const texts = topic.messages.map((message) => message.text);
    expect(texts.includes('내 정보로 가르치지 말라고 할 수 있어요.')).toBe(
      ai.training?.optOut.available === true,
    );
    const noOptOut = variant('messenger-platform', (input) => {
      const training = (input.generativeAi as { training: { optOut: unknown } }).training;
      training.optOut = { available: false };
    });
    const without = deriveEasyRead(noOptOut, { locale: 'en' }).topics.find(
      (entry) => entry.id === 'generative-ai',
    )!;
    expect(without.messages.map((message) => message.text)).toContain(
      'There is no way to stop us teaching it with your information.',
    );
    const promptsOnly = variant('messenger-platform', (input) => {
      delete (input.generativeAi as { training?: unknown }).training;
    });
    const prompts = deriveEasyRead(promptsOnly, { locale: 'ko' }).topics.find(
      (entry) => entry.id === 'generative-ai',
    )!;
    expect(prompts.messages.some((message) => message.text.includes('가르치'))).toBe(false);
  });

  it('location: the items that show where I am, and "you need not tell" only when every one can be left out', () => {
    const policy = example('messenger-platform');
    const located = policy.collectedItems.filter((item) => item.dataTypes?.includes('location'));
    const topic = deriveEasyRead(policy, { locale: 'ko' }).topics.find((entry) => entry.id === 'location')!;
    expect(topic.heading).toBe('내가 있는 곳을 알아내나요?');
    expect(topic.messages[1]!.list).toEqual(located.flatMap((item) => item.items.map((name) => name.ko)));
    expect(topic.messages.map((message) => message.text)).toContain('내가 있는 곳은 안 알려 줘도 돼요.');
    const required = variant('messenger-platform', (input) => {
      for (const item of input.collectedItems as { dataTypes?: string[]; basis: string; refusal: unknown }[])
        if (item.dataTypes?.includes('location')) {
          item.basis = 'consentRequired';
          item.refusal = { canRefuse: false };
        }
    });
    const texts = deriveEasyRead(required, { locale: 'ko' })
      .topics.find((entry) => entry.id === 'location')!
      .messages.map((message) => message.text);
    expect(texts).not.toContain('내가 있는 곳은 안 알려 줘도 돼요.');
  });

  it('a Translation renames the characters; words it lacks come from English', () => {
    const document = deriveEasyRead(example('small-shop'), {
      locale: 'ja',
      translations: [
        { locale: 'ja', fallback: 'en', words: { easyRead: { characters: { guide: { name: 'ドダム' } } } } },
      ],
    });
    expect(document.characters.guide.name).toBe('ドダム');
    expect(document.title).toBe('Our privacy policy, made easy');
    expect(document.intro[1]!.text).toContain('ドダム');
  });
});
