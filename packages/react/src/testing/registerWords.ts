// The built-in Korean and English words of the page and the labels, registered as the package's main entry does.
import { registerTranslations } from '@privacy-label-kit/schema/core';
import { en } from '../locales/en.js';
import { ko } from '../locales/ko.js';

registerTranslations(ko, en);
