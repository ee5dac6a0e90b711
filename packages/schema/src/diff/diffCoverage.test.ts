// Fields a reader of a change notice cares about: a change to any one of them, all else equal, is never silent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
import { assertPolicy, diffPolicies, type Policy, type PolicyDiff, parsePolicy } from '../index.js';

type Raw = Record<string, any>;
type Path = Array<string | number>;
const messenger = () => readExample('messenger-platform') as Raw;
/** The diff of the messenger example with `change` made to the newer version (`before` to both, first). */
const diffFrom = (change: (policy: Raw) => void, before?: (policy: Raw) => void) => {
  const [previous, next] = [messenger(), messenger()];
  before?.(previous);
  before?.(next);
  change(next);
  return diffPolicies(assertPolicy(previous), assertPolicy(next));
};
const other = { ko: '바뀐 내용', en: 'Something else' };

/**
 * One field changed in a copy of the policy; returns the JSON path prefix the change must be reported at, or
 * undefined when the policy has no such field to change. `setup`, applied to both versions first, adds the part the
 * generated policies may lack.
 */
type FieldChange =
  | ((policy: Raw) => string | undefined)
  | { setup: (policy: Raw) => void; change: (policy: Raw) => string | undefined };

/** Where a change is reported: ['rights', 'channels', 0, 'detail'] → `$.rights.channels[0].detail`. */
const jsonPath = (path: Path) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`), '$');
/** The part of the policy that holds the field at `path`, if the policy has it. */
const holderOf = (policy: Raw, path: Path): Raw | undefined =>
  path.slice(0, -1).reduce<Raw | undefined>((part, key) => part?.[key], policy);
/** `value` (other words, unless given) put at `path`, which every policy has; reported at that path. */
const replaceField =
  (path: Path, value: unknown = other) =>
  (policy: Raw): string => {
    const holder = holderOf(policy, path);
    if (!holder) throw new Error(`${jsonPath(path.slice(0, -1))} is missing, though every policy has it`);
    holder[path[path.length - 1]!] = value;
    return jsonPath(path);
  };
/** The same where the part holding the field may be missing (an optional section, an empty list). */
const replaceFieldIfPresent =
  (path: Path, value: unknown = other) =>
  (policy: Raw): string | undefined =>
    holderOf(policy, path) ? replaceField(path, value)(policy) : undefined;

const decision = {
  name: { ko: '자동 이용 제한', en: 'Automatic restriction' },
  criteria: { ko: '신고 수', en: 'Reports' },
  procedure: { ko: '점수가 넘으면 제한', en: 'Restricted above a score' },
  howToObject: { ko: '고객센터에 이의 제기', en: 'Object to the help centre' },
};
const transfer = {
  recipient: { ko: '해외 클라우드', en: 'Cloud abroad' },
  contact: 'privacy@cloud.example',
  country: 'US',
  items: [{ ko: '주문 기록', en: 'Orders' }],
  timingAndMethod: { ko: '수시로 네트워크를 통해', en: 'Over the network, as needed' },
  purpose: { ko: '보관', en: 'Storage' },
  retention: { ko: '탈퇴 시까지', en: 'Until you leave' },
  legalBasis: 'consent',
};
const withDecision = (p: Raw) => {
  if (p.automatedDecisions.length === 0) p.automatedDecisions.push(structuredClone(decision));
};
const withTransfer = (p: Raw) => {
  if (p.overseasTransfer.length === 0) p.overseasTransfer.push(structuredClone(transfer));
};
/** Changes to the words of an opt-out (how, consequence) of the part at `path`, when the policy has it. */
const optOutWords = (...path: string[]): Record<string, FieldChange> => ({
  [`${path.join('.')}.optOut.how`]: replaceFieldIfPresent([...path, 'optOut', 'how'], [other]),
  [`${path.join('.')}.optOut.consequence`]: replaceFieldIfPresent([...path, 'optOut', 'consequence']),
});
const withGuardian = (p: Raw) => {
  p.children = {
    collectsFromUnder14: true,
    guardianConsent: {
      method: { ko: '보호자 인증', en: 'Guardian check' },
      itemsFromGuardian: [{ ko: '보호자 이름', en: 'Guardian name' }],
    },
    guardianRights: { rights: ['access', 'deletion'], howToExercise: { ko: '고객센터', en: 'Help centre' } },
  };
};
const agent = {
  name: { ko: '국내대리인', en: 'Domestic agent' },
  address: { ko: '서울', en: 'Seoul' },
  phone: '02-555-0101',
  email: 'agent@example.com',
};
const accessDesk = {
  department: { ko: '열람 담당', en: 'Access desk' },
  phone: '02-555-0102',
  howToRequest: other,
};
const fieldChanges: Record<string, FieldChange> = {
  'purposes[].category': (p) => {
    const purpose = p.purposes[0];
    purpose.category = purpose.category === 'marketing' ? 'necessary' : 'marketing';
    return '$.purposes[0].category';
  },
  'sensitiveInformation[].disclosureRisk': replaceFieldIfPresent([
    'sensitiveInformation',
    0,
    'disclosureRisk',
  ]),
  'sensitiveInformation[].howToKeepPrivate': replaceFieldIfPresent([
    'sensitiveInformation',
    0,
    'howToKeepPrivate',
  ]),
  'pseudonymisedInformation[].purposeKind': (p) => {
    const entry = p.pseudonymisedInformation[0];
    if (!entry) return undefined;
    entry.purposeKind = entry.purposeKind === 'statistics' ? 'scientificResearch' : 'statistics';
    return '$.pseudonymisedInformation[0].purposeKind';
  },
  'pseudonymisedInformation[].combination.agency': (p) => {
    const entry = p.pseudonymisedInformation.find((candidate: Raw) => candidate.combination);
    if (!entry) return undefined;
    entry.combination.agency = other;
    return `$.pseudonymisedInformation[${p.pseudonymisedInformation.indexOf(entry)}].combination.agency`;
  },
  'additionalUse[].criteria': (p) => {
    if (!p.additionalUse[0]) return undefined;
    p.additionalUse[0].criteria[0].assessment = other;
    return '$.additionalUse[0].criteria';
  },
  'onDeviceProcessing[].purpose': replaceFieldIfPresent(['onDeviceProcessing', 0, 'purpose']),
  'retention.principle': replaceField(['retention', 'principle']),
  'retention.inactiveAccounts.notice': {
    setup: (p) => {
      p.retention.inactiveAccounts = {
        inactivityPeriod: { value: 1, unit: 'years' },
        separateStorage: { value: 4, unit: 'years' },
      };
    },
    change: replaceField(['retention', 'inactiveAccounts', 'notice']),
  },
  'behaviouralAdvertising.operators[].collectionTool': replaceFieldIfPresent([
    'behaviouralAdvertising',
    'operators',
    0,
    'collectionTool',
  ]),
  'behaviouralInformation.collectors[].collectionTool': replaceFieldIfPresent([
    'behaviouralInformation',
    'collectors',
    0,
    'collectionTool',
  ]),
  'securityMeasures.technical': (p) => {
    p.securityMeasures.technical = [...p.securityMeasures.technical.slice(1), other];
    return '$.securityMeasures.technical';
  },
  'securityMeasures.physical (one dropped)': (p) => {
    if (p.securityMeasures.physical.length === 0) return undefined;
    p.securityMeasures.physical = p.securityMeasures.physical.slice(1);
    return '$.securityMeasures.physical';
  },
  // Contacts are reported as a whole, at the contact rather than at the field changed.
  'privacyOfficer.position': (p) => {
    p.privacyOfficer.position = other;
    return '$.privacyOfficer';
  },
  'contactDepartment.hours': (p) => {
    if (!p.contactDepartment) return undefined;
    p.contactDepartment.hours = other;
    return '$.contactDepartment';
  },
  'controller.name': (p) => {
    p.controller.name = other;
    return '$.controller';
  },
  'controller.address': (p) => {
    p.controller.address = other;
    return '$.controller';
  },
  'domesticAgent (added)': (p) => {
    if (p.domesticAgent) delete p.domesticAgent;
    else p.domesticAgent = agent;
    return '$.domesticAgent';
  },
  'domesticAgent.address': {
    setup: (p) => (p.domesticAgent = structuredClone(agent)),
    change: (p) => {
      p.domesticAgent.address = other;
      return '$.domesticAgent';
    },
  },
  'accessRequests.howToRequest': {
    setup: (p) => (p.accessRequests = structuredClone(accessDesk)),
    change: (p) => {
      p.accessRequests.howToRequest = { ko: '방문', en: 'In person' };
      return '$.accessRequests';
    },
  },
  'accessRequests (removed)': {
    setup: (p) => (p.accessRequests = structuredClone(accessDesk)),
    change: (p) => {
      delete p.accessRequests;
      return '$.accessRequests';
    },
  },
  'remedies[].phone': (p) => {
    p.remedies[0].phone = '1234-5678';
    return '$.remedies[0]';
  },
  'remedies (one removed)': (p) => {
    if (p.remedies.length < 2) return undefined;
    p.remedies.pop();
    return '$.remedies';
  },
  'rights.responseTime (stated or not)': (p) => {
    if (p.rights.responseTime) delete p.rights.responseTime;
    else p.rights.responseTime = { value: 10, unit: 'days' };
    return '$.rights.responseTime';
  },
  'children.guardianRights.rights': {
    setup: withGuardian,
    change: replaceField(['children', 'guardianRights', 'rights'], ['access']),
  },
  'children.guardianRights.howToExercise': {
    setup: withGuardian,
    change: replaceField(['children', 'guardianRights', 'howToExercise']),
  },
  'children.guardianConsent.method': {
    setup: withGuardian,
    change: replaceField(['children', 'guardianConsent', 'method']),
  },
  'children.guardianConsent.itemsFromGuardian': {
    setup: withGuardian,
    change: (p) => {
      p.children.guardianConsent.itemsFromGuardian.push(other);
      return '$.children.guardianConsent.itemsFromGuardian';
    },
  },
  'children.minimumAge': (p) => {
    p.children.minimumAge = p.children.minimumAge === 12 ? 13 : 12;
    return '$.children.minimumAge';
  },
  'children.childFriendlyNotice': replaceField(['children', 'childFriendlyNotice']),
  'children.ageVerification': replaceField(['children', 'ageVerification']),
  'videoDevices[].range': replaceFieldIfPresent(['videoDevices', 0, 'range']),
  'videoDevices[].recordingHours': replaceFieldIfPresent(['videoDevices', 0, 'recordingHours']),
  'videoDevices[].manager': replaceFieldIfPresent(['videoDevices', 0, 'manager']),
  'videoDevices[].contact': replaceFieldIfPresent(['videoDevices', 0, 'contact'], '02-555-0199'),
  'videoDevices[].howToRequestAccess': replaceFieldIfPresent(['videoDevices', 0, 'howToRequestAccess']),
  'videoDevices[].notice': replaceFieldIfPresent(['videoDevices', 0, 'notice']),
  'rights.howToExercise': replaceField(['rights', 'howToExercise']),
  'rights.legalRepresentative': replaceField(['rights', 'legalRepresentative']),
  'rights.channels[].detail': replaceField(['rights', 'channels', 0, 'detail']),
  'automatedDecisions[].canRefuse': {
    setup: withDecision,
    change: (p) => {
      const entry = p.automatedDecisions[0];
      if (entry.canRefuse) delete entry.canRefuse;
      else entry.canRefuse = true;
      return '$.automatedDecisions[0].canRefuse';
    },
  },
  'automatedDecisions[].criteria': {
    setup: withDecision,
    change: replaceField(['automatedDecisions', 0, 'criteria']),
  },
  'automatedDecisions[].procedure': {
    setup: withDecision,
    change: replaceField(['automatedDecisions', 0, 'procedure']),
  },
  'automatedDecisions[].howToObject': {
    setup: withDecision,
    change: replaceField(['automatedDecisions', 0, 'howToObject']),
  },
  'overseasTransfer[].timingAndMethod': {
    setup: withTransfer,
    change: replaceField(['overseasTransfer', 0, 'timingAndMethod']),
  },
  'overseasTransfer[].contact': {
    setup: withTransfer,
    change: replaceField(['overseasTransfer', 0, 'contact'], 'changed@cloud.example'),
  },
  'thirdPartyProvision[].law': replaceFieldIfPresent(['thirdPartyProvision', 0, 'law']),
  'behaviouralInformation.collectionMethod': replaceFieldIfPresent([
    'behaviouralInformation',
    'collectionMethod',
  ]),
  ...optOutWords('automaticCollection'),
  ...optOutWords('behaviouralAdvertising'),
  ...optOutWords('behaviouralInformation'),
  ...optOutWords('generativeAi', 'training'),
  'collectedItems[].collectionMethod': replaceField(['collectedItems', 0, 'collectionMethod']),
  'collectedItems[].refusal.howToRefuse': replaceField(['collectedItems', 0, 'refusal', 'howToRefuse']),
  'collectedItems[].refusal.consequence': replaceField(['collectedItems', 0, 'refusal', 'consequence']),
  'collectedItems[].stage': (p) => {
    const item = p.collectedItems[0];
    item.stage = item.stage === 'signUp' ? 'serviceUse' : 'signUp';
    return '$.collectedItems[0].stage';
  },
  'collectedItems[].law': replaceField(['collectedItems', 0, 'law']),
  'destruction.procedure': replaceField(['destruction', 'procedure']),
  'destruction.electronicMethod': replaceField(['destruction', 'electronicMethod']),
  'destruction.paperMethod': (p) => {
    p.destruction.paperMethod = p.destruction.paperMethod ? undefined : other;
    if (!p.destruction.paperMethod) delete p.destruction.paperMethod;
    return '$.destruction.paperMethod';
  },
  'certifications[].validFrom': (p) => {
    const certification = p.certifications[0];
    if (!certification) return undefined;
    certification.validFrom = certification.validFrom === '2020-01-01' ? '2020-01-02' : '2020-01-01';
    return '$.certifications[0].validFrom';
  },
  'certifications[].scope': replaceFieldIfPresent(['certifications', 0, 'scope']),
  'certifications[].certificateNumber': replaceFieldIfPresent(
    ['certifications', 0, 'certificateNumber'],
    'CHANGED-0001',
  ),
};

const problemParticles = ['(는)', '(은)', '이(가)', '을(를)', '(이)', '(가)', '(을)', '(를)'];

/** The data rows (not the label rows) at `prefix`, each with words in Korean and English and no guessed particle. */
function rowsAt(result: PolicyDiff, prefix: string) {
  const rows = result.changes.filter(
    (change) => change.area !== 'labels' && change.jsonPath.startsWith(prefix),
  );
  for (const row of rows) {
    for (const message of [row.subject, row.reason, row.before, row.after]) {
      if (!message) continue;
      expect(message.ko).toBeTruthy();
      expect(message.en).toBeTruthy();
      for (const particle of problemParticles) expect(message.ko).not.toContain(particle);
    }
  }
  return rows;
}

describe('diffPolicies: no field a reader cares about changes silently', () => {
  for (const [field, changeField] of Object.entries(fieldChanges)) {
    it(`changing ${field} alone in a generated policy is reported at its path`, () => {
      fc.assert(
        fc.property(policyInputArbitrary, (input) => {
          const parsed = parsePolicy(input);
          fc.pre(parsed.ok);
          if (!parsed.ok) return;
          const previous = structuredClone(parsed.policy) as Raw;
          if (typeof changeField !== 'function') changeField.setup(previous);
          const next = structuredClone(previous);
          const prefix = typeof changeField === 'function' ? changeField(next) : changeField.change(next);
          fc.pre(prefix !== undefined);
          const result = diffPolicies(previous as Policy, next as Policy);
          expect(rowsAt(result, prefix!).length).toBeGreaterThan(0);
        }),
        { numRuns: 25 },
      );
    });
  }
});

describe('diffPolicies: collected items, in Korean and English', () => {
  it('another way of collecting a group is adverse: it may be collected in more ways', () => {
    const result = diffFrom(
      (p) => (p.collectedItems[0].collectionMethod = { ko: '제휴사로부터 제공받음', en: 'From partners' }),
    );
    const [row] = rowsAt(result, '$.collectedItems[0].collectionMethod');
    expect(row).toMatchObject({ kind: 'changed', area: 'collectedItems', impact: 'adverse' });
    expect(row!.reasonCode).toBe('collectionMethodChanged');
    expect(row!.reason.ko).toBe('수집 방법이 바뀌어 다른 경로로도 수집할 수 있습니다.');
    expect(row!.reason.en).toBe('It is collected differently, and may be collected in more ways.');
    expect([row!.before!.ko, row!.after!.ko]).toEqual(['앱·웹 회원가입 화면', '제휴사로부터 제공받음']);
    expect(row!.after!.en).toBe('From partners');
    expect(result.impact).toBe('adverse');
  });

  it('another stage, another way to refuse and another cost of refusing are each said', () => {
    const stage = rowsAt(
      diffFrom((p) => (p.collectedItems[0].stage = 'automatic')),
      '$.collectedItems[0].stage',
    );
    expect(stage.map((row) => [row.impact, row.reasonCode])).toEqual([['neutral', 'collectionStageChanged']]);
    expect(stage[0]!.reason.ko).toBe('정보를 수집하는 때가 바뀝니다.');
    expect(stage[0]!.reason.en).toBe('When the information is collected changes.');
    expect([stage[0]!.before!.en, stage[0]!.after!.en]).toEqual(['At sign-up', 'Generated automatically']);
    const how = rowsAt(
      diffFrom((p) => (p.collectedItems[0].refusal.howToRefuse = { ko: '설정에서 해제', en: 'In settings' })),
      '$.collectedItems[0].refusal.howToRefuse',
    );
    expect(how.map((row) => row.reasonCode)).toEqual(['howToRefuseChanged']);
    expect(how[0]!.reason.ko).toBe('거부하거나 거부 의사를 밝히는 방법이 바뀝니다.');
    expect(how[0]!.after!.ko).toBe('설정에서 해제');
    const consequence = rowsAt(
      diffFrom(
        (p) => (p.collectedItems[0].refusal.consequence = { ko: '가입할 수 없습니다.', en: 'No sign-up.' }),
      ),
      '$.collectedItems[0].refusal.consequence',
    );
    expect(consequence.map((row) => row.reasonCode)).toEqual(['refusalConsequenceChanged']);
    expect(consequence[0]!.reason.en).toBe('What changes for you if you refuse is different.');
  });
});

describe('diffPolicies: how information is destroyed, and certifications, in Korean and English', () => {
  it('another destruction procedure or method is said, as neither for nor against users', () => {
    const procedure = diffFrom(
      (p) => (p.destruction.procedure = { ko: '매월 말에 파기합니다.', en: 'Monthly.' }),
    );
    const [row] = rowsAt(procedure, '$.destruction.procedure');
    expect(row).toMatchObject({ kind: 'changed', area: 'destruction', impact: 'neutral' });
    expect(row!.reasonCode).toBe('destructionMethodChanged');
    expect(row!.subject.ko).toBe('파기: 파기 절차');
    expect(row!.subject.en).toBe('Destruction: how destruction is carried out');
    expect(row!.reason.ko).toBe('파기 절차나 방법이 바뀝니다.');
    expect(row!.reason.en).toBe('How information is destroyed changes.');
    expect(row!.after!.ko).toBe('매월 말에 파기합니다.');
    const electronic = rowsAt(
      diffFrom((p) => (p.destruction.electronicMethod = { ko: '삭제합니다.', en: 'Deleted.' })),
      '$.destruction.electronicMethod',
    );
    expect(electronic.map((change) => [change.subject.ko, change.subject.en])).toEqual([
      ['파기: 전자적 파일의 파기 방법', 'Destruction: how electronic files are destroyed'],
    ]);
    const paper = diffFrom((p) => delete p.destruction.paperMethod);
    const [paperRow] = rowsAt(paper, '$.destruction.paperMethod');
    expect([paperRow!.subject.ko, paperRow!.subject.en]).toEqual([
      '파기: 종이 문서의 파기 방법',
      'Destruction: how paper records are destroyed',
    ]);
    expect(paperRow!.before!.ko).toBe('종이 문서는 분쇄기로 파쇄하거나 전문 업체를 통해 소각합니다.');
    expect(paperRow!.after).toBeUndefined();
  });

  it("a certification's first day, scope and number are compared, not only its last day", () => {
    const start = diffFrom((p) => (p.certifications[0].validFrom = '2025-01-15'));
    const [row] = rowsAt(start, '$.certifications[0].validFrom');
    expect(row).toMatchObject({ kind: 'changed', area: 'certifications', impact: 'neutral' });
    expect(row!.reasonCode).toBe('certificationStartChanged');
    expect(row!.reason.ko).toBe('인증 유효 기간이 시작하는 날이 바뀝니다.');
    expect(row!.reason.en).toBe("The first day of a certification's period changes.");
    expect([row!.before!.ko, row!.after!.ko]).toEqual(['2024. 11. 20.', '2025. 1. 15.']);
    const scope = rowsAt(
      diffFrom((p) => (p.certifications[1].scope = { ko: '도토리 포털 운영', en: 'Running the portal' })),
      '$.certifications[1].scope',
    );
    expect(scope.map((change) => [change.reasonCode, change.reason.ko, change.reason.en])).toEqual([
      [
        'certificationScopeChanged',
        '인증이 다루는 범위가 바뀝니다.',
        'What the certification covers changes.',
      ],
    ]);
    expect(scope[0]!.after!.en).toBe('Running the portal');
    const number = rowsAt(
      diffFrom((p) => (p.certifications[0].certificateNumber = 'ISMS-P-KISA-2027-007')),
      '$.certifications[0].certificateNumber',
    );
    expect(number.map((change) => [change.reason.ko, change.reason.en])).toEqual([
      ['인증서 번호가 바뀝니다.', 'The certificate number changes.'],
    ]);
    expect([number[0]!.before!.en, number[0]!.after!.en]).toEqual([
      'ISMS-P-KISA-2024-101',
      'ISMS-P-KISA-2027-007',
    ]);
  });
});

describe('diffPolicies: automated decisions, transfers and ways out, in Korean and English', () => {
  it('an automated decision users could refuse and now cannot is adverse; the reverse favourable', () => {
    const refusable = (p: Raw) => (p.automatedDecisions[0].canRefuse = true);
    const lost = diffFrom((p) => delete p.automatedDecisions[0].canRefuse, refusable);
    const [row] = rowsAt(lost, '$.automatedDecisions[0].canRefuse');
    expect(row).toMatchObject({ kind: 'changed', area: 'automatedDecisions', impact: 'adverse' });
    expect(row!.reasonCode).toBe('decisionRefusalRemoved');
    expect(row!.reason.ko).toBe('자동화된 결정을 거부할 수 있다는 내용이 없어집니다.');
    expect(row!.reason.en).toBe('The policy no longer says you can refuse the decision.');
    expect(lost.impact).toBe('adverse');
    const gained = rowsAt(diffFrom(refusable), '$.automatedDecisions[0].canRefuse');
    expect(gained.map((change) => [change.impact, change.reason.ko, change.reason.en])).toEqual([
      ['favourable', '자동화된 결정을 거부할 수 있게 됩니다.', 'You can now refuse the decision.'],
    ]);
    // Left out and false say the same: no right to refuse is claimed.
    expect(
      rowsAt(
        diffFrom((p) => (p.automatedDecisions[0].canRefuse = false)),
        '$.automatedDecisions[0].canRefuse',
      ),
    ).toEqual([]);
  });

  it('another way of deciding, or of objecting to a decision, is said', () => {
    const criteria = rowsAt(
      diffFrom((p) => (p.automatedDecisions[0].criteria = { ko: '대화 내용', en: 'Message contents' })),
      '$.automatedDecisions[0].criteria',
    );
    expect(criteria.map((change) => [change.impact, change.reason.ko, change.reason.en])).toEqual([
      [
        'adverse',
        '결정 기준이 바뀌어 다른 정보로 결정할 수도 있습니다.',
        'The decision rests on other grounds, and may use other information.',
      ],
    ]);
    expect(criteria[0]!.after!.ko).toBe('대화 내용');
    const procedure = rowsAt(
      diffFrom((p) => (p.automatedDecisions[0].procedure = { ko: '사람이 검토', en: 'A person reviews it' })),
      '$.automatedDecisions[0].procedure',
    );
    expect(procedure.map((change) => [change.impact, change.reason.ko, change.reason.en])).toEqual([
      ['neutral', '결정 기준이나 절차가 바뀝니다.', 'How the decision is made changes.'],
    ]);
    const how = rowsAt(
      diffFrom((p) => (p.automatedDecisions[0].howToObject = { ko: '이메일', en: 'By email' })),
      '$.automatedDecisions[0].howToObject',
    );
    expect(how.map((change) => change.reasonCode)).toEqual(['howToRefuseChanged']);
  });

  it("a transfer's timing and method, and the recipient's contact, are said", () => {
    const timing = rowsAt(
      diffFrom(
        (p) => (p.overseasTransfer[0].timingAndMethod = { ko: '매일 밤 일괄 전송', en: 'Nightly batches' }),
      ),
      '$.overseasTransfer[0].timingAndMethod',
    );
    expect(timing.map((change) => [change.impact, change.reason.ko, change.reason.en])).toEqual([
      ['neutral', '언제 어떻게 옮기는지가 바뀝니다.', 'When and how it is transferred changes.'],
    ]);
    const contact = rowsAt(
      diffFrom((p) => (p.overseasTransfer[0].contact = 'dpo@other.example')),
      '$.overseasTransfer[0].contact',
    );
    expect(contact.map((change) => [change.reason.ko, change.after!.en])).toEqual([
      ['연락처가 바뀝니다.', 'dpo@other.example'],
    ]);
  });

  it('the steps to opt out and what opting out costs are said for cookies, ads and AI training', () => {
    const how = rowsAt(
      diffFrom((p) => (p.automaticCollection.optOut.how = [{ ko: '앱 설정', en: 'App settings' }])),
      '$.automaticCollection.optOut.how',
    );
    expect(how.map((change) => [change.reasonCode, change.after!.ko])).toEqual([
      ['howToRefuseChanged', '앱 설정'],
    ]);
    const consequence = rowsAt(
      diffFrom(
        (p) =>
          (p.generativeAi.training.optOut.consequence = {
            ko: '추천이 덜 정확해집니다.',
            en: 'Worse suggestions.',
          }),
      ),
      '$.generativeAi.training.optOut.consequence',
    );
    expect(consequence.map((change) => [change.subject.ko, change.reason.en])).toEqual([
      ['생성형 AI: AI 학습에 이용하는 정보', 'What changes for you if you refuse is different.'],
    ]);
  });
});

describe("diffPolicies: children's guardians, video devices and the way to use rights, in Korean and English", () => {
  it("fewer rights for a child's legal representative are adverse, more favourable", () => {
    const fewer = diffFrom((p) => (p.children.guardianRights.rights = ['access', 'correction']));
    const [row] = rowsAt(fewer, '$.children.guardianRights.rights');
    expect(row).toMatchObject({ kind: 'changed', area: 'children', impact: 'adverse' });
    expect(row!.subject.ko).toBe('아동: 법정대리인의 권리');
    expect(row!.subject.en).toBe("Children: rights of a child's legal representative");
    expect(row!.reason.ko).toBe('법정대리인이 요구할 수 있는 것이 줄어듭니다.');
    expect(row!.reason.en).toBe("A child's legal representative can ask for less.");
    expect(row!.after!.ko).toBe('열람, 정정');
    expect(fewer.impact).toBe('adverse');
    const previous = messenger();
    previous.children.guardianRights.rights = ['access'];
    const more = diffPolicies(assertPolicy(previous), assertPolicy(messenger()));
    expect(rowsAt(more, '$.children.guardianRights.rights').map((change) => change.reason.en)).toEqual([
      "A child's legal representative can ask for more.",
    ]);
  });

  it("no longer processing children's information is favourable, its guardian parts going with it", () => {
    const stopped = diffFrom((p) => {
      p.children.collectsFromUnder14 = false;
      delete p.children.guardianConsent;
      delete p.children.guardianRights;
    });
    expect(
      stopped.changes
        .filter((change) => change.area !== 'labels')
        .map((change) => [change.kind, change.impact, change.jsonPath]),
    ).toEqual([['removed', 'favourable', '$.children.collectsFromUnder14']]);
  });

  it("the guardian's consent, what is asked of the guardian and the age check are said", () => {
    const items = rowsAt(
      diffFrom((p) => p.children.guardianConsent.itemsFromGuardian.push({ ko: '주소', en: 'Address' })),
      '$.children.guardianConsent.itemsFromGuardian',
    );
    expect(items.map((change) => [change.impact, change.reasonCode, change.subject.ko])).toEqual([
      ['adverse', 'itemsAdded', '아동: 법정대리인 동의'],
    ]);
    const method = rowsAt(
      diffFrom((p) => (p.children.guardianConsent.method = { ko: '이메일 동의', en: 'By email' })),
      '$.children.guardianConsent.method',
    );
    expect(method.map((change) => [change.reason.ko, change.reason.en])).toEqual([
      ['법정대리인의 동의를 받는 방법이 바뀝니다.', 'How a legal representative gives consent changes.'],
    ]);
    const age = rowsAt(
      diffFrom((p) => (p.children.ageVerification = { ko: '묻지 않습니다.', en: 'Not asked.' })),
      '$.children.ageVerification',
    );
    expect(age.map((change) => [change.reason.ko, change.reason.en])).toEqual([
      ['나이를 확인하는 방법이 바뀝니다.', 'The way age is checked changes.'],
    ]);
    const notice = rowsAt(
      diffFrom((p) => (p.children.childFriendlyNotice = { ko: '그림으로 설명합니다.', en: 'In pictures.' })),
      '$.children.childFriendlyNotice',
    );
    expect(notice.map((change) => [change.subject.ko, change.reason.ko, change.reason.en])).toEqual([
      [
        '아동: 만 14세 미만 아동의 개인정보',
        '아동에게 처리방침을 설명하는 방법이 바뀝니다.',
        'How the policy is explained to children changes.',
      ],
    ]);
    const minimum = rowsAt(
      diffFrom((p) => (p.children.minimumAge = 7)),
      '$.children.minimumAge',
    );
    expect(minimum.map((change) => [change.impact, change.reason.ko, change.reason.en])).toEqual([
      [
        'neutral',
        '서비스를 이용할 수 있는 최소 나이가 바뀝니다.',
        'The youngest age at which the service may be used changes.',
      ],
    ]);
    expect([minimum[0]!.after!.ko, minimum[0]!.after!.en]).toEqual(['만 7세', '7']);
  });

  it("a video device's range, hours, manager and the way to ask for footage are said", () => {
    const range = rowsAt(
      diffFrom((p) => (p.videoDevices[0].range = { ko: '사무실 전체', en: 'The whole office' })),
      '$.videoDevices[0].range',
    );
    expect(range.map((change) => [change.impact, change.reason.ko, change.reason.en])).toEqual([
      [
        'adverse',
        '촬영 범위가 바뀌어 더 많이 촬영할 수도 있습니다.',
        'What is recorded changes, and may cover more.',
      ],
    ]);
    const hours = rowsAt(
      diffFrom((p) => (p.videoDevices[0].recordingHours = { ko: '24시간', en: 'Around the clock' })),
      '$.videoDevices[0].recordingHours',
    );
    expect(hours.map((change) => [change.reason.ko, change.reason.en])).toEqual([
      [
        '촬영 시간이 바뀌어 더 오래 촬영할 수도 있습니다.',
        'When it records changes, and it may record for longer.',
      ],
    ]);
    const manager = rowsAt(
      diffFrom((p) => (p.videoDevices[0].contact = '031-555-0199')),
      '$.videoDevices[0].contact',
    );
    expect(manager.map((change) => [change.reason.ko, change.after!.ko])).toEqual([
      ['연락처가 바뀝니다.', '031-555-0199'],
    ]);
    const access = rowsAt(
      diffFrom((p) => (p.videoDevices[0].howToRequestAccess = { ko: '방문', en: 'In person' })),
      '$.videoDevices[0].howToRequestAccess',
    );
    expect(access.map((change) => [change.reason.ko, change.reason.en])).toEqual([
      ['권리를 행사하는 방법이 바뀝니다.', 'The way to use your rights changes.'],
    ]);
  });

  it('the way to use rights, through a representative too, and the details of each channel are said', () => {
    const how = rowsAt(
      diffFrom((p) => (p.rights.howToExercise = { ko: '우편으로만', en: 'By post only' })),
      '$.rights.howToExercise',
    );
    expect(how.map((change) => [change.subject.ko, change.reason.ko, change.subject.en])).toEqual([
      [
        '정보주체의 권리: 권리 행사 방법',
        '권리를 행사하는 방법이 바뀝니다.',
        'Your rights: ways to use your rights',
      ],
    ]);
    const detail = rowsAt(
      diffFrom((p) => (p.rights.channels[2].detail = { ko: 'help@other.example', en: 'help@other.example' })),
      '$.rights.channels[2].detail',
    );
    expect(detail.map((change) => [change.reasonCode, change.after!.en])).toEqual([
      ['contactChanged', 'help@other.example'],
    ]);
  });
});

describe('diffPolicies: who is responsible and where to turn, in Korean and English', () => {
  it('another controller, or its new address, is said with the details before and after', () => {
    const result = diffFrom(
      (p) => (p.controller.address = { ko: '서울특별시 중구 세종대로 1', en: '1 Sejong-daero, Seoul' }),
    );
    const rows = rowsAt(result, '$.controller');
    expect(rows.map((row) => [row.kind, row.area, row.impact, row.reasonCode])).toEqual([
      ['changed', 'contacts', 'neutral', 'contactChanged'],
    ]);
    expect(rows[0]!.subject.ko).toBe('연락처: 개인정보처리자');
    expect(rows[0]!.subject.en).toBe('Contacts: the controller');
    expect(rows[0]!.after!.ko).toContain('서울특별시 중구 세종대로 1');
    expect(rows[0]!.before!.ko).toContain('도토리타워');
    expect(rows[0]!.after!.en).toContain('1 Sejong-daero, Seoul');
  });

  it('a domestic agent or an access desk appearing is favourable, disappearing adverse', () => {
    const gained = rowsAt(
      diffFrom((p) => (p.domesticAgent = agent)),
      '$.domesticAgent',
    );
    expect(gained.map((row) => [row.kind, row.impact, row.subject.ko, row.subject.en])).toEqual([
      ['added', 'favourable', '연락처: 국내대리인', 'Contacts: domestic agent'],
    ]);
    expect(gained[0]!.reason.ko).toBe('권리를 행사하거나 연락할 방법이 늘어납니다.');
    const lost = rowsAt(
      diffFrom(
        (p) => delete p.accessRequests,
        (p) => (p.accessRequests = structuredClone(accessDesk)),
      ),
      '$.accessRequests',
    );
    expect(lost.map((row) => [row.kind, row.impact, row.subject.ko, row.subject.en])).toEqual([
      [
        'removed',
        'adverse',
        '연락처: 열람청구 접수·처리 부서',
        'Contacts: where to ask to see your information',
      ],
    ]);
    expect(lost[0]!.reason.en).toBe('Fewer ways to use your rights or reach us.');
  });

  it('a place to seek redress removed is adverse; a new phone number is said', () => {
    const removed = rowsAt(
      diffFrom((p) => p.remedies.splice(1, 1)),
      '$.remedies',
    );
    expect(removed.map((row) => [row.kind, row.impact, row.name.ko])).toEqual([
      ['removed', 'adverse', '개인정보침해신고센터 (한국인터넷진흥원)'],
    ]);
    const phone = rowsAt(
      diffFrom((p) => (p.remedies[0].phone = '1833-0000')),
      '$.remedies[0]',
    );
    expect(phone.map((row) => [row.reasonCode, row.after!.ko])).toEqual([
      ['contactChanged', '개인정보분쟁조정위원회 (1833-0000, https://www.kopico.go.kr)'],
    ]);
  });

  it('a time to answer requests no longer stated is adverse, one newly stated favourable', () => {
    const dropped = rowsAt(
      diffFrom((p) => delete p.rights.responseTime),
      '$.rights.responseTime',
    );
    expect(dropped.map((row) => [row.impact, row.reason.ko, row.reason.en, row.before!.ko])).toEqual([
      [
        'adverse',
        '요구에 답하는 기간을 더 이상 밝히지 않습니다.',
        'The policy no longer says how soon requests are answered.',
        '10일',
      ],
    ]);
    const stated = rowsAt(
      diffFrom(
        (p) => (p.rights.responseTime = { value: 10, unit: 'days' }),
        (p) => delete p.rights.responseTime,
      ),
      '$.rights.responseTime',
    );
    expect(stated.map((row) => [row.impact, row.reason.ko, row.reason.en])).toEqual([
      ['favourable', '요구에 답하는 기간을 밝힙니다.', 'The policy now says how soon requests are answered.'],
    ]);
  });
});

describe('diffPolicies: purposes, special categories, security measures and contact details, in Korean and English', () => {
  it('a purpose that now goes beyond the service, or becomes another kind, is adverse', () => {
    const beyond = rowsAt(
      diffFrom((p) => (p.purposes[1].category = 'profiling')),
      '$.purposes[1].category',
    );
    expect(beyond.map((row) => [row.impact, row.reasonCode, row.reason.ko, row.reason.en])).toEqual([
      [
        'adverse',
        'purposeBeyondService',
        '서비스 제공을 넘어서는 목적(마케팅, 맞춤형 광고, 추천, AI 학습, 프로파일링)이 됩니다.',
        'It becomes a purpose beyond providing the service (marketing, ads, recommendations, AI training or profiling).',
      ],
    ]);
    expect(beyond.map((row) => [row.before!.ko, row.after!.ko, row.before!.en, row.after!.en])).toEqual([
      ['정하지 않음', '프로파일링', 'Not stated', 'Profiling'],
    ]);
    // The DPV purpose implies the category when none is given: the same category said otherwise is no change.
    expect(
      rowsAt(
        diffFrom((p) => (p.purposes[6].category = 'marketing')),
        '$.purposes[6]',
      ),
    ).toEqual([]);
    const other = rowsAt(
      diffFrom((p) => (p.purposes[6].category = 'aiTraining')),
      '$.purposes[6].category',
    );
    expect(other.map((row) => [row.before!.ko, row.after!.ko])).toEqual([['마케팅', 'AI 학습']]);
    expect(other.map((row) => [row.impact, row.reason.ko, row.reason.en])).toEqual([
      [
        'adverse',
        '목적의 종류가 바뀌어 정보를 다른 용도로 쓸 수도 있습니다.',
        'What kind of purpose it is changes, and the information may be used differently.',
      ],
    ]);
  });

  it('how sensitive information could become public, and how to keep it private, are said', () => {
    const risk = rowsAt(
      diffFrom(
        (p) => (p.sensitiveInformation[0].disclosureRisk = { ko: '검색에 노출', en: 'Shown in search' }),
      ),
      '$.sensitiveInformation[0].disclosureRisk',
    );
    expect(risk.map((row) => [row.area, row.impact, row.reason.ko, row.reason.en])).toEqual([
      [
        'sensitiveInformation',
        'adverse',
        '공개될 수 있는 경우가 바뀌어 더 많아질 수도 있습니다.',
        'How it could become public changes, and there may be more ways.',
      ],
    ]);
  });

  it('a security measure dropped is adverse, one added favourable, one reworded said', () => {
    const dropped = rowsAt(
      diffFrom((p) => p.securityMeasures.administrative.pop()),
      '$.securityMeasures.administrative',
    );
    expect(dropped.map((row) => [row.area, row.impact, row.subject.ko, row.subject.en])).toEqual([
      [
        'securityMeasures',
        'adverse',
        '안전성 확보 조치: 관리적 조치',
        'Security measures: administrative measures',
      ],
    ]);
    expect([dropped[0]!.reason.ko, dropped[0]!.reason.en]).toEqual([
      '보호 조치가 줄어듭니다.',
      'Fewer security measures are taken.',
    ]);
    const added = rowsAt(
      diffFrom((p) => p.securityMeasures.physical.push({ ko: '출입 기록', en: 'Entry logs' })),
      '$.securityMeasures.physical',
    );
    expect(added.map((row) => [row.impact, row.reason.ko, row.reason.en])).toEqual([
      ['favourable', '보호 조치가 늘어납니다.', 'More security measures are taken.'],
    ]);
    const reworded = rowsAt(
      diffFrom((p) => (p.securityMeasures.technical[0] = { ko: '암호화', en: 'Encryption' })),
      '$.securityMeasures.technical',
    );
    expect(reworded.map((row) => [row.impact, row.reason.ko, row.reason.en])).toEqual([
      ['neutral', '보호 조치가 바뀝니다.', 'Security measures change.'],
    ]);
  });

  it("the privacy officer's position and the complaints desk's hours show in the details before and after", () => {
    const officer = rowsAt(
      diffFrom((p) => (p.privacyOfficer.position = { ko: '법무실장', en: 'Head of Legal' })),
      '$.privacyOfficer',
    );
    expect(officer).toHaveLength(1);
    expect(officer[0]!.after!.ko).toContain('법무실장');
    expect(officer[0]!.before!.ko).not.toContain('법무실장');
    const hours = rowsAt(
      diffFrom((p) => (p.contactDepartment.hours = { ko: '주말 휴무', en: 'Closed at weekends' })),
      '$.contactDepartment',
    );
    expect(hours[0]!.after!.en).toContain('Closed at weekends');
  });
});

describe('diffPolicies: entries with the same name are each compared with their own counterpart', () => {
  it('one of two entries for the same purpose dropped is a removal; the other, changed, is its own row', () => {
    const entry = (recipient: string) => ({
      purpose: { ko: '통계', en: 'Statistics' },
      items: [{ ko: '가명 처리한 기록', en: 'Pseudonymised records' }],
      retention: { ko: '3년', en: '3 years' },
      recipient: { ko: recipient, en: recipient },
    });
    const previous = readExample('small-shop') as Raw;
    previous.pseudonymisedInformation = [entry('가 연구소'), entry('나 연구소')];
    const next = readExample('small-shop') as Raw;
    next.pseudonymisedInformation = [entry('다 연구소')];
    const result = diffPolicies(assertPolicy(previous), assertPolicy(next));
    expect(
      rowsAt(result, '$.pseudonymisedInformation').map((row) => [row.kind, row.reasonCode, row.jsonPath]),
    ).toEqual([
      ['removed', 'removed', '$.pseudonymisedInformation[1]'],
      ['changed', 'recipientChanged', '$.pseudonymisedInformation[0].recipient'],
    ]);
  });
});

describe('diffPolicies: any one field changed, whichever it is, is reported', () => {
  // What names the policy rather than saying what it does with information: not part of a change notice.
  const identification = new Set([
    '$schema',
    'title',
    'defaultLocale',
    'serviceName',
    'policyUrl',
    'effectiveDate',
    'versionHistory',
  ]);
  // Plain strings that say something to a reader (the others are codes: kinds, bases, ids, DPV purposes).
  const plainStrings = new Set([
    'phone',
    'email',
    'contact',
    'website',
    'certificateNumber',
    'businessRegistrationNumber',
    'validFrom',
    'validTo',
  ]);
  /** Every field in words (one language of it), number, yes/no and plain string of the policy. */
  function fields(value: unknown, path: Path, out: Path[]): Path[] {
    const last = path[path.length - 1];
    if (path.length === 1 && identification.has(String(last))) return out;
    if (typeof value === 'boolean' || typeof value === 'number') out.push(path);
    else if (typeof value === 'string') {
      if (plainStrings.has(String(last))) out.push(path);
    } else if (Array.isArray(value)) {
      for (const [index, entry] of value.entries()) fields(entry, [...path, index], out);
    } else if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length > 0 && keys.every((key) => key === 'ko' || key === 'en')) out.push([...path, keys[0]!]);
      else for (const key of keys) fields((value as Raw)[key], [...path, key], out);
    }
    return out;
  }
  const policies = fc.oneof(
    policyInputArbitrary,
    fc.constantFrom(...exampleNames()).map((name) => readExample(name)),
  );

  it('in a generated policy or a bundled example, with words in Korean and English', () => {
    fc.assert(
      fc.property(policies, fc.nat(), (input, pick) => {
        const parsed = parsePolicy(input);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const all = fields(parsed.policy, [], []);
        const path = all[pick % all.length]!;
        const next = structuredClone(parsed.policy) as Raw;
        let parent: Raw = next;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const key = path[path.length - 1]!;
        const value = parent[key];
        parent[key] =
          typeof value === 'boolean' ? !value : typeof value === 'number' ? value + 1 : `${value}-2`;
        const result = diffPolicies(parsed.policy, next as Policy);
        const rows = rowsAt(result, '$');
        expect(rows.length, `no change reported for ${path.join('.')}`).toBeGreaterThan(0);
        for (const row of rows) {
          for (const message of [row.before, row.after]) {
            expect(message?.ko ?? '').not.toMatch(/undefined|\[object Object\]|NaN/);
            expect(message?.en ?? '').not.toMatch(/undefined|\[object Object\]|NaN/);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});

describe('diffPolicies: an entry whose naming field changes is the same entry changed, not one removed and one added', () => {
  const rows = (result: PolicyDiff) =>
    result.changes
      .filter((change) => change.area !== 'labels')
      .map((change) => [change.kind, change.impact, change.reasonCode, change.jsonPath]);

  it('a record added to the only rule of its law is more items kept, never "없어집니다. 처리가 줄어듭니다."', () => {
    const result = diffFrom((p) =>
      p.retention.legalRetention[2].items.push({ ko: '접속 기록', en: 'Access logs' }),
    );
    expect(rows(result)).toEqual([
      ['changed', 'adverse', 'itemsAdded', '$.retention.legalRetention[2].items'],
    ]);
    expect(result.changes[0]!.reason.ko).toBe('처리하는 항목이 늘어납니다.');
    expect(result.changes.map((change) => change.reason.ko)).not.toContain('없어집니다. 처리가 줄어듭니다.');
    // A law with two rules, one unchanged: the other is still the one changed.
    const second = diffFrom((p) =>
      p.retention.legalRetention[1].items.push({ ko: '접속 기록', en: 'Access logs' }),
    );
    expect(rows(second)).toEqual([
      ['changed', 'adverse', 'itemsAdded', '$.retention.legalRetention[1].items'],
    ]);
    // Both rules of that law changed: which became which cannot be told, so each is said as removed and added.
    const both = diffFrom((p) => {
      p.retention.legalRetention[0].items.push({ ko: '접속 기록', en: 'Access logs' });
      p.retention.legalRetention[1].items.push({ ko: '상담 녹음', en: 'Call recordings' });
    });
    expect(rows(both).map((row) => row[0])).toEqual(['added', 'added', 'removed', 'removed']);
  });

  it('an overseas recipient moving to another country is a country change of that transfer', () => {
    const result = diffFrom((p) => {
      p.overseasTransfer[1].country = 'DE';
      p.entrustment[8].country = 'DE';
    });
    expect(rows(result)).toEqual([
      ['changed', 'adverse', 'newCountry', '$.entrustment[8].country'],
      ['changed', 'adverse', 'newCountry', '$.overseasTransfer[1].country'],
    ]);
    const row = result.changes.find((change) => change.jsonPath === '$.overseasTransfer[1].country')!;
    expect(row.reason.ko).toBe('정보가 새로운 나라로 갑니다.');
    expect(row.reason.en).toBe('Information goes to a new country.');
    expect([row.before!.en, row.after!.en]).toEqual(['Japan', 'Germany']);
  });
});

describe('diffPolicies: further use that becomes provision to a third party', () => {
  it('is that entry now given to a recipient (adverse), not one use removed ("처리가 줄어듭니다") and one added', () => {
    const use = {
      kind: 'use',
      items: [{ ko: '연락처', en: 'Contact details' }],
      purpose: { ko: '배송 지연 안내', en: 'Telling you about late deliveries' },
      criteria: [
        { criterion: 'relatedToOriginalPurpose', assessment: { ko: '주문과 관련', en: 'Part of the order' } },
      ],
    };
    const previous = readExample('small-shop') as Raw;
    previous.additionalUse = [use];
    const next = readExample('small-shop') as Raw;
    next.additionalUse = [{ ...use, kind: 'provision', recipient: { ko: '택배사', en: 'The courier' } }];
    const result = diffPolicies(assertPolicy(previous), assertPolicy(next));
    const rows = rowsAt(result, '$.additionalUse');
    expect(rows.map((row) => [row.kind, row.impact, row.reasonCode, row.jsonPath])).toEqual([
      ['changed', 'adverse', 'recipientAdded', '$.additionalUse[0].recipient'],
    ]);
    expect(rows[0]!.reason.ko).toBe('정보를 받거나 수집하는 곳이 새로 생깁니다.');
    expect(rows[0]!.after!.en).toBe('The courier');
  });
});

describe('diffPolicies: a device of another kind is that device changed', () => {
  const rows = (result: PolicyDiff, prefix: string) =>
    rowsAt(result, prefix).map((row) => [row.kind, row.impact, row.reasonCode, row.jsonPath]);

  it('a cookie that becomes an SDK collects another way: adverse, with the kinds in words', () => {
    const result = diffFrom((p) => (p.automaticCollection.devices[0].kind = 'sdk'));
    expect(rows(result, '$.automaticCollection')).toEqual([
      ['changed', 'adverse', 'collectionMethodChanged', '$.automaticCollection.devices[0].kind'],
    ]);
    const row = rowsAt(result, '$.automaticCollection')[0]!;
    expect([row.before!.ko, row.after!.ko, row.before!.en, row.after!.en]).toEqual([
      '쿠키',
      '앱 SDK',
      'Cookie',
      'App SDK',
    ]);
  });

  it('a fixed video device that becomes mobile may record more: adverse; mobile to fixed is said', () => {
    const mobile = diffFrom((p) => (p.videoDevices[0].kind = 'mobile'));
    expect(rows(mobile, '$.videoDevices')).toEqual([
      ['changed', 'adverse', 'videoNowMobile', '$.videoDevices[0].kind'],
    ]);
    const row = rowsAt(mobile, '$.videoDevices')[0]!;
    expect([row.before!.ko, row.after!.ko, row.before!.en, row.after!.en]).toEqual([
      '고정형 영상정보처리기기',
      '이동형 영상정보처리기기',
      'Fixed device',
      'Mobile device',
    ]);
    expect(row.reason.ko).toBe(
      '고정형에서 이동형 영상정보처리기기로 바뀌어 더 많은 곳을 촬영할 수도 있습니다.',
    );
    expect(row.reason.en).toBe('A fixed device becomes a mobile one, and may record in more places.');
    const fixed = diffFrom((p) => (p.videoDevices[1].kind = 'fixed'));
    expect(
      rowsAt(fixed, '$.videoDevices').map((change) => [change.impact, change.reason.ko, change.reason.en]),
    ).toEqual([
      ['neutral', '이동형에서 고정형 영상정보처리기기로 바뀝니다.', 'A mobile device becomes a fixed one.'],
    ]);
  });
});

describe('diffPolicies: a special-category notice dropped for items still processed is not less processing', () => {
  it('is adverse (the items are still processed, the notice is gone); stated again it is neutral', () => {
    const withNotice = messenger();
    const without = messenger();
    without.sensitiveInformation.splice(0, 1);
    const dropped = diffPolicies(assertPolicy(withNotice), assertPolicy(without));
    const rows = rowsAt(dropped, '$.sensitiveInformation');
    expect(rows.map((row) => [row.kind, row.impact, row.reasonCode])).toEqual([
      ['removed', 'adverse', 'specialCategoryUnstated'],
    ]);
    expect(rows[0]!.reason.ko).toBe('항목은 계속 처리하지만 이 안내가 없어집니다.');
    expect(rows[0]!.reason.en).toBe('The items are still processed, but this notice is gone.');
    expect(rows.map((row) => row.reason.ko)).not.toContain('없어집니다. 처리가 줄어듭니다.');
    const stated = rowsAt(
      diffPolicies(assertPolicy(without), assertPolicy(withNotice)),
      '$.sensitiveInformation',
    );
    expect(stated.map((row) => [row.kind, row.impact, row.reason.ko, row.reason.en])).toEqual([
      [
        'added',
        'neutral',
        '이미 처리하던 항목에 이 안내를 새로 붙입니다.',
        'Items already processed now carry this notice.',
      ],
    ]);
  });

  it('dropped together with the items themselves, it is still less processing', () => {
    const previous = messenger();
    const next = messenger();
    const itemId = next.sensitiveInformation[0].itemId;
    next.sensitiveInformation.splice(0, 1);
    next.collectedItems = next.collectedItems.filter((item: Raw) => item.id !== itemId);
    for (const entry of next.uniqueIdentifiers) expect(entry.itemId).not.toBe(itemId);
    const parsed = parsePolicy(next);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rows = rowsAt(diffPolicies(assertPolicy(previous), parsed.policy), '$.sensitiveInformation');
    expect(rows.map((row) => [row.kind, row.impact, row.reasonCode])).toEqual([
      ['removed', 'favourable', 'removed'],
    ]);
  });
});

describe('diffPolicies: a collection method stated for the first time', () => {
  it('is said as newly stated (neutral), not as collecting in more ways', () => {
    const previous = readExample('messenger-platform') as Raw;
    delete previous.collectedItems[0].collectionMethod;
    delete previous.behaviouralAdvertising.operators[0].collectionTool;
    const next = readExample('messenger-platform') as Raw;
    const result = diffPolicies(assertPolicy(previous), assertPolicy(next));
    const rows = [
      ...rowsAt(result, '$.collectedItems[0].collectionMethod'),
      ...rowsAt(result, '$.behaviouralAdvertising.operators[0].collectionTool'),
    ];
    expect(rows.map((row) => [row.impact, row.reasonCode, row.reason.ko, row.reason.en])).toEqual([
      [
        'neutral',
        'collectionMethodStated',
        '수집 방법을 새로 밝힙니다.',
        'How it is collected is now stated.',
      ],
      [
        'neutral',
        'collectionMethodStated',
        '수집 방법을 새로 밝힙니다.',
        'How it is collected is now stated.',
      ],
    ]);
    expect(rows[0]!.after!.ko).toBe('앱·웹 회원가입 화면');
  });
});
