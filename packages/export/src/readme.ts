// The read-me of a pack (README-ko.txt, README-en.txt): every file of the pack under the folder it is in, with what
// the folder is for and what each kind of file is, in the reader's language. Written from the files actually made,
// with the words of their registry entries, so it lists every file and never one that is not there.
import { type Locale, localize, type Policy, type Translation } from '@privacy-label-kit/schema/core';
import { purposes } from './formats.js';
import { packWords } from './locales/packWords.js';
import { type ManifestEntry, manifestFileName } from './pack.js';

export interface PackReadmeOptions {
  locale: Locale;
  translations?: readonly Translation[];
  /** The read-me files of the pack (one per language), listed at the end. */
  readmePaths: readonly string[];
  /**
   * How often each file's entry was called (by path; default per variant and language): a file made once per pack (a
   * QR code, the page with every language) is listed without a language and variant, one per language without a
   * variant.
   */
  scopes?: ReadonlyMap<string, 'variant-locale' | 'locale' | 'pack'>;
}

/** The read-me text of a pack in one language. Plain UTF-8 text with CRLF line ends: it opens in every editor. */
export function renderPackReadme(
  policy: Policy,
  files: readonly Pick<
    ManifestEntry,
    'path' | 'kind' | 'purpose' | 'format' | 'variant' | 'locale' | 'scale'
  >[],
  options: PackReadmeOptions,
): string {
  const words = packWords(options.locale, options.translations);
  const controller = localize(policy.controller.name, options.locale);
  const lines: string[] = [words.title(controller), '', words.intro, ''];
  for (const purpose of purposes) {
    const inFolder = files.filter((file) => file.purpose === purpose);
    if (inFolder.length === 0) continue;
    const { heading, use } = words.purposes[purpose];
    lines.push(heading, `  ${use}`, '');
    // Kinds and formats in the order the pack made them; files grouped by language and variant under each.
    const groups = new Map<string, typeof inFolder>();
    for (const file of inFolder) {
      const key = `${file.kind}\u0000${file.format}`;
      groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    for (const group of groups.values()) {
      const [first] = group;
      lines.push(`  * ${words.kinds[first!.kind]} [${first!.format.toUpperCase()}]`);
      const byEdition = new Map<string, typeof group>();
      for (const file of group) {
        const scope = options.scopes?.get(file.path) ?? 'variant-locale';
        const key =
          scope === 'pack'
            ? ''
            : scope === 'locale'
              ? words.languageName(file.locale)
              : `${words.languageName(file.locale)} · ${words.variants[file.variant]}`;
        byEdition.set(key, [...(byEdition.get(key) ?? []), file]);
      }
      for (const [edition, editionFiles] of byEdition) {
        if (edition) lines.push(`    ${edition}:`);
        for (const file of editionFiles) {
          const indent = edition ? '      ' : '    ';
          lines.push(
            `${indent}${file.path}${file.scale !== undefined ? `  (${words.scale(file.scale)})` : ''}`,
          );
        }
      }
      lines.push('');
    }
  }
  for (const path of options.readmePaths) lines.push(`${path} — ${words.kinds['read-me']}`);
  lines.push(`${manifestFileName} — ${words.manifest}`, '', words.fullPolicy(policy.policyUrl), '');
  return lines.join('\r\n');
}
