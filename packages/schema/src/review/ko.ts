import type { DiffArea } from '../diff/diffPolicies.js';
import { withParticle } from '../i18n/korean.js';
import type { Translation } from '../i18n/translations.js';
import type { TextInLocale } from '../lint/lintWords.js';
import type { NamedThing, PurposeName } from '../lint/rules.js';
import { schemaKo } from '../locales/ko.js';
import type { ReviewWords } from './words.js';

/** Names as the PIPC caption rule lists them: up to three, else two and how many more ("A, B 외 3개"). */
const someKo = (names: readonly string[]) =>
  names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} 외 ${names.length - 2}개`;

/** Names as the subject of a clause, each named: "주민등록번호가", "비밀번호, 휴대전화번호가". */
const subjectKo = (names: readonly string[]) => withParticle(schemaKo.format.list(names), '이/가');

const namedThingKo: Record<NamedThing, string> = {
  item: '항목',
  recipient: '제공받는 자',
  processor: '수탁자',
};
let languageNamesKo: Intl.DisplayNames | undefined;
/** "한국어", "영어", "일본어" for a BCP 47 tag. */
const languageKo = (tag: string) => {
  languageNamesKo ??= new Intl.DisplayNames(['ko'], { type: 'language', fallback: 'code' });
  return languageNamesKo.of(tag) ?? tag;
};

/** A purpose a lint rule names: the policy's title, or personalised ads. */
const purposeNameKo = (text: TextInLocale) => (purpose: PurposeName) =>
  purpose === 'personalisedAdvertising' ? '맞춤형 광고' : text(purpose);

const diffAreasKo: Record<DiffArea, string> = {
  purposes: '처리 목적',
  collectedItems: '처리 항목',
  sensitiveInformation: '민감정보',
  uniqueIdentifiers: '고유식별정보',
  retention: '보유 기간',
  destruction: '파기',
  thirdPartyProvision: '제3자 제공',
  entrustment: '처리 위탁',
  overseasTransfer: '국외 이전',
  automaticCollection: '자동 수집 장치',
  behaviouralAdvertising: '맞춤형 광고',
  behaviouralInformation: '행태정보',
  pseudonymisedInformation: '가명정보',
  additionalUse: '추가적 이용·제공',
  generativeAi: '생성형 AI',
  automatedDecisions: '자동화된 결정',
  onDeviceProcessing: '기기 안에서의 처리',
  videoDevices: '영상정보처리기기',
  children: '아동',
  rights: '정보주체의 권리',
  securityMeasures: '안전성 확보 조치',
  contacts: '연락처',
  certifications: '인증',
  labels: '라벨',
};

/** The words of the checks, the version diff and the change notice in Korean. */
export const reviewKo: ReviewWords = {
  lint: {
    severities: { error: '오류', warning: '경고', notice: '참고' },
    summary: ({ error, warning, notice }) => `오류 ${error}개, 경고 ${warning}개, 참고 ${notice}개`,
    clean: '점검에서 찾은 문제가 없습니다.',
    rules: {
      'optional-purpose-on-required-consent': {
        title: '선택 목적을 필수 근거로 처리',
        description:
          '마케팅, 맞춤형 광고·추천, AI 학습, 프로파일링처럼 서비스 제공에 필요하지 않은 목적은 이용자가 거부할 수 있는 선택 동의나 별도 동의로만 처리해야 합니다.',
        message: ({ items, purposes, basis }, text) =>
          `「${someKo(items.map(text))}」 항목을 서비스에 필요하지 않은 목적(${purposes.map(purposeNameKo(text)).join(', ')})에 쓰면서 근거가 ‘${schemaKo.legalBases[basis]}’입니다. 이용자가 거부할 수 없습니다.`,
        fix: () =>
          '그 목적은 선택 동의(consentOptional)나 별도 동의(separateConsent)로 받아 거부할 수 있게 하거나, 필수 항목의 목적에서 빼 주세요.',
      },
      'optional-purpose-without-consent': {
        title: '선택 목적을 동의 없이 처리',
        description:
          '맞춤형 광고나 마케팅 등 서비스 밖의 목적을 정당한 이익이나 법령상 의무 등 동의가 아닌 근거로 처리하면 유효한 동의 없이 처리한 것으로 볼 수 있습니다(2022년 구글·메타 처분). 법령이 요구하는 처리는 그 법령의 목적에 한정됩니다.',
        message: ({ items, purposes, basis }, text) =>
          `「${someKo(items.map(text))}」 항목을 ${purposes.map(purposeNameKo(text)).join(', ')} 목적에 쓰는 근거가 ‘${schemaKo.legalBases[basis]}’입니다. 동의를 받지 않습니다.`,
        fix: ({ basis }) =>
          basis === 'legalObligation'
            ? '법령이 요구하는 것은 이 목적이 아닙니다. 이 목적에 쓰는 정보는 항목을 따로 적어 선택 동의(consentOptional)를 받고 거부하는 방법을 알려 주세요. 법령상 의무로 처리하는 항목의 목적에서는 빼 주세요.'
            : '이 목적에는 선택 동의(consentOptional)를 받고, 거부하는 방법을 알려 주세요.',
      },
      'deemed-consent-beyond-contract': {
        title: '간주 동의로 계약 밖의 처리',
        description:
          '동의는 명확한 행위로 받아야 하며, 거부 의사를 밝히지 않았다고 동의로 볼 수 없습니다. 계약 이행에 필요한 것 밖의 처리는 이용자가 고를 수 있는 동의로 받아야 합니다.',
        message: ({ items, purposes, days }, text) =>
          `「${someKo(items.map(text))}」 항목을 ${days}일 안에 거부하지 않으면 동의한 것으로 보고(간주 동의) ${purposes.map(purposeNameKo(text)).join(', ')} 목적에 씁니다. 침묵은 동의가 아닙니다.`,
        fix: () =>
          '이 처리는 선택 동의(consentOptional)로 받아 거부해도 서비스를 쓸 수 있게 해 주세요. 계약 이행에 꼭 필요한 목적이라면 근거를 contract로 적고 그 목적에 "category": "necessary"를 적어 주세요.',
      },
      'refusal-costs-service': {
        title: '선택 항목 거부에 서비스 불이익',
        description:
          '서비스에 필요한 최소한의 정보 외의 수집이나 선택 동의를 거부했다는 이유로 서비스 제공을 거부하면 안 됩니다(과태료 최대 3천만 원).',
        message: ({ items, effect }, text) =>
          `서비스에 꼭 필요하지 않은 「${someKo(items.map(text))}」 항목을 거부하면 ${effect === 'contractTerminated' ? '이용 계약이 해지됩니다' : '서비스를 이용할 수 없습니다'}.`,
        fix: () =>
          '거부해도 서비스를 계속 쓸 수 있게 하고 "effect"를 none이나 featureUnavailable(그 기능만 제한)로 고쳐 주세요.',
      },
      'resident-registration-number-without-law': {
        title: '법령 근거 없는 주민등록번호',
        description:
          '주민등록번호는 법령이 요구하거나 허용할 때만 처리할 수 있고, 동의로는 처리할 수 없습니다.',
        message: ({ items }, text) =>
          `주민등록번호를 담은 「${someKo(items.map(text))}」 항목의 근거가 법령이 아닙니다. 동의만으로는 주민등록번호를 처리할 수 없습니다.`,
        fix: () =>
          '주민등록번호 처리를 요구하는 법령이 있다면 그 항목의 근거를 legalObligation으로 하고 "law"에 법령 이름을 적어 주세요. 없다면 주민등록번호를 받지 말고 다른 확인 수단을 쓰세요.',
      },
      'special-category-without-separate-consent': {
        title: '민감정보·고유식별정보에 별도 동의 없음',
        description: '민감정보와 고유식별정보는 다른 동의와 구분한 별도 동의나 법령에 근거해야 합니다.',
        message: ({ items, kind, basis }, text) =>
          `${kind === 'sensitive' ? '민감정보' : schemaKo.uniqueIdentifiers[kind]}를 담은 「${someKo(items.map(text))}」 항목의 근거가 ‘${schemaKo.legalBases[basis]}’입니다.`,
        fix: () =>
          '그 항목의 근거를 별도 동의(separateConsent)나 법령(legalObligation, "law"와 함께)으로 고쳐 주세요.',
      },
      'children-without-guardian-consent': {
        title: '만 14세 미만에 법정대리인 동의 없음',
        description: '만 14세 미만 아동의 개인정보를 처리하려면 법정대리인의 동의를 받아야 합니다.',
        message: ({ minimumAge }) =>
          minimumAge === undefined
            ? '만 14세 미만 아동의 정보를 처리하는데 법정대리인 동의 방법이 없습니다.'
            : `만 ${minimumAge}세부터 서비스를 쓸 수 있어 만 14세 미만 아동의 정보도 처리하게 되는데, 법정대리인 동의 방법이 없습니다.`,
        fix: () =>
          '"children"에 "collectsFromUnder14": true와 법정대리인 동의 방법("guardianConsent")을 적거나, 이용 가능 나이("minimumAge")를 14로 올려 주세요.',
      },
      'personalised-ads-to-children': {
        title: '만 14세 미만에게 맞춤형 광고',
        description:
          '만 14세 미만 아동의 행태정보로 맞춤형 광고를 하면 안 됩니다. 처리방침 작성지침은 아동 대상 광고 여부를 분명히 적도록 합니다.',
        message: () => '만 14세 미만 아동도 서비스를 쓰는데 맞춤형 광고에서 아동을 빼지 않습니다.',
        fix: () =>
          '만 14세 미만에게는 맞춤형 광고를 보여 주지 말고 행태정보도 모으지 마세요. 그런 뒤 "childrenUnder14Excluded"를 true로 고쳐 주세요.',
      },
      'overseas-transfer-particular-missing': {
        title: '국외 이전 사항 누락',
        description:
          '동의를 받아 국외로 이전할 때는 이전받는 자, 국가, 항목, 시기·방법, 목적, 보유 기간과 함께 거부 방법과 거부할 때의 불이익을 알려야 합니다.',
        message: ({ recipient, missing }, text) =>
          `「${text(recipient)}」에 대한 국외 이전에 ${missing.map((key) => (key === 'howToRefuse' ? '거부 방법' : '거부할 때의 불이익')).join('과 ')}이 없습니다.`,
        fix: ({ missing }) => `${missing.map((key) => `"${key}"`).join(', ')} 항목에 내용을 적어 주세요.`,
      },
      'automatic-collection-without-refusal': {
        title: '자동 수집을 거부할 방법 없음',
        description: '쿠키 등 자동 수집 장치를 쓰면 그 설치·운영과 거부하는 방법을 처리방침에 적어야 합니다.',
        message: () => '쿠키 등 자동 수집 장치를 거부할 방법이 없습니다.',
        fix: () =>
          '브라우저·앱 설정 등 거부하는 방법을 마련해 "optOut": {"available": true, "how": [...]}로 적어 주세요.',
      },
      'ads-without-opt-out': {
        title: '맞춤형 광고 거부 방법 없음',
        description: '맞춤형 광고는 이용자가 언제든지 허용하거나 차단할 수 있어야 합니다.',
        message: () => '맞춤형 광고를 거부할 방법이 없습니다.',
        fix: () => '설정 메뉴 등 맞춤형 광고를 끄는 방법을 마련해 "optOut"에 적어 주세요.',
      },
      'behavioural-collection-without-opt-out': {
        title: '행태정보 수집 거부 방법 없음',
        description:
          '정보주체는 자기 개인정보의 처리를 멈추도록 요구할 수 있습니다. 추천 등 광고 밖의 목적으로 행태정보를 모으더라도 그 수집을 거부하는 방법을 알려야 합니다.',
        message: () => '행태정보(검색·열람 기록 등) 수집을 거부할 방법이 없습니다.',
        fix: () =>
          '설정 메뉴 등 행태정보 수집을 끄는 방법을 마련해 "behaviouralInformation"의 "optOut": {"available": true, "how": [...]}로 적어 주세요.',
      },
      'ai-training-without-opt-out': {
        title: 'AI 학습 제외 방법 없음',
        description:
          '정보주체는 자기 개인정보의 처리를 멈추도록 요구할 수 있습니다. 생성형 AI 학습에 개인정보를 쓰면 이용자가 학습에서 빠지는 방법을 알려야 합니다.',
        message: () => '내 정보를 AI 학습에서 빼 달라고 할 방법이 없습니다.',
        fix: () =>
          '설정 메뉴나 요청 창구 등 학습에서 빠지는 방법을 마련해 "generativeAi"의 "training"에 "optOut": {"available": true, "how": [...]}로 적어 주세요.',
      },
      'mandatory-item-missing': {
        title: '처리방침 필수 기재 사항 누락',
        description: '처리방침에는 법과 시행령이 정한 사항을 빠짐없이 적어야 합니다.',
        message: ({ item }) =>
          ({
            automaticCollection:
              '맞춤형 광고를 위해 행태정보를 모으는데, 자동 수집 장치(쿠키·SDK 등)의 설치·운영과 거부 방법이 없습니다.',
            securityMeasures: '안전성 확보 조치가 하나도 적혀 있지 않습니다.',
            contact: '보호책임자의 전화번호도, 고충처리 부서도 없어 연락할 곳이 부족합니다.',
          })[item],
        fix: ({ item }) =>
          ({
            automaticCollection: '"automaticCollection"에 쓰는 장치와 거부 방법을 적어 주세요.',
            securityMeasures: '"securityMeasures"에 관리적·기술적·물리적 조치를 적어 주세요.',
            contact:
              '보호책임자의 전화번호("privacyOfficer.phone")나 고충처리 부서("contactDepartment")를 적어 주세요.',
          })[item],
      },
      'sensitive-disclosure-missing': {
        title: '민감정보 공개 가능성 안내 누락',
        description:
          '서비스를 통해 민감정보가 공개될 수 있다면 그 가능성과 비공개로 선택하는 방법을 알려야 합니다.',
        message: ({ items, missing }, text) =>
          `민감정보 「${someKo(items.map(text))}」에 ${missing.map((key) => (key === 'disclosureRisk' ? '공개될 가능성' : '비공개로 선택하는 방법')).join('과 ')}이 없습니다.`,
        fix: ({ missing, itemIdWithoutEntry }) =>
          itemIdWithoutEntry
            ? `sensitiveInformation에 {"itemId": "${itemIdWithoutEntry}", "disclosureRisk": …, "howToKeepPrivate": …}를 추가해 주세요.`
            : `${missing.map((key) => `"${key}"`).join(', ')} 항목을 적어 주세요.`,
      },
      'change-notice-too-short': {
        title: '변경 공지 기간 부족',
        description:
          '처리를 늘리는 변경은 시행 7일 전, 이용자에게 불리한 변경은 30일 전에 알리는 것이 일반적인 기준입니다(법조문이 아닌 표준 문구와 지침의 권고).',
        message: ({ days, required, version }) =>
          `버전 ${version} 변경을 시행 ${days}일 전에 알렸습니다. ${required === 30 ? '이용자에게 불리한 변경은 30일' : '처리를 늘리는 변경은 7일'} 전에 알리는 것이 권장됩니다.`,
        fix: ({ required }) =>
          `공고일("announcedOn")을 시행일보다 ${required}일 이상 앞당기거나 시행일을 미뤄 주세요.`,
      },
      'significant-change-without-comparison': {
        title: '중요한 변경에 신구대조표 없음',
        description:
          '항목·목적이 바뀌는 등 중요한 변경은 변경 전후를 비교한 신구대조표와 함께 따로 알려야 합니다.',
        message: ({ version }) => `버전 ${version} 변경은 중요한 변경인데 신구대조표가 없습니다.`,
        fix: () =>
          '신구대조표를 공개하고 그 주소를 "comparisonUrl"에 적어 주세요. PolicyComparison 컴포넌트나 privacy-label diff --out으로 만들 수 있습니다.',
      },
      'adverse-change-not-declared': {
        title: '불리한 변경을 불리하다고 적지 않음',
        description:
          '이전 버전과 비교해 이용자에게 불리한 변경이 있으면 버전 기록에 그렇게 적어야 라벨에 ‘불리한 변경’ 표시가 나옵니다.',
        message: ({ version, adverseChanges }) =>
          `이전 버전과 비교하면 이용자에게 불리한 변경이 ${adverseChanges}건 있는데, ${version ? `버전 ${version} 기록에는 불리하지 않다고 적혀 있습니다` : '버전 기록이 없습니다'}.`,
        fix: ({ version }) =>
          version
            ? `버전 ${version}의 "adverseToUsers"를 true로 고쳐 주세요.`
            : '"versionHistory"에 이번 변경을 적고 "adverseToUsers": true로 표시해 주세요.',
      },
      'adverse-change-not-computed': {
        title: '불리하다고 적었지만 불리한 변경이 보이지 않음',
        description:
          '버전 기록은 불리한 변경이라고 하는데 데이터에서 불리한 변경을 찾지 못했습니다. 데이터에 빠진 변경이 있는지 확인하세요.',
        message: ({ version }) =>
          `버전 ${version} 기록은 불리한 변경이라고 하지만, 이전 버전과 비교해 불리한 변경을 찾지 못했습니다.`,
        fix: () =>
          '바뀐 내용이 데이터에 모두 반영됐는지 확인하고, 그렇다면 "adverseToUsers"를 false로 고쳐 주세요.',
      },
      'effective-version-not-in-history': {
        title: '시행일의 버전이 버전 기록에 없음',
        description:
          '라벨과 변경 이력은 시행일에 시행되는 버전을 지금 버전으로 알려 줍니다. 버전 기록에 그 버전이 없으면 불리한 변경 표시도 빠질 수 있습니다.',
        message: ({ effectiveDate, latestBefore }) => {
          const date = schemaKo.format.date;
          const latest = latestBefore
            ? ` 그 전의 마지막 기록은 버전 ${latestBefore.version}(${date(latestBefore.effectiveOn)} 시행)입니다.`
            : '';
          return `시행일은 ${date(effectiveDate)}인데 버전 기록에 이날 시행되는 버전이 없습니다.${latest}`;
        },
        fix: () =>
          '"versionHistory"에 시행일에 시행되는 버전(버전 번호, 공고일, 시행일, 바뀐 내용)을 더하거나, "effectiveDate"를 바로잡아 주세요.',
      },
      'certification-not-in-force': {
        title: '시행일에 유효하지 않은 인증',
        description:
          '처리방침 시행일에 유효기간이 끝났거나 아직 시작하지 않은 인증은 받은 인증처럼 보여서는 안 됩니다. 라벨에서는 빠집니다.',
        message: ({ scheme, name, validFrom, validTo, effectiveDate, ended }, text) => {
          const certification = name ? text(name) : schemaKo.certificationSchemes[scheme];
          const date = schemaKo.format.date;
          return `${withParticle(certification, '은/는')} 유효기간(${date(validFrom)} ~ ${date(validTo)})이 시행일(${date(effectiveDate)}) ${ended ? '전에 끝났습니다' : '뒤에 시작합니다'}.`;
        },
        fix: ({ ended }) =>
          ended
            ? '인증을 갱신했다면 새 인증서의 "validFrom"과 "validTo"를 적고, 갱신하지 않았다면 이 인증을 지워 주세요.'
            : '인증서에 적힌 날짜가 맞는지 확인하고, 맞다면 인증이 유효해진 뒤에 처리방침에 넣어 주세요.',
      },
      'additional-use-criteria-missing': {
        title: '추가적 이용·제공의 고려사항 누락',
        description:
          '동의 없이 추가로 이용·제공하려면 시행령 제14조의2의 네 가지 사항을 모두 고려하고, 그 기준을 처리방침에 미리 밝혀야 합니다.',
        message: ({ purpose, missing }, text) =>
          `「${text(purpose)}」의 추가적 이용·제공에 ${missing.map((criterion) => schemaKo.compatibilityCriteria[criterion]).join(', ')}에 대한 판단이 없습니다.`,
        fix: () => '"criteria"에 빠진 고려사항마다 어떻게 판단했는지 적어 주세요.',
      },
      'guardian-rights-missing': {
        title: '법정대리인의 권리 행사 방법 없음',
        description:
          '처리방침에는 정보주체와 법정대리인의 권리와 그 행사 방법을 적어야 합니다. 아동의 정보를 처리하면 법정대리인이 무엇을 어떻게 요구할 수 있는지가 특히 중요합니다.',
        message: () =>
          '만 14세 미만 아동의 정보를 처리하지만, 법정대리인이 무엇을 어떻게 요구할 수 있는지 적혀 있지 않습니다.',
        fix: () =>
          '"children.guardianRights"에 요구할 수 있는 것("rights")과 방법("howToExercise")을 적어 주세요.',
      },
      'name-written-two-ways': {
        title: '한 언어로는 같고 다른 언어로는 다르게 적힌 이름',
        description:
          '라벨은 모든 언어에서 이름이 같은 항목만 하나로 셉니다. 한국어 이름이 같아도 영어 이름이 다르면 둘로 세므로, 한국어 라벨의 개수가 보이는 이름보다 많아질 수 있습니다. 제공받는 자와 수탁자는 라벨마다 그 언어의 이름으로 세므로, 한국어 라벨과 영어 라벨의 개수가 달라집니다. 같은 것을 두 가지로 적었는지 살펴보세요.',
        message: ({ kind, shared, differing }) => {
          const named = `${languageKo(shared.language)} 이름이 「${shared.text}」인 ${namedThingKo[kind]}의 ${languageKo(differing.language)} 이름이 ${differing.texts.length}가지입니다: ${differing.texts.map((text) => `"${text}"`).join(', ')}.`;
          return kind === 'item'
            ? `${named} 라벨은 이들을 서로 다른 항목으로 셉니다.`
            : `${named} ${languageKo(differing.language)} 라벨은 이들을 서로 다른 곳으로, ${languageKo(shared.language)} 라벨은 한 곳으로 셉니다.`;
        },
        fix: ({ shared, differing }) =>
          `같은 것이라면 ${languageKo(differing.language)} 이름을 하나로 맞추고, 다른 것이라면 ${languageKo(shared.language)} 이름도 서로 구별되게 적어 주세요.`,
      },
    },
  },
  diff: {
    areas: diffAreasKo,
    impacts: { adverse: '불리', favourable: '유리', neutral: '중립' },
    kinds: { added: '추가', removed: '삭제', changed: '변경' },
    reasons: {
      added: '새로 생겼습니다. 처리가 늘어납니다.',
      removed: '없어집니다. 처리가 줄어듭니다.',
      reworded: '표현이 바뀌었습니다.',
      itemsAdded: '처리하는 항목이 늘어납니다.',
      itemsRemoved: '처리하는 항목이 줄어듭니다.',
      itemsReplaced: '처리하는 항목이 바뀝니다. 더해지는 항목도 빠지는 항목도 있습니다.',
      purposesAdded: '같은 정보를 더 많은 목적에 씁니다.',
      purposesRemoved: '정보를 쓰는 목적이 줄어듭니다.',
      purposesReplaced: '정보를 쓰는 목적이 바뀝니다. 더해지는 목적도 빠지는 목적도 있습니다.',
      basisWider: '이용자가 결정할 수 있는 범위가 좁은 근거로 바뀝니다.',
      basisNarrower: '이용자가 더 쉽게 거부할 수 있는 근거로 바뀝니다.',
      basisChanged: '처리 근거가 바뀝니다.',
      refusalWeaker: '거부하기 어려워지거나 거부할 때 불이익이 커집니다.',
      refusalStronger: '거부하기 쉬워지거나 거부할 때 불이익이 줄어듭니다.',
      retentionLonger: '더 오래 보관합니다.',
      retentionShorter: '더 짧게 보관합니다.',
      retentionChanged: '보관 기준이 바뀝니다.',
      newCountry: '정보가 새로운 나라로 갑니다.',
      retentionMayBeLonger: '보관 기준이 바뀌어 더 오래 보관할 수도 있습니다.',
      countryChanged: '정보가 가는 나라가 바뀝니다.',
      processorAdded: '국내에서 처리를 맡기는 곳이 늘어납니다.',
      processorAbroadAdded: '국외에서 처리를 맡기는 곳이 늘어납니다. 정보가 국외로 갑니다.',
      basisDeemedConsent: '거부 의사를 밝히지 않으면 동의한 것으로 보는 근거로 바뀝니다.',
      purposeChanged: '정보를 쓰는 목적이 바뀝니다.',
      recipientAdded: '정보를 받거나 수집하는 곳이 새로 생깁니다.',
      recipientRemoved: '정보를 받는 곳이 없어집니다.',
      recipientChanged: '정보를 받는 곳이 바뀝니다.',
      objectionShorter: '거부 의사를 밝힐 수 있는 기간이 짧아집니다.',
      objectionLonger: '거부 의사를 밝힐 수 있는 기간이 길어집니다.',
      inactiveSeparationAdded: '오래 쓰지 않은 계정의 정보를 따로 보관하다가 파기합니다.',
      inactiveSeparationRemoved: '오래 쓰지 않은 계정의 정보를 따로 보관하고 파기하는 기준이 없어집니다.',
      attentionAdded: '라벨에 새 주의 표시가 붙습니다.',
      captionChanged: '라벨에 적힌 내용이 바뀝니다.',
      leavesDevice: '기기 밖으로 보내는 정보가 생기거나 바뀝니다.',
      optOutRemoved: '거부할 방법이 없어집니다.',
      optOutAdded: '거부할 방법이 생깁니다.',
      childrenAdsAllowed: '만 14세 미만에게도 맞춤형 광고를 보여 줍니다.',
      childrenAdsExcluded: '만 14세 미만에게는 맞춤형 광고를 보여 주지 않습니다.',
      channelsRemoved: '권리를 행사하거나 연락할 방법이 줄어듭니다.',
      channelsAdded: '권리를 행사하거나 연락할 방법이 늘어납니다.',
      channelsReplaced: '권리를 행사하거나 연락할 방법이 바뀝니다. 더해지는 방법도 없어지는 방법도 있습니다.',
      responseSlower: '요구에 답하는 기간이 길어집니다.',
      responseFaster: '요구에 답하는 기간이 짧아집니다.',
      contactChanged: '연락처가 바뀝니다.',
      dataTypesAdded: '처리하는 정보의 종류가 늘어납니다.',
      dataTypesRemoved: '처리하는 정보의 종류가 줄어듭니다.',
      dataTypesReplaced: '처리하는 정보의 종류가 바뀝니다. 더해지는 종류도 빠지는 종류도 있습니다.',
      subProcessorAdded:
        '수탁자가 처리를 다시 맡긴 곳(재위탁)이 됩니다. 정보를 다루는 곳이 한 단계 늘어납니다.',
      subProcessorRemoved: '재위탁이 아니라 직접 처리를 맡긴 곳이 됩니다.',
      howToRefuseChanged: '거부하거나 거부 의사를 밝히는 방법이 바뀝니다.',
      refusalConsequenceChanged: '거부했을 때 달라지는 점이 바뀝니다.',
      collectionMethodChanged: '수집 방법이 바뀌어 다른 경로로도 수집할 수 있습니다.',
      destructionLater: '보유 기간이 끝난 뒤 파기하기까지 더 오래 걸릴 수 있습니다.',
      destructionSooner: '보유 기간이 끝난 뒤 더 빨리 파기합니다.',
      certificationAdded: '새로 받은 인증이 있습니다.',
      certificationRemoved: '더 이상 보유하지 않는 인증이 있습니다.',
      certificationEndsSooner: '인증 유효 기간이 더 일찍 끝납니다.',
      certificationExtended: '인증 유효 기간이 늘어납니다.',
      collectionStageChanged: '정보를 수집하는 때가 바뀝니다.',
      lawChanged: '처리 근거가 되는 법률이 바뀝니다.',
      destructionMethodChanged: '파기 절차나 방법이 바뀝니다.',
      certificationStartChanged: '인증 유효 기간이 시작하는 날이 바뀝니다.',
      certificationScopeChanged: '인증이 다루는 범위가 바뀝니다.',
      certificateNumberChanged: '인증서 번호가 바뀝니다.',
      decisionRefusalRemoved: '자동화된 결정을 거부할 수 있다는 내용이 없어집니다.',
      decisionRefusalAdded: '자동화된 결정을 거부할 수 있게 됩니다.',
      decisionCriteriaChanged: '결정 기준이 바뀌어 다른 정보로 결정할 수도 있습니다.',
      decisionMethodChanged: '결정 기준이나 절차가 바뀝니다.',
      transferMethodChanged: '언제 어떻게 옮기는지가 바뀝니다.',
      guardianRightsRemoved: '법정대리인이 요구할 수 있는 것이 줄어듭니다.',
      guardianRightsAdded: '법정대리인이 요구할 수 있는 것이 늘어납니다.',
      guardianRightsReplaced:
        '법정대리인이 요구할 수 있는 것이 바뀝니다. 더해지는 것도 빠지는 것도 있습니다.',
      guardianConsentChanged: '법정대리인의 동의를 받는 방법이 바뀝니다.',
      minimumAgeChanged: '서비스를 이용할 수 있는 최소 나이가 바뀝니다.',
      ageVerificationChanged: '나이를 확인하는 방법이 바뀝니다.',
      videoRangeChanged: '촬영 범위가 바뀌어 더 많이 촬영할 수도 있습니다.',
      recordingHoursChanged: '촬영 시간이 바뀌어 더 오래 촬영할 수도 있습니다.',
      videoNoticeChanged: '촬영 중임을 알리는 방법이 바뀝니다.',
      howToExerciseChanged: '권리를 행사하는 방법이 바뀝니다.',
      responseTimeStated: '요구에 답하는 기간을 밝힙니다.',
      responseTimeUnstated: '요구에 답하는 기간을 더 이상 밝히지 않습니다.',
      purposeBeyondService:
        '서비스 제공을 넘어서는 목적(마케팅, 맞춤형 광고, 추천, AI 학습, 프로파일링)이 됩니다.',
      purposeCategoryChanged: '목적의 종류가 바뀌어 정보를 다른 용도로 쓸 수도 있습니다.',
      disclosureRiskChanged: '공개될 수 있는 경우가 바뀌어 더 많아질 수도 있습니다.',
      assessmentChanged: '동의 없이 이용·제공해도 된다고 판단한 근거가 바뀝니다.',
      inactiveNoticeChanged: '휴면 계정으로 분리하기 전에 알리는 방법이 바뀝니다.',
      securityMeasuresRemoved: '보호 조치가 줄어듭니다.',
      securityMeasuresAdded: '보호 조치가 늘어납니다.',
      securityMeasuresChanged: '보호 조치가 바뀝니다.',
      childNoticeChanged: '아동에게 처리방침을 설명하는 방법이 바뀝니다.',
      videoNowMobile: '고정형에서 이동형 영상정보처리기기로 바뀌어 더 많은 곳을 촬영할 수도 있습니다.',
      videoNowFixed: '이동형에서 고정형 영상정보처리기기로 바뀝니다.',
      specialCategoryStated: '이미 처리하던 항목에 이 안내를 새로 붙입니다.',
      specialCategoryUnstated: '항목은 계속 처리하지만 이 안내가 없어집니다.',
      collectionMethodStated: '수집 방법을 새로 밝힙니다.',
      replaced: '새로 생기는 것도 없어지는 것도 있습니다.',
    },
    subject: (area, names) => `${diffAreasKo[area]}: ${someKo(names)}`,
    subjects: {
      automaticCollection: '자동 수집 장치',
      behaviouralAdvertising: '맞춤형 광고',
      children: '만 14세 미만 아동의 개인정보',
      rightsChannels: '권리 행사 방법',
      responseTime: '권리 행사 요구에 답하는 기간',
      privacyOfficer: '개인정보 보호책임자',
      contactDepartment: '고충처리 부서',
      behaviouralInformation: '행태정보 수집',
      generativeAi: '생성형 AI 이용',
      aiTraining: 'AI 학습에 이용하는 정보',
      aiPrompts: 'AI 입력·출력 정보',
      inactiveAccounts: '휴면 계정',
      destructionDeadline: '파기 기한',
      destructionProcedure: '파기 절차',
      electronicDestruction: '전자적 파일의 파기 방법',
      paperDestruction: '종이 문서의 파기 방법',
      guardianRights: '법정대리인의 권리',
      guardianConsent: '법정대리인 동의',
      minimumAge: '서비스를 이용할 수 있는 나이',
      ageVerification: '나이 확인',
      legalRepresentative: '대리인을 통한 권리 행사',
      controller: '개인정보처리자',
      domesticAgent: '국내대리인',
      accessRequests: '열람청구 접수·처리 부서',
      retentionPrinciple: '보유 원칙',
      administrativeMeasures: '관리적 조치',
      technicalMeasures: '기술적 조치',
      physicalMeasures: '물리적 조치',
    },
    yes: '예',
    no: '아니요',
    cannotRefuse: '거부할 수 없습니다.',
  },
  changeNotice: {
    title: '개인정보 처리방침 변경 안내',
    headline: ({ controller, effectiveOn, version }) =>
      `${withParticle(controller, '은/는')} ${effectiveOn}부터 개인정보 처리방침${version ? `(버전 ${version})` : ''}을 바꿉니다.`,
    announced: ({ announcedOn, days }) => `${announcedOn}에 알립니다(시행 ${days}일 전).`,
    overall: {
      adverse:
        '이번 변경에는 이용자에게 불리한 내용이 있습니다. 아래에서 무엇이 바뀌는지, 어떻게 거부할 수 있는지 확인해 주세요.',
      favourable: '이번 변경은 이용자에게 유리한 내용입니다.',
      neutral: '이번 변경으로 처리하는 정보와 목적은 달라지지 않습니다.',
    },
    changesHeading: '무엇이 바뀌나요',
    labelsHeading: '바뀌는 라벨',
    labelBefore: '변경 전',
    labelAfter: '변경 후',
    newFlag: '새 주의 표시',
    objectHeading: '거부하려면',
    deadline: ({ subject, days, deadline }) =>
      `「${subject}」: 시행일부터 ${days}일이 지난 ${deadline}까지 거부 의사를 밝히지 않으면 동의한 것으로 봅니다.`,
    howToObject: '거부 방법',
    refusalEffect: '거부하면',
    findingsHeading: '점검에서 찾은 문제',
    findingsIntro: '처리방침 작성자를 위한 점검 결과입니다. 공개하기 전에 고쳐 주세요.',
    comparisonTitle: '신구대조표',
    comparisonCaption: ({ before, after }) => `${before} 시행 방침과 ${after} 시행 방침 비교`,
    columns: {
      area: '구분',
      subject: '내용',
      before: '변경 전',
      after: '변경 후',
      impact: '이용자 영향',
      reason: '이유',
    },
    absent: '없음',
    noChanges: '바뀐 내용이 없습니다.',
    previousVersions: '이전 버전',
  },
  diffValues: {
    purposeCategories: {
      necessary: '서비스 제공에 필요한 목적',
      marketing: '마케팅',
      personalisedAdvertising: '맞춤형 광고',
      recommendations: '맞춤형 추천',
      aiTraining: 'AI 학습',
      profiling: '프로파일링',
      unstated: '정하지 않음',
    },
    videoDeviceKinds: { fixed: '고정형 영상정보처리기기', mobile: '이동형 영상정보처리기기' },
  },
  diffReplaced: {
    itemsReplaced: ({ added, removed }) =>
      `처리하는 항목이 바뀝니다: ${subjectKo(added)} 더해지고 ${subjectKo(removed)} 빠집니다.`,
    purposesReplaced: ({ added, removed }) =>
      `정보를 쓰는 목적이 바뀝니다: ${subjectKo(added)} 더해지고 ${subjectKo(removed)} 빠집니다.`,
    replaced: ({ added, removed }) => `${subjectKo(added)} 새로 생기고 ${subjectKo(removed)} 없어집니다.`,
    dataTypesReplaced: ({ added, removed }) =>
      `처리하는 정보의 종류가 바뀝니다: ${subjectKo(added)} 더해지고 ${subjectKo(removed)} 빠집니다.`,
    channelsReplaced: ({ added, removed }) =>
      `권리를 행사하거나 연락할 방법이 바뀝니다: ${subjectKo(added)} 더해지고 ${subjectKo(removed)} 없어집니다.`,
    guardianRightsReplaced: ({ added, removed }) =>
      `법정대리인이 요구할 수 있는 것이 바뀝니다: ${subjectKo(added)} 더해지고 ${subjectKo(removed)} 빠집니다.`,
  },
};

/** Korean review words as a `Translation`, for `registerTranslations` or a `translations` option. */
export const koReview: Translation = { locale: 'ko', words: { review: reviewKo } };
