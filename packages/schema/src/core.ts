// Everything in the package without registering any language: an app that ships one language imports from here and
// passes (or registers) only that language's words, e.g. `@privacy-label-kit/schema/locales/ko`.

export * from './atAGlance/atAGlance.js';
export { atAGlanceEn, atAGlanceEnTranslation } from './atAGlance/en.js';
export { atAGlanceKo, atAGlanceKoTranslation } from './atAGlance/ko.js';
export type * from './atAGlance/words.js';
export * from './deriveLabels.js';
export * from './diff/changeNotice.js';
export * from './diff/diffPolicies.js';
export * from './easyRead/easyRead.js';
export { easyReadEn, easyReadEnTranslation } from './easyRead/en.js';
export { easyReadKo, easyReadKoTranslation } from './easyRead/ko.js';
export * from './easyRead/words.js';
export * from './enums.js';
export * from './errorMessages.js';
export * from './i18n/korean.js';
export * from './i18n/translations.js';
export type * from './i18n/words.js';
export * from './jsonSchema.js';
export * from './labels/defineLabel.js';
export * from './labels/index.js';
export { latestVersion } from './labels/policyChanges.js';
export * from './labels/policyFacts.js';
export * from './lint/lintPolicy.js';
export type * from './lint/lintWords.js';
export * from './lint/purposeCategory.js';
export * from './lint/rules.js';
export * from './localizedText.js';
export * from './parsePolicy.js';
export * from './policySchema.js';
export * from './primitives.js';
export { enReview, reviewEn } from './review/en.js';
export { koReview, reviewKo } from './review/ko.js';
export * from './review/words.js';
export * from './text.js';
export * from './vocabulary.js';
