import type { Translation } from '@privacy-label-kit/schema/core';
import type { PackWords } from './packWords.js';

const languages: Record<string, string> = { ko: 'Korean', en: 'English' };

export const packWordsEn: PackWords = {
  title: (controller) => `${controller}: your privacy label files`,
  intro:
    'This pack holds the files that tell people about your privacy policy, in folders by what they are for. Find the folder you need below and use the files in it. In file names, ko means Korean, en English, online the colour version for screens, offline the black-and-white version for printing.',
  purposes: {
    web: {
      heading: 'web/ — for your website',
      use: 'Put these on the privacy policy page of your shop or website.',
    },
    print: {
      heading: 'print/ — to print on paper',
      use: 'Print these on A4 paper and keep them at the counter or hand them to customers.',
    },
    box: {
      heading: 'box/ — for delivery boxes',
      use: 'Print these on sticker paper and put them on boxes and packages.',
    },
    signs: {
      heading: 'signs/ — signs to put up',
      use: 'Put these up where people see them, for example where cameras (CCTV) are.',
    },
    labels: {
      heading: 'labels/ — each label on its own',
      use: 'Pick single labels for your website (online) or for documents and print you design yourself (offline).',
    },
  },
  kinds: {
    label: 'one label as a picture',
    'label-sheet': 'every label on one A4 page, to cut out and stick on',
    summary: 'the policy on one page, with a QR code, for the counter',
    'summary-large-print': 'the summary in large print, for readers who need bigger letters',
    'easy-read': 'the policy in easy words, for children',
    'short-policy': 'the short policy for offline use, with a QR code',
    sticker: 'a sticker for delivery boxes',
    'label-paper': 'labels laid out for ready-cut label paper, with cut marks',
    qr: 'a QR code that opens your full policy',
    'policy-page': 'a ready-made policy web page to upload as it is (privacy_policy.html)',
    'policy-snippet': 'a piece of HTML with the label summary, to paste into a website builder',
    'cctv-sign': 'a sign about your cameras (CCTV)',
    'read-me': 'this guide',
  },
  variants: { online: 'colour, for screens', offline: 'black and white, for printing' },
  languageName: (locale) => languages[locale] ?? locale,
  scale: (scale) => `${scale}× size`,
  manifest: 'the list of every file with checksums (for programs; keep it)',
  fullPolicy: (url) => `Full privacy policy: ${url}`,
};

/** The read-me's English words, as a `Translation` of the `pack` part. */
export const packEn: Translation = { locale: 'en', words: { pack: packWordsEn } };
