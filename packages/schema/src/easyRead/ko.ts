import { type KoreanParticle, withParticle } from '../i18n/korean.js';
import type { Translation } from '../i18n/translations.js';
import type { EasyReadWords, EasyWord } from './words.js';

/**
 * Hard words and what the chat says instead. The first two pairs are Appendix 2's own examples (PIPC 2026 guideline);
 * the rest follow them for the other terms a policy uses. Longer words first, so "개인정보처리자" is replaced before
 * "처리".
 */
const easyWords: readonly EasyWord[] = [
  { hard: '법정대리인', easy: '보호자' },
  { hard: '파기', easy: '지우기' },
  { hard: '정보주체', easy: '나' },
  { hard: '처리위탁', easy: '일 맡기기' },
  { hard: '수탁자', easy: '일을 맡은 회사' },
  { hard: '제3자 제공', easy: '다른 회사에 주기' },
  { hard: '국외 이전', easy: '다른 나라로 보내기' },
  { hard: '행태정보', easy: '내가 보고 누른 기록' },
  { hard: '가명처리', easy: '이름을 가리기' },
  { hard: '열람', easy: '보기' },
  { hard: '정정', easy: '고치기' },
  { hard: '처리정지', easy: '그만 쓰기' },
  { hard: '철회', easy: '취소' },
];

// Inside the business's own text (item names, purposes, recipients), nouns that keep the sentence grammatical are
// swapped; every other hard word keeps its place with the easy word before it ("청약취소(철회)"), which Appendix 2
// allows: a hard word explained beside the easy one.
const swappedInPolicyText = new Set(['법정대리인', '정보주체']);
const policyTextWords: readonly EasyWord[] = easyWords.map((word) =>
  swappedInPolicyText.has(word.hard) ? word : { hard: word.hard, easy: `${word.easy}(${word.hard})` },
);

// The particles whose form follows the sound before them, as es-hangul writes them. Each form of the policy's own
// particle (either one: 법정대리인이, 정보주체가) is found after the hard word, longest first ("이라면" before "이").
const alternatingParticles: readonly KoreanParticle[] = [
  '으로부터/로부터',
  '으로서/로서',
  '으로써/로써',
  '이에요/예요',
  '이나/나',
  '이란/란',
  '이랑/랑',
  '이라/라',
  '으로/로',
  '을/를',
  '은/는',
  '와/과',
  '이/가',
];
const particleForms = alternatingParticles
  .flatMap((particle) => particle.split('/').map((form) => ({ form, particle })))
  .sort((a, b) => b.form.length - a.form.length);
// The subject particle ends its word; "이" followed by more is the copula ("법정대리인인", "법정대리인입니다"), which
// stays as it is after a vowel too ("보호자인", "보호자입니다").
const endsTheWord = new Set(['이', '가']);

/** The particle the policy wrote after a hard word (`rest`: the Hangul right after it), if it is one that alternates. */
function particleAt(rest: string): { particle: KoreanParticle; form: string } | undefined {
  for (const { form, particle } of particleForms) {
    if (!rest.startsWith(form)) continue;
    if (endsTheWord.has(form) && rest.length > form.length) continue;
    return { particle, form };
  }
  return undefined;
}

