import { easyReadEn, type Translation } from '@privacy-label-kit/schema/core';
import { schemaEn } from '@privacy-label-kit/schema/locales/en';
import { printEn } from './printEn.js';
import type { CliWords, ExportWords, PolicyFileWords, ReviewWords } from './words.js';

const pluralRules = new Intl.PluralRules('en');
/** "1 label" / "3 labels": the noun in the form English uses for `count`. */
const count = (value: number, one: string, other: string) =>
  `${value} ${pluralRules.select(value) === 'one' ? one : other}`;

const exitCodes = `Exit codes:
  0  success
  1  the policy is not valid, the output folder is not empty (without --force), or the export failed
  2  usage error (unknown option or value), unreadable file, or a JSON syntax error`;

const review: ReviewWords = {
  lintHelp: `Usage: privacy-label lint <policy.json> [--previous <previous.json>] [--format text|json] [--locale ko|en|both]

Checks the policy against PIPA, its Enforcement Decree and the PIPC's guidelines. Each finding has a severity
(error, warning, notice), its place (JSON path), what is wrong, how to fix it and the article it rests on.
Exits 1 when there are errors, 0 otherwise.

Options:
  --previous <file>     The previous version of the policy: the change-notice rules then use what actually changed
  --format text|json    Output format (default: text)
  --locale ko|en|both   Language of the messages (default: ko if LANG starts with ko, else en)
  -h, --help            This help

${exitCodes}`,
  diffHelp: `Usage: privacy-label diff <previous.json> <next.json> [--out <folder>] [--locale ko,en] [--force]

Compares two versions of a policy: each change with whether it works against users, for them or neither, and why.
Exits 0 whatever changed.

Options:
  --out <folder>       Write the change notice and the comparison table as HTML and PDF (the folder must be empty)
  --locale <list>      ko,en (default: both); the terminal shows the one LANG asks for, else the first
  --force              Write into a folder that is not empty
  -h, --help           This help

Files written: change-notice-<language>.html, .pdf, comparison-<language>.html, .pdf

${exitCodes}`,
  validateLintSummary: (summary) => `Checks: ${summary}. Run privacy-label lint for details.`,
  lintSummary: (summary) => `Checks: ${summary}.`,
  fixWord: 'Fix',
  changes: (count, adverse) =>
    `${count} ${pluralRules.select(count) === 'one' ? 'change' : 'changes'}, ${adverse} adverse to users.`,
  wrote: (count, folder) =>
    `Wrote ${count} ${pluralRules.select(count) === 'one' ? 'file' : 'files'} to ${folder}.`,
  missingPolicies:
    'Give the previous and the new policy file, in that order, e.g. privacy-label diff old.json new.json',
};

