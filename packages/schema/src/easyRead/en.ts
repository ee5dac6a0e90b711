import type { Translation } from '../i18n/translations.js';
import type { EasyReadWords } from './words.js';

const plural = new Intl.PluralRules('en');
const places = (count: number) => `${count} ${plural.select(count) === 'one' ? 'place' : 'places'}`;

export const easyReadEn: EasyReadWords = {
  locale: 'en',
  title: 'Our privacy policy, made easy',
  characters: {
    guide: { name: 'Dodam', description: 'Dodam: a round green friend with two sprout leaves on top' },
    friend: { name: 'Kongi', description: 'Kongi: an orange bean-shaped friend with big eyes' },
  },
  easyWords: [
    { hard: 'legal representative', easy: 'parent or carer' },
    { hard: 'destruction', easy: 'deleting' },
    { hard: 'data subject', easy: 'you' },
    { hard: 'entrustment', easy: 'asking another company to do a job' },
    { hard: 'processor', easy: 'a company doing a job for us' },
    { hard: 'third-party provision', easy: 'giving it to another company' },
    { hard: 'overseas transfer', easy: 'sending it to another country' },
    { hard: 'behavioural information', easy: 'a record of what you look at and tap' },
    { hard: 'pseudonymisation', easy: 'hiding who it is about' },
  ],
  simplify: (text) => text,
  andMore: (count) => `and ${count} more`,
  pair: (name, detail) => `${name} — ${detail}`,
  intro: {
    friendHello: ({ friend }) => `Hello! I'm ${friend}.`,
    guideHello: ({ guide, controller, service }) =>
      `I'm ${guide}. Let's find out together how ${controller} looks after your information in ${service}.`,
  },
  headings: {
    'personal-information': 'What is personal information?',
    collection: 'What do you collect, and when?',
    'guardian-consent': 'Why does a parent have to say yes?',
    use: 'What do you use my information for?',
    location: 'Do you find out where I am?',
    cameras: 'Do cameras film me?',
    sharing: 'Do you give my information to other companies?',
    overseas: 'Does my information go to another country?',
    ads: 'Do you show me ads picked just for me?',
    'generative-ai': 'Does AI use my information?',
    'automated-decisions': 'Does a computer decide things on its own?',
    deletion: 'When do you delete my information?',
    rights: 'Whom do I tell if I want to see or delete my information?',
  },
  personalInformation: {
    question: 'What is personal information?',
    answer:
      'It is anything that shows who you are: your name, birthday, phone number or a photo of your face.',
    combined: 'Small bits that show who you are when they are put together count too.',
    reaction: 'That is precious!',
  },
  collection: {
    question: 'When do you collect my information?',
    atSignUp: 'When you sign up, we get this.',
    duringUse: 'While you use the service, we get this.',
    automatic: 'Some things are recorded by themselves when you use the service.',
    optionalQuestion: 'Do I have to give all of it?',
    optional: 'No. You do not have to give this.',
    optionalUses:
      'We need some things for other reasons too. But you can say no to us using them for what is named here.',
    effects: {
      none: 'Without it, everything works the same.',
      featureUnavailable: 'Without it, only that one part does not work.',
      serviceUnavailable: 'Without it, you cannot use the service.',
      contractTerminated: 'Without it, your agreement with us ends.',
    },
    devices: 'Tools such as cookies also record things by themselves.',
    devicesCanBlock: 'You can block these tools.',
    devicesCannotBlock: 'There is no way to block these tools.',
    howToRefuseInFull: 'How to say no is in the full policy. Read it with a parent.',
    needed: 'Some things are needed: without them you cannot use the service.',
    endsContract: 'For some things, saying no ends your agreement with us.',
    cannotRefuse: 'Some things you cannot say no to.',
    deemedConsent: ({ days }) =>
      `If you do not say no within ${days} ${days === 1 ? 'day' : 'days'}, we take it as a yes.`,
    howToObject: 'This is how to say no.',
  },
  guardianConsent: {
    question: 'Why does a parent have to say yes?',
    why: 'The law says that for children under 14 a parent must say yes first.',
    minimumAge: ({ years }) => `You can use this service from the age of ${years}.`,
    itemsFromGuardian: 'To check that a parent said yes, we get this from the parent.',
    readTogether: "Let's read it with a parent!",
  },
  use: {
    question: 'What do you use my information for?',
    answer: 'For these things.',
  },
  location: {
    question: 'Do you know where I am, too?',
    yes: 'Yes. This can show where you are.',
    purposes: 'We use it for these things.',
    canSayNo: 'You do not have to tell us where you are.',
  },
  cameras: {
    question: 'Do you film me with cameras?',
    yes: ({ count }) =>
      `Yes. We have ${count === 1 ? 'one camera' : `${count} cameras`}. Here is where and why they film.`,
    mobile: 'Some cameras are worn or carried around.',
    kept: ({ duration }) => `We keep the videos for ${duration}, then delete them.`,
    keptUpTo: ({ duration }) => `We keep the videos for up to ${duration}, then delete them.`,
    askToSee: 'You can ask to see videos of you, or ask us to delete them.',
  },
  generativeAi: {
    question: 'Does AI use my information too?',
    features: 'Yes. We use AI for these things.',
    prompts: 'What you write to the AI, and what it answers, can have this in it.',
    training: 'We use this to teach the AI to do better.',
    canKeepOut: 'You can tell us not to teach it with your information.',
    cannotKeepOut: 'There is no way to stop us teaching it with your information.',
  },
  sharing: {
    question: 'Do you give my information to other companies?',
    yes: ({ count }) => `Yes, to ${places(count)}. Here is who gets it and what for.`,
    byLaw: 'Some of them get it because the law says we must.',
    no: 'No. We do not give it to other companies to use for themselves.',
    devices: 'Some companies also collect it through tools such as cookies.',
    entrustment: 'We also ask some companies to do jobs for us. They may use it only for that job.',
  },
  overseas: {
    question: 'Does it go to other countries too?',
    yes: 'Yes. We send it to companies in other countries.',
    howToRefuse: 'You can ask us not to send it.',
    howToRefuseSome: 'You can ask us not to send it to the companies below.',
    cannotRefuseOthers: 'You cannot say no to sending it to the others.',
  },
  ads: {
    question: 'What is an ad picked just for me?',
    what: 'We look at what you see and tap, and pick ads you might like.',
    notToChildren: 'Children under 14 are never shown ads picked for them.',
    toChildren: 'Children under 14 may also be shown ads picked for them.',
    deemedConsent: ({ days }) =>
      `If you do not say no within ${days} ${days === 1 ? 'day' : 'days'}, we take it as a yes.`,
    canTurnOff: 'You can turn these ads off.',
    cannotTurnOff: 'There is no way to turn these ads off.',
  },
  automatedDecisions: {
    question: 'Does a computer decide on its own?',
    yes: 'Yes. Some things are decided by a computer, with no person looking.',
    canObject: 'You can ask why, or say no.',
    canAskWhy: 'You can ask why it was decided.',
    canSayNoTo: 'You can also say no to these.',
  },
  deletion: {
    question: 'How long do you keep my information?',
    untilAccountDeletion: 'When you close your account, we delete it.',
    untilConsentWithdrawn: 'When you take back your yes, we delete this.',
    untilPurposeFulfilled: 'When we no longer need it, we delete it.',
    kept: ({ subject, duration, byLaw }) =>
      byLaw
        ? `The law makes us keep some things longer. Things like ${subject} are kept apart for ${duration}.`
        : `Things like ${subject} are kept for ${duration}.`,
    keptByLawToo: ({ subject, duration }) =>
      `The law also makes us keep some things. Things like ${subject} are kept apart for ${duration}.`,
    inactive: ({ inactivity, storage }) =>
      `If nobody uses the account for ${inactivity}, we keep it apart and delete it ${storage} later.`,
    deadline: ({ within }) => `When it is time, we delete it within ${within}.`,
    withoutDelay: 'When it is time, we delete it straight away.',
    differs: 'Different things are deleted at different times. The full policy says when.',
  },
  rights: {
    question: 'What if I want to see or delete my information?',
    answer: 'You can ask at any time: to see it, to fix it, to delete it, or to stop using it.',
    guardianForChild: 'If you are under 14, a parent can ask for you.',
    channels: 'You can ask here.',
    responseTime: ({ within }) => `We answer within ${within}.`,
    whomToAsk: 'Questions? Ask here.',
    thanks: ({ guide }) => `Thank you, ${guide}!`,
    goodbye: 'Ask any time you wonder about something!',
  },
  guardianNote: {
    heading: 'A note for parents and carers',
    lawful: ({ controller }) =>
      `To process the personal information of a child under 14, the Personal Information Protection Act (Art. 22-2) requires the consent of a parent or carer (the legal representative). This is how ${controller} asks for it.`,
    method: 'How consent is given',
    itemsFromGuardian: 'What we collect from the parent to confirm consent',
    ageVerification: 'How age is checked',
    adsExcluded: 'Children under 14 are not shown personalised ads.',
    adsNotExcluded: 'Children under 14 may be shown personalised ads.',
  },
};

/** The easy-read words in English as a `Translation`. */
export const easyReadEnTranslation: Translation = { locale: 'en', words: { easyRead: easyReadEn } };
