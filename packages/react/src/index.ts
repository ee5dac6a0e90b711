// Main entry of @privacy-label-kit/react: everything in `core`, with the built-in Korean and English words (the page's
// and the schema's) registered, so every component works in either language without further setup. An app that ships
// one language imports `@privacy-label-kit/react/core` and `@privacy-label-kit/react/locales/<language>` instead.
import { registerTranslations } from '@privacy-label-kit/schema/core';
import { en, enEasyRead, enReview } from './locales/en.js';
import { ko, koEasyRead, koReview } from './locales/ko.js';

registerTranslations(ko, en, koEasyRead, enEasyRead, koReview, enReview);

export * from './core.js';
