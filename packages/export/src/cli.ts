#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Locale,
  type LocalizedText,
  localize,
  type Policy,
  registerTranslations,
  resolveWords,
} from '@privacy-label-kit/schema/core';
import type { Variant } from './artwork.js';
import type { KeptStaleFile, KeptStaleFileReason } from './exportLabels.js';
import type { FileFormat } from './formats.js';
import { en } from './locales/en.js';
import { ko } from './locales/ko.js';
import type { CliWords, ReviewWords } from './locales/words.js';
import type { AtomicFileWriter } from './outputFolder.js';

// The CLI's messages are export words like any other: registered here, resolved along the language chain.
registerTranslations(ko, en);
const cliWords = (locale: Locale): CliWords => resolveWords('export', locale).cli;
const reviewWords = (locale: Locale): ReviewWords => resolveWords('export', locale).review;

// The renderers (pdfkit, fontkit, the schema) load only for the command that needs them: `--help` stays instant.
const loadSchema = () => import('@privacy-label-kit/schema');
const loadPolicyFile = () => import('./policyFile.js');
const loadExporter = () => import('./exportLabels.js');
const loadOutputFolder = () => import('./outputFolder.js');
/** The registry of formats: `--format` accepts every format its entries make. */
const loadFormats = () => import('./formats.js');

/** The values the CLI accepts, kept here so that parsing options loads no renderer. */
const variantValues: readonly Variant[] = ['online', 'offline'];
const localeValues: readonly Locale[] = ['ko', 'en'];

/** Exit codes, as documented in `--help`. */
const exitCode = { ok: 0, invalid: 1, usage: 2 } as const;

class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/**
 * The user's language from LC_ALL, then LC_MESSAGES, then LANG (as POSIX orders them), as a BCP 47 tag:
 * "ko_KR.UTF-8" → "ko-KR". Messages come from that language's fallback chain, so "ko-KR" reads Korean and a
 * language without words of its own (or "C", "POSIX") reads English.
 */
function systemLocale(env: NodeJS.ProcessEnv): Locale {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = setting.split(/[.@]/)[0]!.replace(/_/g, '-');
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && canonical.toLowerCase() !== 'c' && tag !== 'POSIX' ? canonical : 'en';
  } catch {
    return 'en';
  }
}

/** Colour only for a person at a terminal: never in pipes or files, and never when NO_COLOR is set (no-color.org). */
function colours(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv) {
  const enabled = Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}

function packageVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** The closest known option within two edits, for "did you mean". */
function suggestOption(unknown: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  let best: { option: string; score: number } | undefined;
  for (const option of known) {
    const score = distance(unknown, option);
    if (score <= 2 && (!best || score < best.score)) best = { option, score };
  }
  return best?.option;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** `parseArgs` with its errors turned into usage errors a person can act on, in their language. */
function parseCommandArgs(args: string[], options: OptionSpec, messages: CliWords, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'(-{1,2}[^'\s]*)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = quoted.split('=')[0]!;
      const known = Object.entries(options).flatMap(([long, spec]) => [
        `--${long}`,
        ...(spec.short ? [`-${spec.short}`] : []),
      ]);
      throw new UsageError(messages.unknownOption(name, suggestOption(name, known)), command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(messages.missingOptionValue(quoted.split(' ')[0] || quoted), command);
    }
    throw new UsageError((error as Error).message, command);
  }
}

/** A comma-separated option value, each item checked against the allowed values. */
function parseList<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  messages: CliWords,
  command: string,
): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(messages.emptyListValue(option), command);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(messages.unknownListValue(option, item, allowed), command);
    }
  }
  return items as T[];
}

function singlePolicyArgument(positionals: string[], messages: CliWords, command: string): string {
  const [file, extra] = positionals;
  if (!file) throw new UsageError(messages.missingPolicyArgument, command);
  if (extra !== undefined) throw new UsageError(messages.unexpectedArgument(extra), command);
  return file;
}

