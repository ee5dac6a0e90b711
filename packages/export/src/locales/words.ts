// The export package's part of the kit's one language system: every word the exported files and the CLI print around
// the policy's own text. Captions, label titles, attention notes and the names of schema values are not here: they
// come from the schema's words (`deriveLabels`, `schemaWords`), so a label file says exactly what the page says.
import { type Locale, resolveWords, type Translation } from '@privacy-label-kit/schema/core';
import type { PrintWords } from './printWords.js';

/** What the `privacy-label` command prints around the data. */
export interface CliWords {
  mainHelp: (version: string) => string;
  validateHelp: string;
  /** `formats`: the formats the registry makes, comma-separated (svg,png,pdf,…). */
  exportHelp: (formats: string) => string;
  schemaHelp: string;
  seeHelp: (command?: string) => string;
  unknownCommand: (name: string) => string;
  missingCommand: string;
  unknownOption: (option: string, suggestion?: string) => string;
  missingOptionValue: (option: string) => string;
  unexpectedArgument: (argument: string) => string;
  missingPolicyArgument: string;
  missingOutOption: string;
  unknownListValue: (option: string, value: string, allowed: readonly string[]) => string;
  emptyListValue: (option: string) => string;
  valid: (file: string, labelCount: number) => string;
  problems: (count: number) => string;
  /** `readme`: the read-me to open first (README-ko.txt in Korean). */
  exported: (count: number, megabytes: string, folder: string, seconds: string, readme: string) => string;
  /**
   * After `export --force`: files the old manifest.json lists that this export did not write, kept rather than
   * deleted, by why. `count` is how many; `files` their paths, comma-separated.
   */
  keptStaleFiles: {
    foreignManifest: (count: number, files: string) => string;
    noChecksum: (count: number, files: string) => string;
    changed: (count: number, files: string) => string;
  };
  exportFailed: (reason: string) => string;
  /** `diff --out`: writing the change notice failed for another reason than those below. */
  diffFailed: (reason: string) => string;
  /** The output folder, or a folder or file in it, cannot be written (no permission, a read-only disk). */
  noWritePermission: (path: string) => string;
  /** A part of the output path is a file where a folder is needed. */
  pathThroughFile: (path: string) => string;
  folderNotEmpty: (folder: string) => string;
  notAFolder: (folder: string) => string;
  unsafePath: (folder: string, detail: string) => string;
  interrupted: string;
  errorWord: string;
}

/** What the `lint` and `diff` commands print, and the lint summary `validate` adds. */
export interface ReviewWords {
  lintHelp: string;
  diffHelp: string;
  /** After "valid": the checks' counts and where to see them. */
  validateLintSummary: (summary: string) => string;
  /** The findings' summary line at the end of `lint`. */
  lintSummary: (summary: string) => string;
  fixWord: string;
  /** `diff`: how many changes and how many work against users. */
  changes: (count: number, adverse: number) => string;
  /** `diff --out`: the files written. */
  wrote: (count: number, folder: string) => string;
  missingPolicies: string;
}

/** What a person is told about a policy file that cannot be read or is not JSON. */
export interface PolicyFileWords {
  /** Read errors, by Node's error code. */
  noSuchFile: string;
  isAFolder: string;
  noPermission: string;
  cannotRead: (code: string) => string;
  /** A file in another encoding than UTF-8 (EUC-KR, most likely); `byte` is the first one that is not, as 0xB0. */
  notUtf8: (byte: string) => string;
  /** A file saved as UTF-16 ("Unicode" in Windows Notepad). */
  utf16: string;
  /** What the JSON scanner expected where it stopped, each as the subject of "… must come here". */
  expected: {
    value: string;
    propertyName: string;
    colon: string;
    commaOrBrace: string;
    commaOrBracket: string;
    number: string;
  };
  /** `expected` is one of the `expected` words; `found` is the character, quoted, as JSON writes it. */
  endsEarly: (expected: string) => string;
  unexpected: (found: string, expected: string) => string;
  singleQuotes: string;
  trailingComma: string;
  badUnicodeEscape: string;
  badEscape: (sequence: string) => string;
  lineBreakInString: string;
  unterminatedString: string;
  moreAfterValue: (found: string) => string;
  nestedTooDeeply: string;
  notJson: string;
}

/**
 * The export package's words in one language: the label sheet's and the summary's headings and key-fact terms,
 * the CLI's messages (`cli`) and the policy-file messages (`policyFile`). `locales/ko.ts` and `locales/en.ts`
 * implement it; a business's own language or wording is a `Translation` whose `words.export` gives some of it.
 */
export interface ExportWords {
  /** The language of these words. */
  locale: Locale;
  labelSheetTitle: string;
  labelSheetSubject: string;
  summaryTitle: string;
  summarySubject: string;
  labelsHeading: string;
  keyFactsHeading: string;
  attentionHeading: string;
  controller: string;
  representative: string;
  privacyOfficer: string;
  contactDepartment: string;
  effectiveDate: string;
  retention: string;
  legalRetention: string;
  thirdParties: string;
  processors: string;
  overseasTransfer: string;
  rights: string;
  /** How soon rights requests are answered, from `rights.responseTime`: "10일 이내" / "within 10 days". */
  responseTime: (duration: string) => string;
  /** A key fact whose list in the policy is empty (no third parties, no processors). */
  none: string;
  /** "외 3곳" / "and 3 more": `places` counts organisations and countries, `entries` counts rules and periods. */
  andMore: (count: number, unit: 'places' | 'entries') => string;
  fullPolicy: string;
  qrHint: string;
  qrAlt: (url: string) => string;
  /** The easy-read PDF's and the large-print summary's own words (the chat itself is the schema's `easyRead` words). */
  easyRead: {
    subject: string;
    /** Printed under each topic: where its full section is. */
    readMore: (url: string) => string;
    largePrintTitle: string;
    largePrintSubject: string;
  };
  /** The offline print formats' words: short policy, sticker, label paper, QR code. */
  print: PrintWords;
  cli: CliWords;
  policyFile: PolicyFileWords;
  review: ReviewWords;
}

declare module '@privacy-label-kit/schema/core' {
  interface TranslationWords {
    export: ExportWords;
  }
}

/**
 * The export words in `locale`, along its fallback chain: the caller's `translations` first, then the registered
 * ones (the package's main entry registers Korean and English).
 */
export function exportWords(locale: Locale, translations?: readonly Translation[]): ExportWords {
  return resolveWords('export', locale, translations);
}
