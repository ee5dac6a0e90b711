import type { Translation } from '../i18n/translations.js';
import type { VideoSignWords } from './words.js';

export const videoSignEn: VideoSignWords = {
  locale: 'en',
  title: 'CCTV in operation',
  lead: ({ controller }) => `${controller} operates video surveillance (CCTV) here, as set out below.`,
  device: ({ number }) => `Camera ${number}`,
  purpose: 'Purpose',
  locations: 'Location',
  range: 'What it records',
  recordingHours: 'Recording hours',
  manager: 'Person in charge',
  contact: 'Contact',
  legalNote:
    'Notice under Article 25(4) of the Personal Information Protection Act and Article 24 of its Decree.',
};

/** The CCTV sign's words in English as a `Translation`. */
export const videoSignEnTranslation: Translation = { locale: 'en', words: { videoSign: videoSignEn } };