async function validateCommand(args: string[], io: Io, uiLocale: Locale): Promise<number> {
  const messages = cliWords(uiLocale);
  const { values, positionals } = parseCommandArgs(
    args,
    { locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    messages,
    'validate',
  );
  if (values.help) {
    io.stdout.write(`${messages.validateHelp}\n`);
    return exitCode.ok;
  }
  const chosen = parseList(
    values.locale as string | undefined,
    ['ko', 'en', 'both'],
    '--locale',
    messages,
    'validate',
  );
  const messageLocales: Locale[] =
    !chosen || chosen.length === 0
      ? [uiLocale]
      : chosen.includes('both')
        ? ['ko', 'en']
        : (chosen as Locale[]);
  const out = cliWords(messageLocales[0]!);
  const file = singlePolicyArgument(positionals, messages, 'validate');
  const colour = colours(io.stdout, io.env);
  const [{ readPolicyFile }, { deriveLabels, lintPolicy, countFindings, policyReviewWords }] =
    await Promise.all([loadPolicyFile(), loadSchema()]);
  const result = await readPolicyFile(file);
  const say = (text: LocalizedText) => messageLocales.map((locale) => localize(text, locale)).join(' / ');
  if (result.ok) {
    io.stdout.write(`${colour.green(out.valid(file, deriveLabels(result.policy).length))}\n`);
    // Valid is not lawful: say what the checks find, without changing validate's exit code.
    const counts = countFindings(lintPolicy(result.policy));
    const summary = policyReviewWords(messageLocales[0]!).lint.summary(counts);
    const line = reviewWords(messageLocales[0]!).validateLintSummary(summary);
    io.stdout.write(`${counts.error > 0 ? colour.red(line) : line}\n`);
    return exitCode.ok;
  }
  const errorColour = colours(io.stderr, io.env);
  switch (result.kind) {
    case 'unreadable':
      io.stderr.write(
        `${errorColour.bold(file)}: ${errorColour.red(out.errorWord)}: ${say(result.message)}\n`,
      );
      return exitCode.usage;
    case 'encoding':
      io.stderr.write(
        `${errorColour.bold(`${file}:${result.line}:${result.column}`)}: ${errorColour.red(out.errorWord)}: ${say(result.message)}\n`,
      );
      return exitCode.usage;
    case 'syntax':
      io.stderr.write(
        `${errorColour.bold(`${file}:${result.error.line}:${result.error.column}`)}: ${errorColour.red(out.errorWord)}: ${say(result.error.message)}\n`,
      );
      return exitCode.usage;
    case 'invalid':
      // file:line:col first, as compilers print it, so editors and terminals jump to the key the message names.
      for (const error of result.errors) {
        io.stdout.write(
          `${colour.bold(`${file}:${error.line}:${error.column}`)}: ${colour.dim(error.jsonPath)}: ${say(error.message)}\n`,
        );
      }
      io.stdout.write(`${colour.red(out.problems(result.errors.length))}\n`);
      return exitCode.invalid;
  }
}

/** The languages of messages chosen with `--locale ko|en|both`, else the user's own. */
function chosenLocales(
  value: string | undefined,
  uiLocale: Locale,
  messages: CliWords,
  command: string,
): Locale[] {
  const chosen = parseList(value, ['ko', 'en', 'both'], '--locale', messages, command);
  if (!chosen || chosen.length === 0) return [uiLocale];
  return chosen.includes('both') ? ['ko', 'en'] : (chosen as Locale[]);
}

/** `validate`'s arguments for `file` with its messages in `locales` (the language the user chose, not only LANG's). */
function validateArguments(file: string, locales: readonly Locale[]): string[] {
  // validate's --locale takes ko, en or both; any other tag (ko-KR from LANG) is validate's own default anyway.
  const chosen = locales.filter((locale) => locale === 'ko' || locale === 'en');
  if (chosen.length === 0) return [file];
  return [file, '--locale', chosen.length > 1 ? 'both' : chosen[0]!];
}

/** Of the languages asked for, the one the terminal speaks: the user's own (by language) if it is there, else the first. */
function terminalLocale(locales: readonly Locale[], uiLocale: Locale): Locale {
  const language = uiLocale.split('-')[0];
  return locales.find((locale) => locale === uiLocale || locale === language) ?? locales[0] ?? uiLocale;
}

/**
 * Reads a policy file for lint or diff; on failure reports it as `validate` would, in `locales`, and gives the exit
 * code.
 */
async function readValidPolicy(file: string, io: Io, uiLocale: Locale, locales: readonly Locale[]) {
  const { readPolicyFile } = await loadPolicyFile();
  const result = await readPolicyFile(file);
  if (result.ok) return { policy: result.policy, locate: result.locate };
  return { exit: await validateCommand(validateArguments(file, locales), io, uiLocale) };
}

async function lintCommand(args: string[], io: Io, uiLocale: Locale): Promise<number> {
  const messages = cliWords(uiLocale);
  const { values, positionals } = parseCommandArgs(
    args,
    {
      previous: { type: 'string' },
      format: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    messages,
    'lint',
  );
  if (values.help) {
    io.stdout.write(`${reviewWords(uiLocale).lintHelp}\n`);
    return exitCode.ok;
  }
  const [format = 'text'] =
    parseList(values.format as string | undefined, ['text', 'json'], '--format', messages, 'lint') ?? [];
  const locales = chosenLocales(values.locale as string | undefined, uiLocale, messages, 'lint');
  const file = singlePolicyArgument(positionals, messages, 'lint');
  const read = await readValidPolicy(file, io, uiLocale, locales);
  if (!read.policy) return read.exit;
  let previous: Policy | undefined;
  if (values.previous !== undefined) {
    const before = await readValidPolicy(values.previous as string, io, uiLocale, locales);
    if (!before.policy) return before.exit;
    previous = before.policy;
  }
  const { lintPolicy, countFindings, policyReviewWords } = await loadSchema();
  const findings = lintPolicy(read.policy, previous ? { previous, locales } : { locales });
  const counts = countFindings(findings);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
    return counts.error > 0 ? exitCode.invalid : exitCode.ok;
  }
  const colour = colours(io.stdout, io.env);
  const say = (message: Record<string, string>) =>
    locales.map((locale) => message[locale] ?? message.en).join(' / ');
  const words = policyReviewWords(locales[0]!);
  const severityColour = { error: colour.red, warning: colour.bold, notice: colour.dim } as const;
  for (const finding of findings) {
    const { line, column } = read.locate(finding.path);
    io.stdout.write(
      `${colour.bold(`${file}:${line}:${column}`)}: ${colour.dim(finding.jsonPath)}: ${severityColour[finding.severity](words.lint.severities[finding.severity])}: ${say(finding.message)}\n` +
        `  ${reviewWords(locales[0]!).fixWord}: ${say(finding.fix)}\n  ${say(finding.citation)} [${finding.ruleId}]\n`,
    );
  }
  const summary = reviewWords(locales[0]!).lintSummary(words.lint.summary(counts));
  io.stdout.write(`${counts.error > 0 ? colour.red(summary) : colour.green(summary)}\n`);
  return counts.error > 0 ? exitCode.invalid : exitCode.ok;
}

async function diffCommand(args: string[], io: Io, uiLocale: Locale): Promise<number> {
  const messages = cliWords(uiLocale);
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      locale: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    messages,
    'diff',
  );
  if (values.help) {
    io.stdout.write(`${reviewWords(uiLocale).diffHelp}\n`);
    return exitCode.ok;
  }
  const locales = parseList<Locale>(
    values.locale as string | undefined,
    localeValues,
    '--locale',
    messages,
    'diff',
  ) ?? ['ko', 'en'];
  const [previousFile, nextFile, extra] = positionals;
  if (!previousFile || !nextFile) throw new UsageError(reviewWords(uiLocale).missingPolicies, 'diff');
  if (extra !== undefined) throw new UsageError(messages.unexpectedArgument(extra), 'diff');
  const shown = terminalLocale(locales, uiLocale);
  const before = await readValidPolicy(previousFile, io, uiLocale, [shown]);
  if (!before.policy) return before.exit;
  const after = await readValidPolicy(nextFile, io, uiLocale, [shown]);
  if (!after.policy) return after.exit;
  const { changeNotice, policyReviewWords } = await loadSchema();
  const notice = changeNotice(before.policy, after.policy);
  const words = policyReviewWords(shown);
  const colour = colours(io.stdout, io.env);
  const mark = { adverse: colour.red, favourable: colour.green, neutral: colour.dim } as const;
  for (const change of notice.diff.changes) {
    const values =
      change.before || change.after
        ? `\n  ${change.before?.[shown] ?? '—'} → ${change.after?.[shown] ?? '—'}`
        : '';
    io.stdout.write(
      `${mark[change.impact](`[${words.diff.impacts[change.impact]}]`)} ${change.subject[shown]} — ${change.reason[shown]} ${colour.dim(change.jsonPath)}${values}\n`,
    );
  }
  const adverse = notice.diff.changes.filter((change) => change.impact === 'adverse').length;
  io.stdout.write(`${reviewWords(shown).changes(notice.diff.changes.length, adverse)}\n`);
  const outDir = values.out as string | undefined;
  if (outDir) {
    const [{ exportChangeNotice }, { OutputFolderError }] = await Promise.all([
      import('./changeNoticeFiles.js'),
      loadOutputFolder(),
    ]);
    try {
      const written = await exportChangeNotice(notice, { outDir, locales, force: Boolean(values.force) });
      io.stdout.write(
        `${colour.green(reviewWords(shown).wrote(written.length, relative(process.cwd(), outDir) || '.'))}\n`,
      );
    } catch (error) {
      const shownMessages = cliWords(shown);
      reportOutputError(error, io, shownMessages, OutputFolderError, shownMessages.diffFailed);
      return exitCode.invalid;
    }
  }
  return exitCode.ok;
}