const hardWordPattern = new RegExp(
  policyTextWords.map(({ hard }) => hard.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
const easyByHard = new Map(policyTextWords.map((word) => [word.hard, word.easy]));

/**
 * The hard words of a policy's own sentence replaced, each with the particle after it made to agree with the word said
 * instead: 법정대리인이 → 보호자가, 정보주체가 → 내가, 열람을 → 보기(열람)를 (after a word in brackets, the particle agrees
 * with the word before them, as the National Institute of Korean Language advises and `withParticle` does).
 */
function simplifyKorean(text: string): string {
  // One pass over the text, so an easy word that contains a hard one ("보호자(법정대리인)") is not replaced again.
  let simplified = '';
  let from = 0;
  for (const match of text.matchAll(hardWordPattern)) {
    if (match.index < from) continue;
    const hard = match[0];
    const end = match.index + hard.length;
    const easy = easyByHard.get(hard) ?? hard;
    const found = particleAt(/^[가-힣]*/.exec(text.slice(end))![0]);
    simplified += text.slice(from, match.index);
    if (found) {
      const agreeing = withParticle(easy, found.particle);
      // 나 with the subject particle is 내가, never "나가".
      simplified += agreeing === '나가' ? '내가' : agreeing;
      from = end + found.form.length;
    } else {
      simplified += easy;
      from = end;
    }
  }
  return simplified + text.slice(from);
}

export const easyReadKo: EasyReadWords = {
  locale: 'ko',
  title: '쉽게 읽는 개인정보 처리방침',
  characters: {
    guide: { name: '도담', description: '도담: 머리에 새싹 잎 두 장이 난 동그란 초록색 친구' },
    friend: { name: '콩이', description: '콩이: 눈이 큰 주황색 콩 모양 친구' },
  },
  easyWords,
  simplify: simplifyKorean,
  andMore: (count) => `그리고 ${count}개 더`,
  pair: (name, detail) => `${name} — ${detail}`,
  intro: {
    friendHello: ({ friend }) => `안녕하세요! 저는 ${withParticle(friend, '이에요/예요')}.`,
    guideHello: ({ guide, controller, service }) =>
      `저는 ${withParticle(guide, '이에요/예요')}. ${withParticle(controller, '이/가')} ${service}에서 내 정보를 어떻게 다루는지 함께 알아봐요.`,
  },
  headings: {
    'personal-information': '개인정보가 뭐예요?',
    collection: '내 정보를 언제, 무엇을 모으나요?',
    'guardian-consent': '왜 보호자가 허락해야 하나요?',
    use: '내 정보를 어디에 쓰나요?',
    location: '내가 있는 곳을 알아내나요?',
    cameras: '카메라로 나를 찍나요?',
    sharing: '내 정보를 다른 회사에 주나요?',
    overseas: '내 정보가 다른 나라로 가나요?',
    ads: '나에게 맞춘 광고를 보여 주나요?',
    'generative-ai': '인공지능(AI)이 내 정보를 쓰나요?',
    'automated-decisions': '컴퓨터가 혼자 정하는 일이 있나요?',
    deletion: '내 정보는 언제 지우나요?',
    rights: '내 정보를 보거나 지우고 싶으면 누구에게 말해요?',
  },
  personalInformation: {
    question: '개인정보가 뭐예요?',
    answer: '나를 알아볼 수 있는 정보예요. 이름, 생일, 전화번호, 얼굴 사진 같은 것이에요.',
    combined: '하나로는 몰라도 여러 개를 합쳐서 나를 알 수 있으면 그것도 개인정보예요.',
    reaction: '소중한 정보네요!',
  },
  collection: {
    question: '제 정보를 언제 모아요?',
    atSignUp: '가입할 때 이런 정보를 받아요.',
    duringUse: '서비스를 쓰는 동안 이런 정보를 받아요.',
    automatic: '서비스를 쓰면 저절로 남는 정보도 있어요.',
    optionalQuestion: '전부 꼭 줘야 해요?',
    optional: '아니요. 이 정보는 안 줘도 돼요.',
    optionalUses: '다른 일에도 꼭 필요한 정보가 있어요. 그래도 이런 일에 쓰는 것은 싫다고 할 수 있어요.',
    effects: {
      none: '안 줘도 똑같이 쓸 수 있어요.',
      featureUnavailable: '안 주면 그 기능만 못 써요.',
      serviceUnavailable: '안 주면 서비스를 쓸 수 없어요.',
      contractTerminated: '안 주면 서비스 약속(계약)이 끝나요.',
    },
    devices: '쿠키 같은 도구로 저절로 모으는 정보도 있어요.',
    devicesCanBlock: '이런 도구는 막을 수 있어요.',
    devicesCannotBlock: '이런 도구를 막을 방법은 없어요.',
    howToRefuseInFull: '안 주는 방법은 전체 내용에 적혀 있어요. 보호자와 함께 보세요.',
    needed: '이 정보가 없으면 서비스를 쓸 수 없는 정보도 있어요.',
    endsContract: '싫다고 하면 서비스 약속(계약)이 끝나는 정보도 있어요.',
    cannotRefuse: '싫다고 할 수 없는 정보도 있어요.',
    deemedConsent: ({ days }) => `${days}일 안에 싫다고 하지 않으면 좋다고 한 것으로 봐요.`,
    howToObject: '싫다고 하는 방법이에요.',
  },
  guardianConsent: {
    question: '왜 보호자가 허락해야 해요?',
    why: '14살이 안 된 어린이의 정보는 법에 따라 보호자가 먼저 허락해야 받을 수 있어요.',
    minimumAge: ({ years }) => `이 서비스는 ${years}살부터 쓸 수 있어요.`,
    itemsFromGuardian: '보호자가 허락했는지 알려고 보호자에게서 이런 정보를 받아요.',
    readTogether: '보호자와 함께 읽어 볼게요!',
  },
  use: {
    question: '제 정보를 어디에 써요?',
    answer: '이런 일에 써요.',
  },
  location: {
    question: '제가 어디 있는지도 알아요?',
    yes: '네. 이런 정보로 내가 있는 곳을 알 수 있어요.',
    purposes: '이런 일에 써요.',
    canSayNo: '내가 있는 곳은 안 알려 줘도 돼요.',
  },
  cameras: {
    question: '카메라로 저를 찍어요?',
    yes: ({ count }) => `네. 카메라 ${count}대가 있어요. 어디서 왜 찍는지 알려 줄게요.`,
    mobile: '몸에 달거나 들고 다니며 찍는 카메라도 있어요.',
    kept: ({ duration }) => `찍은 영상은 ${duration} 동안 두었다가 지워요.`,
    keptUpTo: ({ duration }) => `찍은 영상은 길게는 ${duration} 동안 두었다가 지워요.`,
    askToSee: '내가 찍힌 영상을 보여 달라고 하거나 지워 달라고 할 수 있어요.',
  },
  generativeAi: {
    question: '인공지능(AI)도 제 정보를 써요?',
    features: '네. 이런 일에 인공지능을 써요.',
    prompts: '내가 인공지능에게 쓴 말과 인공지능의 대답에 이런 정보가 들어갈 수 있어요.',
    training: '인공지능을 더 잘하게 가르치는 데 이런 정보를 써요.',
    canKeepOut: '내 정보로 가르치지 말라고 할 수 있어요.',
    cannotKeepOut: '내 정보로 가르치지 말라고 할 방법은 없어요.',
  },
  sharing: {
    question: '제 정보를 다른 회사에 줘요?',
    yes: ({ count }) => `네. ${count}곳에 줘요. 누가 무엇에 쓰는지 알려 줄게요.`,
    byLaw: '법 때문에 꼭 줘야 하는 곳도 있어요.',
    no: '아니요. 다른 회사가 자기 일에 쓰도록 주지는 않아요.',
    devices: '쿠키 같은 도구로 내 정보를 모아 가는 회사도 있어요.',
    entrustment: '일을 대신 해 주는 회사에 맡기기도 해요. 이 회사는 맡은 일에만 써야 해요.',
  },
  overseas: {
    question: '다른 나라로도 가요?',
    yes: '네. 다른 나라에 있는 회사로 보내요.',
    howToRefuse: '보내지 말라고 할 수 있어요.',
    howToRefuseSome: '아래 회사에는 보내지 말라고 할 수 있어요.',
    cannotRefuseOthers: '다른 회사로 보내는 것은 싫다고 할 수 없어요.',
  },
  ads: {
    question: '맞춤 광고가 뭐예요?',
    what: '내가 보고 누른 것을 살펴서 좋아할 만한 광고를 골라 보여 주는 거예요.',
    notToChildren: '14살이 안 된 어린이에게는 맞춤 광고를 보여 주지 않아요.',
    toChildren: '14살이 안 된 어린이에게도 맞춤 광고를 보여 줄 수 있어요.',
    deemedConsent: ({ days }) => `${days}일 안에 싫다고 하지 않으면 좋다고 한 것으로 봐요.`,
    canTurnOff: '맞춤 광고는 끌 수 있어요.',
    cannotTurnOff: '맞춤 광고를 끌 수 있는 방법이 없어요.',
  },
  automatedDecisions: {
    question: '컴퓨터가 혼자 정해요?',
    yes: '네. 사람이 보지 않고 컴퓨터가 정하는 일이 있어요.',
    canObject: '왜 그렇게 정했는지 묻거나 싫다고 할 수 있어요.',
    canAskWhy: '왜 그렇게 정했는지 물어볼 수 있어요.',
    canSayNoTo: '이런 결정은 싫다고 할 수도 있어요.',
  },
  deletion: {
    question: '제 정보는 언제까지 가지고 있어요?',
    untilAccountDeletion: '탈퇴하면 지워요.',
    untilConsentWithdrawn: '허락을 취소하면 이런 정보를 지워요.',
    untilPurposeFulfilled: '쓸 일이 끝나면 지워요.',
    kept: ({ subject, duration, byLaw }) =>
      byLaw
        ? `법 때문에 더 오래 두는 정보도 있어요. ${subject} 같은 정보는 ${duration} 동안 따로 둬요.`
        : `${subject} 같은 정보는 ${duration} 동안 둬요.`,
    keptByLawToo: ({ subject, duration }) =>
      `법 때문에 따로 두는 정보도 있어요. ${subject} 같은 정보는 ${duration} 동안 따로 둬요.`,
    inactive: ({ inactivity, storage }) =>
      `${inactivity} 동안 아무도 쓰지 않으면 따로 두었다가 ${storage} 뒤에 지워요.`,
    deadline: ({ within }) => `지울 때가 되면 ${within} 안에 지워요.`,
    withoutDelay: '지울 때가 되면 바로 지워요.',
    differs: '정보마다 지우는 때가 달라요. 자세한 것은 전체 내용에 있어요.',
  },
  rights: {
    question: '제 정보를 보거나 지우고 싶으면요?',
    answer:
      '언제든 말할 수 있어요. 내 정보를 보여 달라고, 고쳐 달라고, 지워 달라고, 그만 쓰라고 할 수 있어요.',
    guardianForChild: '14살이 안 됐으면 보호자가 대신 말할 수 있어요.',
    channels: '이렇게 말하면 돼요.',
    responseTime: ({ within }) => `${within} 안에 답해 줘요.`,
    whomToAsk: '궁금한 것은 여기에 물어보세요.',
    thanks: ({ guide }) => `고마워요, ${guide}!`,
    goodbye: '궁금하면 언제든 물어봐요!',
  },
  guardianNote: {
    heading: '보호자께 드리는 안내',
    lawful: ({ controller }) =>
      `만 14세 미만 아동의 개인정보를 처리하려면 「개인정보 보호법」 제22조의2에 따라 보호자(법정대리인)의 동의를 받아야 합니다. ${withParticle(controller, '은/는')} 아래와 같이 동의를 받습니다.`,
    method: '동의 방법',
    itemsFromGuardian: '동의 확인을 위해 받는 보호자 정보',
    ageVerification: '나이 확인',
    adsExcluded: '만 14세 미만 아동에게는 맞춤형 광고를 하지 않습니다.',
    adsNotExcluded: '만 14세 미만 아동에게도 맞춤형 광고가 표시될 수 있습니다.',
  },
};

/** The easy-read words in Korean as a `Translation`. */
export const easyReadKoTranslation: Translation = { locale: 'ko', words: { easyRead: easyReadKo } };