const cli: CliWords = {
  mainHelp: (version) => `privacy-label ${version} — privacy label files from a privacy policy (JSON)

Usage:
  privacy-label <command> [options]

Commands:
  validate <policy.json>   Check a policy file and list every problem with its place
  lint <policy.json>       Check the policy against PIPA (errors, warnings, notices, with the articles)
  diff <previous> <next>   Compare two versions; --out writes the change notice and comparison table
  export <policy.json>     Write label files (SVG, PNG, PDF), a label sheet, a one-page summary and manifest.json
  schema                   Print the JSON Schema of policy files

Options:
  -h, --help               Help (after a command: help for that command)
  -v, --version            Version

Examples:
  privacy-label validate my-shop.json
  privacy-label export my-shop.json --out labels

${exitCodes}
Messages follow the LANG environment variable (Korean when it starts with ko). Colour only on a terminal; NO_COLOR is honoured.`,
  validateHelp: `Usage: privacy-label validate <policy.json> [--locale ko|en|both]

Checks a policy file. Exits 0 when it is valid; otherwise lists every problem as "file: path: message" and
exits 1. A JSON syntax error is shown as "file:line:col: message" and exits 2.

Options:
  --locale ko|en|both   Language of the messages (default: ko when LANG starts with ko, else en)
  -h, --help            This help

${exitCodes}`,
  exportHelp: (formats) => `Usage: privacy-label export <policy.json> --out <folder> [options]

Writes the files a business needs to show its privacy labels — each label as a picture, print-outs, and every other
format registered — in folders by what they are for, a read-me per language (README-en.txt) saying which file is
for what, and manifest.json.

Options:
  --out <folder>          Folder to write into (required; must be empty)
  --format <list>         Comma-separated, from ${formats} (default: all). PNGs come at 1×, 2× and 4×
  --variant <list>        online (colour, for screens), offline (black and white, for print) (default: both)
  --locale <list>         ko,en (default: both)
  --outline-text          Draw SVG text as outlines (paths): looks the same at a print shop without the font
  --force                 Write into a folder that is not empty: overwrites files of the same name. A file the
                          folder's old manifest.json lists that this export does not write is deleted only if
                          that manifest.json was made by privacy-label and the file is unchanged since (same
                          SHA-256); any other file is kept, and the summary names the files kept and why
  -h, --help              This help

Folders (each in both variants and every language chosen):
  print/                  to print on paper: label-sheet (every label on one A4 page, to cut out), summary (one
                          page with the key facts and a QR code), summary-large-print, easy-read (for children)
  labels/<variant>/<locale>/   each label alone: <label>.svg, <label>@1x.png, @2x.png, @4x.png, <label>.pdf
  web/, box/, signs/      for the website, delivery boxes and signs, when those formats are chosen
  README-<locale>.txt     every file and what it is for, in plain words
  manifest.json           the files written (size, SHA-256); missing after an interrupted export

Examples:
  privacy-label export my-shop.json --out labels
  privacy-label export my-shop.json --out print --variant offline --format pdf,svg --outline-text

${exitCodes}`,
  schemaHelp: `Usage: privacy-label schema

Prints the JSON Schema of policy files to standard output, for editor autocompletion:
  privacy-label schema > policy.schema.json`,
  seeHelp: (command) => `See: privacy-label ${command ? `${command} ` : ''}--help`,
  unknownCommand: (name) => `Unknown command "${name}". Use validate, lint, diff, export or schema.`,
  missingCommand: 'Give a command: validate, lint, diff, export or schema.',
  unknownOption: (option, suggestion) =>
    `Unknown option ${option}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
  missingOptionValue: (option) => `${option} needs a value, e.g. ${option} value`,
  unexpectedArgument: (argument) => `Unexpected argument "${argument}".`,
  missingPolicyArgument: 'Give the policy JSON file, e.g. privacy-label validate policy.json',
  missingOutOption: 'Give the folder to write into with --out <folder>.',
  unknownListValue: (option, value, allowed) =>
    `${option} cannot be "${value}". Use one or more of, separated by commas: ${allowed.join(', ')}`,
  emptyListValue: (option) => `${option} has no value.`,
  valid: (file, labelCount) => `${file}: the policy is valid (${count(labelCount, 'label', 'labels')}).`,
  problems: (problems) => `Found ${count(problems, 'problem', 'problems')}.`,
  exported: (files, megabytes, folder, seconds, readme) =>
    `Wrote ${count(files, 'file', 'files')} (${megabytes} MB) to ${folder} in ${seconds} s. Which file is for what: ${readme}`,
  keptStaleFiles: {
    foreignManifest: (files, list) =>
      `Kept ${count(files, 'file', 'files')} listed in the old manifest.json, which privacy-label did not make (the files may be your own): ${list}`,
    noChecksum: (files, list) =>
      `Kept ${count(files, 'file', 'files')} from an earlier export that this export does not write: the old manifest.json records no SHA-256 to tell whether each was changed. Delete any you do not need yourself: ${list}`,
    changed: (files, list) =>
      `Kept ${count(files, 'file', 'files')} from an earlier export that this export does not write, because each was changed after that export (its SHA-256 differs from the old manifest.json). Delete any you do not need yourself: ${list}`,
  },
  exportFailed: (reason) => `Export failed: ${reason}`,
  diffFailed: (reason) => `Writing the change notice failed: ${reason}`,
  noWritePermission: (path) =>
    `No permission to write ${path} (or the disk is read-only). Give an --out folder you can write to.`,
  pathThroughFile: (path) =>
    `Cannot make the folder ${path}: a part of that path is a file, not a folder. Give another --out path.`,
  folderNotEmpty: (folder) =>
    `The folder ${folder} is not empty. Choose an empty folder, or add --force to overwrite the files in it.`,
  notAFolder: (folder) => `${folder} is a file, not a folder. Give another --out path.`,
  unsafePath: (folder, detail) =>
    `Stopped: this would write outside ${folder} (a subfolder that is a symbolic link, for example). Give an empty folder. (${detail})`,
  interrupted: 'Interrupted. Only finished files remain, and manifest.json was not written.',
  errorWord: 'error',
};

const policyFile: PolicyFileWords = {
  noSuchFile: 'No such file. Check the path and the file name.',
  isAFolder: 'This is a folder. Give the policy JSON file.',
  noPermission: 'No permission to read this file.',
  cannotRead: (code) => `Cannot read the file (${code}).`,
  notUtf8: (byte) =>
    `Not UTF-8 (EUC-KR?): the byte ${byte} here is not UTF-8 text, so Korean would print as broken characters. Save the file as UTF-8 (Notepad: File › Save as › Encoding: UTF-8) and run again.`,
  utf16:
    'Saved as UTF-16 (Unicode), not UTF-8. Save the file as UTF-8 (Notepad: File › Save as › Encoding: UTF-8) and run again.',
  expected: {
    value: 'a value (string, number, object, array, true, false or null)',
    propertyName: 'a property name in double quotes',
    colon: "':' after the property name",
    commaOrBrace: "',' or '}'",
    commaOrBracket: "',' or ']'",
    number: 'a number',
  },
  endsEarly: (expected) =>
    `The file ends too early: expected ${expected}. Check for a missing closing bracket or quote.`,
  unexpected: (found, expected) => `Unexpected ${found}: expected ${expected}.`,
  singleQuotes: 'Strings need double quotes ("), not single quotes (\').',
  trailingComma: 'Trailing comma: remove the comma after the last entry.',
  badUnicodeEscape: '\\u must be followed by four hex digits.',
  badEscape: (sequence) => `Invalid escape ${sequence}. Write a backslash as \\\\.`,
  lineBreakInString:
    'Line break inside a string: a closing quote is missing, or write the line break as \\n.',
  unterminatedString: 'Unterminated string: the closing double quote is missing.',
  moreAfterValue: (found) =>
    `Unexpected ${found} after the end of the JSON value: there must be exactly one value.`,
  nestedTooDeeply: 'Brackets are nested too deeply.',
  notJson: 'This is not valid JSON.',
};

/** The export package's words in English. */
export const exportEn: ExportWords = {
  locale: 'en',
  labelSheetTitle: 'Privacy labels',
  labelSheetSubject: 'The labels of a privacy policy, to print and stick on',
  summaryTitle: 'Privacy policy at a glance',
  summarySubject: 'A one-page summary of a privacy policy',
  labelsHeading: 'Privacy labels',
  keyFactsHeading: 'Key facts',
  attentionHeading: 'Please note',
  controller: 'Controller',
  representative: 'Representative',
  privacyOfficer: 'Privacy officer',
  contactDepartment: 'Privacy contact',
  effectiveDate: 'In effect from',
  retention: 'How long it is kept',
  legalRetention: 'Kept by law',
  thirdParties: 'Shared with',
  processors: 'Processors',
  overseasTransfer: 'Transferred abroad',
  rights: 'How to use your rights',
  responseTime: (duration) => `answered within ${duration}`,
  none: 'None',
  andMore: (more) => `and ${more} more`,
  fullPolicy: 'Full privacy policy',
  qrHint: 'Point your phone camera at the QR code to read the full policy.',
  qrAlt: (url) => `QR code linking to the full privacy policy: ${url}`,
  easyRead: {
    subject: 'The privacy policy made easy, for children',
    readMore: (url) => `Read more: ${url}`,
    largePrintTitle: 'Privacy policy at a glance (large print)',
    largePrintSubject: 'A large-print summary of the privacy policy',
  },
  print: printEn,
  cli,
  review,
  policyFile,
};

/**
 * English for every part the export package shows — the schema's words (captions, titles) and the export's own — as
 * one `Translation`, for `registerTranslations` or an `exportLabels` call's `translations`.
 */
export const en: Translation = {
  locale: 'en',
  words: { schema: schemaEn, export: exportEn, easyRead: easyReadEn },
};