/**
 * Why files could not be written into the output folder (`export`, `diff --out`), as one line a person can act on:
 * a folder that is not empty or is a file, a path leaving it, no permission, or else `failed` with the reason.
 * Exported for its test: no permission is an error that a test running as root cannot cause for real.
 */
export function outputErrorLine(
  error: unknown,
  messages: CliWords,
  OutputFolderError: typeof import('./outputFolder.js').OutputFolderError,
  failed: (reason: string) => string,
): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof OutputFolderError && error.reason === 'not-empty')
    return messages.folderNotEmpty(error.folder);
  if (error instanceof OutputFolderError && error.reason === 'not-a-folder')
    return messages.notAFolder(error.folder);
  if (error instanceof OutputFolderError && error.reason === 'unsafe-path') {
    return messages.unsafePath(error.folder, error.message);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return messages.noWritePermission((error as NodeJS.ErrnoException).path ?? '');
  }
  if (code === 'ENOTDIR') return messages.pathThroughFile((error as NodeJS.ErrnoException).path ?? '');
  return failed(error instanceof Error ? error.message : String(error));
}

function reportOutputError(
  error: unknown,
  io: Io,
  messages: CliWords,
  OutputFolderError: typeof import('./outputFolder.js').OutputFolderError,
  failed: (reason: string) => string,
): void {
  const line = outputErrorLine(error, messages, OutputFolderError, failed);
  io.stderr.write(`${colours(io.stderr, io.env).red(messages.errorWord)}: ${line}\n`);
}

