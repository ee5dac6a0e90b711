// The built-in Korean and English words, registered as the package's main entry does, for tests and stories that
// render components from source.
import { registerTranslations } from '@privacy-label-kit/schema/core';
import { en, enAtAGlance, enEasyRead, enReview, enVideoSign } from '../locales/en.js';
import { ko, koAtAGlance, koEasyRead, koReview, koVideoSign } from '../locales/ko.js';

/**
 * Registers them (again is harmless). Storybook's preview calls it: a production build drops side-effect imports of
 * files outside a package's `sideEffects`, but keeps a call.
 */
export function registerBuiltInWords(): void {
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
}

registerBuiltInWords();
