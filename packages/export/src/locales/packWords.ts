// The words of a pack's read-me (README-ko.txt, README-en.txt): what each folder is for and what each kind of file
// is. A translation part of its own (`pack`), so a business's translation can reword it like any other words. Every
// kind of file the registry can make has a description here: a kind without words does not compile, so the read-me
// can never meet a file it cannot explain.
import { type Locale, resolveWords, type Translation } from '@privacy-label-kit/schema/core';
import { packEn } from './packEn.js';
import { packKo } from './packKo.js';

/** The folders of a pack, by what the files are for (folder names are ASCII: they survive every zip tool). */
export type Purpose = 'web' | 'print' | 'box' | 'signs' | 'labels';

/** What a file in a pack is (the manifest's `kind`). */
export type ExportFileKind =
  | 'label'
  | 'label-sheet'
  | 'summary'
  | 'summary-large-print'
  | 'easy-read'
  | 'short-policy'
  | 'sticker'
  | 'label-paper'
  | 'qr'
  | 'policy-page'
  | 'policy-snippet'
  | 'cctv-sign'
  | 'read-me';

export interface PackWords {
  /** The read-me's file title line. */
  title: (controller: string) => string;
  /** The paragraph under the title: how the pack is arranged. */
  intro: string;
  /** Each folder: a heading ("for your website") and one line on when to use it. */
  purposes: Record<Purpose, { heading: string; use: string }>;
  /** Each kind of file, in a few plain words. */
  kinds: Record<ExportFileKind, string>;
  /** Words for a file's variant and language in a list. */
  variants: Record<'online' | 'offline', string>;
  /** The language of a file, by its tag ("한국어", "English"); unknown tags are shown as they are. */
  languageName: (locale: Locale) => string;
  /** A PNG's pixel density. */
  scale: (scale: number) => string;
  /** What manifest.json is, after its name. */
  manifest: string;
  /** The closing line: where the full policy lives. */
  fullPolicy: (url: string) => string;
}

declare module '@privacy-label-kit/schema/core' {
  interface TranslationWords {
    pack: PackWords;
  }
}

/**
 * The pack words in `locale`, along its fallback chain: the caller's `translations`, the registered ones, then the
 * built-in Korean and English (a pack's read-me needs no registration: the CLI registers only what it prints).
 */
export function packWords(locale: Locale, translations: readonly Translation[] = []): PackWords {
  return resolveWords('pack', locale, [...translations, packKo, packEn]);
}