/** A one-line progress bar on stderr, redrawn at most every 50 ms; only on a terminal. */
function progressBar(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv) {
  if (!stream.isTTY) return { update: () => {}, finish: () => {} };
  const colour = colours(stream, env);
  let lastDraw = 0;
  const draw = (done: number, total: number, path: string) => {
    const columns = stream.columns || 80;
    const width = Math.max(10, Math.min(30, columns - 40));
    const filled = Math.round((done / total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const counter = `${done}/${total}`;
    const room = Math.max(0, columns - width - counter.length - 6);
    const name = path.length > room ? `…${path.slice(path.length - room + 1)}` : path;
    stream.write(`\r\u001b[2K${colour.green(bar)} ${counter} ${colour.dim(name)}`);
  };
  return {
    update({ done, total, path }: { done: number; total: number; path: string }) {
      const now = Date.now();
      if (done < total && now - lastDraw < 50) return;
      lastDraw = now;
      draw(done, total, path);
    },
    finish() {
      stream.write('\r\u001b[2K');
    },
  };
}

/** After `export --force`: which stale files were kept rather than deleted, and why, one line per reason. */
function keptStaleFilesReport(kept: readonly KeptStaleFile[], messages: CliWords): string {
  const say: Record<KeptStaleFileReason, CliWords['keptStaleFiles'][keyof CliWords['keptStaleFiles']]> = {
    'foreign-manifest': messages.keptStaleFiles.foreignManifest,
    'no-checksum': messages.keptStaleFiles.noChecksum,
    changed: messages.keptStaleFiles.changed,
  };
  const shown = 10;
  let report = '';
  for (const reason of Object.keys(say) as KeptStaleFileReason[]) {
    const paths = kept.filter((file) => file.reason === reason).map((file) => file.path);
    if (paths.length === 0) continue;
    const list = `${paths.slice(0, shown).join(', ')}${paths.length > shown ? ', …' : ''}`;
    report += `${say[reason](paths.length, list)}\n`;
  }
  return report;
}

async function exportCommand(args: string[], io: Io, uiLocale: Locale): Promise<number> {
  const messages = cliWords(uiLocale);
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      format: { type: 'string' },
      variant: { type: 'string' },
      locale: { type: 'string' },
      'outline-text': { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    messages,
    'export',
  );
  const formatValues = (await loadFormats()).registryFileFormats();
  if (values.help) {
    io.stdout.write(`${messages.exportHelp(formatValues.join(','))}\n`);
    return exitCode.ok;
  }
  const formats = parseList<FileFormat>(
    values.format as string | undefined,
    formatValues,
    '--format',
    messages,
    'export',
  );
  const variants = parseList<Variant>(
    values.variant as string | undefined,
    variantValues,
    '--variant',
    messages,
    'export',
  );
  const locales = parseList<Locale>(
    values.locale as string | undefined,
    localeValues,
    '--locale',
    messages,
    'export',
  );
  const file = singlePolicyArgument(positionals, messages, 'export');
  const outDir = values.out as string | undefined;
  if (!outDir) throw new UsageError(messages.missingOutOption, 'export');

  // PNG workers start while the main thread loads the renderers.
  (await import('./rasteriser.js')).startRasteriser();
  const [{ readPolicyFile }, { exportLabels }, { OutputFolderError }] = await Promise.all([
    loadPolicyFile(),
    loadExporter(),
    loadOutputFolder(),
  ]);
  const result = await readPolicyFile(file);
  if (!result.ok) {
    // The same report as `validate`, so the fix is the same; in the language of the files asked for (the user's
    // own if it is among them).
    return validateCommand(validateArguments(file, [terminalLocale(locales ?? [], uiLocale)]), io, uiLocale);
  }
  const started = performance.now();
  const progress = progressBar(io.stderr, io.env);
  let writer: AtomicFileWriter | undefined;
  const kept: KeptStaleFile[] = [];
  const onSignal = (signal: NodeJS.Signals) => {
    progress.finish();
    writer?.removePendingTemporaryFilesSync();
    io.stderr.write(`${messages.interrupted}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const manifest = await exportLabels(result.policy, {
      outDir,
      ...(formats ? { formats } : {}),
      ...(variants ? { variants } : {}),
      ...(locales ? { locales } : {}),
      outlineText: Boolean(values['outline-text']),
      force: Boolean(values.force),
      onProgress: (update) => progress.update(update),
      onWriter: (created) => {
        writer = created;
      },
      onKeptStaleFile: (file) => kept.push(file),
    });
    progress.finish();
    const bytes = manifest.files.reduce((sum, entry) => sum + entry.bytes, 0);
    const folder = relative(process.cwd(), outDir) || '.';
    // The read-me in the user's language if the pack has one, else the first.
    const readmes = manifest.files.filter((entry) => entry.kind === 'read-me').map((entry) => entry.path);
    const readme =
      readmes.find((path) => path === `README-${uiLocale.split('-')[0]}.txt`) ??
      readmes[0] ??
      'manifest.json';
    io.stdout.write(
      `${colours(io.stdout, io.env).green(
        messages.exported(
          manifest.files.length + 1,
          (bytes / 1024 / 1024).toFixed(1),
          folder,
          ((performance.now() - started) / 1000).toFixed(1),
          join(folder, readme),
        ),
      )}\n`,
    );
    io.stdout.write(keptStaleFilesReport(kept, messages));
    return exitCode.ok;
  } catch (error) {
    progress.finish();
    reportOutputError(error, io, messages, OutputFolderError, messages.exportFailed);
    return exitCode.invalid;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function schemaCommand(args: string[], io: Io, uiLocale: Locale): Promise<number> {
  const messages = cliWords(uiLocale);
  const { values, positionals } = parseCommandArgs(
    args,
    { help: { type: 'boolean', short: 'h' } },
    messages,
    'schema',
  );
  if (values.help) {
    io.stdout.write(`${messages.schemaHelp}\n`);
    return exitCode.ok;
  }
  if (positionals[0] !== undefined)
    throw new UsageError(messages.unexpectedArgument(positionals[0]), 'schema');
  const { policyJsonSchemaText } = await loadSchema();
  io.stdout.write(policyJsonSchemaText());
  return exitCode.ok;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const uiLocale = systemLocale(io.env);
  const messages = cliWords(uiLocale);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io, uiLocale);
      case 'lint':
        return await lintCommand(rest, io, uiLocale);
      case 'diff':
        return await diffCommand(rest, io, uiLocale);
      case 'export':
        return await exportCommand(rest, io, uiLocale);
      case 'schema':
        return await schemaCommand(rest, io, uiLocale);
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(`${messages.mainHelp(packageVersion())}\n`);
        return exitCode.ok;
      case '-v':
      case '--version':
        io.stdout.write(`${packageVersion()}\n`);
        return exitCode.ok;
      case undefined:
        throw new UsageError(messages.missingCommand);
      default:
        if (command.startsWith('-')) {
          throw new UsageError(
            messages.unknownOption(command, suggestOption(command, ['--help', '--version'])),
          );
        }
        throw new UsageError(messages.unknownCommand(command));
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const colour = colours(io.stderr, io.env);
    io.stderr.write(
      `${colour.red(messages.errorWord)}: ${error.message}\n${messages.seeHelp(error.command)}\n`,
    );
    return exitCode.usage;
  }
}

const exit = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = exit;
