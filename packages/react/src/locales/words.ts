/**
 * Every word the policy page shows that is not the policy's own text and not a label (label titles and captions come
 * from the schema's words, so a label reads the same on the page, in a PDF and on a box): headings, table headers,
 * small print. One object per language implements it (`locales/ko.ts`, `locales/en.ts`); a business's own language
 * or wording is a `Translation` whose `words.page` gives some of it, the rest coming from its fallback language.
 * Templates that take values are functions, so each language builds its own sentence (Korean particles, English
 * plurals) and a missing value is a type error, never a raw placeholder in front of a reader.
 */
export interface PageWords {
  document: {
    defaultTitle: string;
    /** The opening sentence, e.g. "주식회사 오로라는 「개인정보 보호법」 제30조에 따라 …". */
    intro: (values: { controller: string }) => string;
    controller: string;
    service: string;
    effectiveDate: string;
    version: string;
    publishedAt: string;
    details: string;
    representative: string;
    address: string;
    phone: string;
    email: string;
    website: string;
    businessRegistrationNumber: string;
  };
  summary: {
    heading: string;
    description: string;
    /** The name of the ⓘ button that shows one label's explanation (the 'toggle' display): "제3자 제공 설명 보기". */
    showExplanation: (values: { label: string }) => string;
  };
  attentionFlag: {
    /** Read by screen readers before each flag ("주의:"); sighted readers see the warning sign. */
    label: string;
  };
  toc: { heading: string };
  section: {
    /** Read by screen readers before the label repeated under a section heading. */
    labelPrefix: string;
  };
  collectedItems: {
    intro: string;
    items: string;
    stage: string;
    purposes: string;
    retention: string;
    refusal: string;
    basisLaw: string;
    /** What deemed consent means for the reader, with the days they have to object. */
    deemedConsent: (values: { days: number }) => string;
    howToObject: string;
    /** The text of a link from another section to an item's row in the collected-items table. */
    seeItem: string;
  };
  refusal: {
    /** When the policy says the user can refuse but not what refusing costs. */
    canRefuse: string;
    cannotRefuse: string;
    howTo: string;
    consequence: string;
  };
  purposes: { purpose: string; description: string; items: string };
  retention: {
    principle: string;
    byItem: string;
    legal: string;
    law: string;
    period: string;
    inactive: string;
    inactiveRule: (values: { inactivity: string; storage: string }) => string;
  };
  destruction: {
    procedure: string;
    deadline: string;
    deadlineValue: (values: { within: string }) => string;
    withoutDelay: string;
    electronic: string;
    paper: string;
  };
  thirdParty: {
    intro: string;
    recipient: string;
    purpose: string;
    items: string;
    retention: string;
    country: string;
    basis: string;
    law: string;
  };
  entrustment: { intro: string; processor: string; task: string; country: string; subProcessor: string };
  overseas: {
    intro: string;
    recipient: string;
    contact: string;
    country: string;
    items: string;
    timingAndMethod: string;
    purpose: string;
    retention: string;
    legalBasis: string;
    howToRefuse: string;
    refusalConsequence: string;
  };
  automatic: {
    kind: string;
    name: string;
    purpose: string;
    operator: string;
    retention: string;
    howToRefuse: string;
    /** Said plainly when the policy gives no way to refuse automatic collection. */
    noWayToRefuse: string;
    refusalConsequence: string;
    ourselves: string;
  };
  ads: {
    items: string;
    collectionMethod: string;
    purpose: string;
    retention: string;
    basis: string;
    operators: string;
    collectionTool: string;
    optOut: string;
    /** Said plainly when the policy gives no way to refuse personalised ads. */
    noWayToOptOut: string;
    optOutConsequence: string;
    children: string;
    childrenExcluded: string;
  };
  sensitive: {
    purpose: string;
    basis: string;
    law: string;
    disclosureRisk: string;
    howToKeepPrivate: string;
  };
  uniqueIds: { kind: string; purpose: string; basis: string };
  /** The data-type sections (personal information, health, location …). */
  dataTypes: {
    /** Under images and video, before the links to the video-device sections, when the policy operates devices. */
    videoDeviceFootage: string;
  };
  pseudonymised: { purpose: string; items: string; retention: string; recipient: string; processor: string };
  automated: {
    /** The opening sentence: claims only the right to an explanation (PIPA Art. 37-2(2)), which always exists. */
    intro: string;
    criteria: string;
    procedure: string;
    howToObject: string;
    /** The term of a decision's row saying whether it can be refused (`canRefuse`, Art. 37-2(1)), and its values. */
    refusal: string;
    refusable: string;
    notRefusable: string;
  };
  /** The columns of both video-device sections (PIPA Arts. 25, 25-2) and each one's opening sentence. */
  videoDevices: {
    fixedIntro: string;
    mobileIntro: string;
    locations: string;
    purpose: string;
    range: string;
    recordingHours: string;
    retention: string;
    manager: string;
    contact: string;
    howToRequestAccess: string;
    notice: string;
  };
  /** Further use and provision without consent (PIPA Arts. 15(3), 17(4)); criteria names are the schema's words. */
  additionalUse: {
    intro: string;
    kind: string;
    kinds: { use: string; provision: string };
    items: string;
    recipient: string;
    criteria: string;
  };
  behaviouralInformation: {
    items: string;
    collectionMethod: string;
    purposes: string;
    retention: string;
    collectors: string;
    collectionTool: string;
    optOut: string;
    /** Said plainly when the policy gives no way to stop the collection. */
    noWayToOptOut: string;
    optOutConsequence: string;
    /**
     * Before the link to the personalised-ads section, when the policy describes no behavioural information of its own:
     * it says where the ads' behavioural information is told, and nothing about other purposes (the policy does not).
     */
    forAdsSeeAds: string;
    /** Before the link to the personalised-ads section, when behavioural information is also collected for ads. */
    alsoForAds: string;
    seeAds: string;
    /** Before the link to the collected-items table, for what is collected for other purposes. */
    otherPurposesSeeItems: string;
    seeItems: string;
  };
  pseudonymisation: {
    intro: string;
    purposeKind: string;
    recipient: string;
    processor: string;
    combinedWith: string;
    agency: string;
  };
  onDevice: {
    intro: string;
    feature: string;
    items: string;
    purpose: string;
    sentOffDevice: string;
    nothingSent: string;
  };
  generativeAi: {
    features: string;
    prompts: string;
    training: string;
    items: string;
    retention: string;
    processor: string;
    purpose: string;
    optOut: string;
    noWayToOptOut: string;
    optOutConsequence: string;
  };
  certifications: {
    intro: string;
    certification: string;
    scope: string;
    number: string;
    period: string;
    /** "2025. 3. 1. ~ 2028. 2. 28." */
    periodValue: (values: { from: string; to: string }) => string;
    /** Beside a certificate whose period does not cover the policy's effective date. */
    notInForce: string;
  };
  legalRepresentative: {
    intro: string;
    howToExercise: string;
    /** When the policy does not list the rights itself: what the Act gives a legal representative. */
    byLaw: string;
  };
  accessRequests: {
    intro: string;
    department: string;
    phone: string;
    email: string;
    address: string;
    howToRequest: string;
  };
  children: {
    intro: string;
    minimumAge: string;
    /** "만 7세 이상" / "7 and over". */
    age: (values: { years: number }) => string;
    method: string;
    itemsFromGuardian: string;
    ageVerification: string;
    childFriendlyNotice: string;
  };
  rights: {
    intro: string;
    howToExercise: string;
    /** The heading above the list of channels (web, email, phone …) and how to use each. */
    channels: string;
    responseTime: (values: { within: string }) => string;
    legalRepresentative: string;
  };
  security: { intro: string; administrative: string; technical: string; physical: string };
  officer: {
    intro: string;
    name: string;
    position: string;
    department: string;
    phone: string;
    email: string;
    domesticAgentIntro: string;
    address: string;
  };
  department: { name: string; phone: string; email: string; hours: string };
  remedies: { intro: string; name: string; phone: string; website: string };
  versions: {
    current: (values: { date: string }) => string;
    /** The link to a version's before/after comparison table (신구대조표). */
    comparison: string;
    history: string;
    version: string;
    announcedOn: string;
    effectiveOn: string;
    summary: string;
    /** The link to where one version of the policy can be read. */
    readVersion: (values: { version: string }) => string;
    adverse: string;
    none: string;
  };
  common: { yes: string; no: string; none: string };
  /** The period each version applied, in the version history. */
  versionPeriod: {
    heading: string;
    /** "2024. 3. 15. ~ 2025. 6. 1." */
    range: (values: { from: string; to: string }) => string;
    /** The version in force: "2026. 2. 4.부터 현재까지". */
    current: (values: { from: string }) => string;
    /** A version announced to take effect after the policy's effective date: "2026. 4. 1. 시행 예정". */
    upcoming: (values: { from: string }) => string;
  };
  /** The findings shown to a policy's author (`PolicyFindings`). */
  review: {
    heading: string;
    fix: string;
    place: string;
    rule: string;
    /** "오류 2개" — a severity with its count, for the summary. */
    count: (values: { severity: string; count: number }) => string;
  };
  /** The easy-read version's own words around the chat (the chat itself is the schema's `easyRead` words). */
  easyRead: {
    /** Names the list of greetings before the first topic. */
    greeting: string;
    /** The heading over the two characters' drawings. */
    characters: string;
    /** The link from a topic to the full section that tells it: "자세히 보기: 개인정보가 뭐예요?". */
    readMore: (values: { topic: string }) => string;
    /** The link from the note for parents to the full section. */
    readFullSection: (values: { section: string }) => string;
  };
}

declare module '@privacy-label-kit/schema/core' {
  interface TranslationWords {
    page: PageWords;
  }
}
