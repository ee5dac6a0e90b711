// The main entry: everything in `core`, with the built-in Korean and English words registered, so `deriveLabels`
// works in either language without further setup.
import { atAGlanceEnTranslation } from './atAGlance/en.js';
import { atAGlanceKoTranslation } from './atAGlance/ko.js';
import { easyReadEnTranslation } from './easyRead/en.js';
import { easyReadKoTranslation } from './easyRead/ko.js';
import { registerTranslations } from './i18n/translations.js';
import { en } from './locales/en.js';
import { ko } from './locales/ko.js';
import { enReview } from './review/en.js';
import { koReview } from './review/ko.js';
import { videoSignEnTranslation } from './videoSign/en.js';
import { videoSignKoTranslation } from './videoSign/ko.js';

registerTranslations(
  ko,
  en,
  koReview,
  enReview,
  easyReadKoTranslation,
  easyReadEnTranslation,
  atAGlanceKoTranslation,
  atAGlanceEnTranslation,
  videoSignKoTranslation,
  videoSignEnTranslation,
);

export * from './core.js';
