// The built-in Korean and English words, registered as the package's main entry does, for tests and stories that
// render components from source.
import { registerTranslations } from '@privacy-label-kit/schema/core';
import { en, enAtAGlance, enEasyRead, enReview, enVideoSign } from '../locales/en.js';
import { ko, koAtAGlance, koEasyRead, koReview, koVideoSign } from '../locales/ko.js';

registerTranslations(
  ko,
  en,
  koEasyRead,
  enEasyRead,
  koReview,
  enReview,
  koAtAGlance,
  enAtAGlance,
  koVideoSign,
  enVideoSign,
);
