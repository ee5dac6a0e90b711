// The schema's words the builder uses — labels, names of values, and the checks' (review) words — registered once.
// The builder imports the schema's /core entry so the easy-read words (which the builder never shows) stay out of the
// first download.
import { enReview, koReview, registerTranslations } from '@privacy-label-kit/schema/core';
import { en } from '@privacy-label-kit/schema/locales/en';
import { ko } from '@privacy-label-kit/schema/locales/ko';

registerTranslations(ko, en, koReview, enReview);
