// The built-in Korean and English words, registered as the package's main entry does, for tests and stories that
// render components from source.
import { registerTranslations } from '@privacy-label-kit/schema/core';
import { en, enEasyRead, enReview } from '../locales/en.js';
import { ko, koEasyRead, koReview } from '../locales/ko.js';

registerTranslations(ko, en, koEasyRead, enEasyRead, koReview, enReview);
