import { readFile } from 'node:fs/promises';
import { type LocalizedText, type Policy, type PolicyError, parsePolicy } from '@privacy-label-kit/schema';
import {
  type JsonPlace,
  type JsonSyntaxError,
  lineAndColumn,
  locateJsonPath,
  parseJson,
} from './jsonText.js';
import { exportEn } from './locales/en.js';
import { exportKo } from './locales/ko.js';
import type { PolicyFileWords } from './locales/words.js';

export {
  type JsonPlace,
  type JsonSyntaxError,
  lineAndColumn,
  locateJsonPath,
  locateJsonSyntaxError,
  parseJson,
} from './jsonText.js';

type Message = Required<LocalizedText>;

/**
 * A message in both built-in languages, from each one's `policyFile` words: the CLI shows validation messages in
 * Korean, English or both (`--locale both`), and these messages stand next to them.
 */
function message(compose: (words: PolicyFileWords) => string): Message {
  return { ko: compose(exportKo.policyFile), en: compose(exportEn.policyFile) };
}

/** A problem in a policy file with where its JSON path is in the file: the key it names, or the object lacking it. */
export type PolicyFileError = PolicyError & Pick<JsonPlace, 'line' | 'column'>;

export type ReadPolicyResult =
  | {
      ok: true;
      file: string;
      policy: Policy;
      /** Line and column in the file of a path (a check's finding, say), as for the errors of an invalid file. */
      locate: (path: PolicyError['path']) => JsonPlace;
    }
  | { ok: false; kind: 'unreadable'; file: string; message: Message }
  /**
   * Not UTF-8 text: saved as EUC-KR/CP949 (Korean Windows' "ANSI"), UTF-16 or another encoding. The place is the
   * first byte that is not UTF-8 (line 1, column 1 for UTF-16), counted like the other places.
   */
  | {
      ok: false;
      kind: 'encoding';
      file: string;
      encoding: 'utf-16' | 'not-utf-8';
      line: number;
      column: number;
      message: Message;
    }
  | { ok: false; kind: 'syntax'; file: string; error: JsonSyntaxError }
  | { ok: false; kind: 'invalid'; file: string; errors: PolicyFileError[] };

/**
 * Reads and validates a policy file. Never throws: a missing or unreadable file, a JSON syntax error (with line and
 * column) and an invalid policy (every problem with its JSON path, and its line and column in the file) each come
 * back as a typed result.
 */
export async function readPolicyFile(file: string): Promise<ReadPolicyResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, kind: 'unreadable', file, message: describeReadError(error) };
  }
  const decoded = decodePolicyText(bytes);
  if (!decoded.ok) return { ok: false, kind: 'encoding', file, ...decoded.problem };
  const { text } = decoded;
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, kind: 'syntax', file, error: parsed.error };
  const result = parsePolicy(parsed.value);
  const locate = (path: PolicyError['path']) => locateJsonPath(text, path);
  if (!result.ok) {
    const errors = result.errors.map((error) => {
      const { line, column } = locate(error.path);
      return { ...error, line, column };
    });
    return { ok: false, kind: 'invalid', file, errors };
  }
  return { ok: true, file, policy: result.policy, locate };
}

type EncodingProblem = Pick<
  Extract<ReadPolicyResult, { kind: 'encoding' }>,
  'encoding' | 'line' | 'column' | 'message'
>;

/**
 * A policy file's bytes as text, only if they are UTF-8 (a UTF-8 byte-order mark is dropped). Decoding leniently
 * would turn a file saved as EUC-KR into U+FFFD replacement characters that still parse, validate and print on
 * every label, so any other encoding is an error that names the first byte that is not UTF-8.
 */
export function decodePolicyText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: EncodingProblem } {
  // UTF-16 with a byte-order mark (FF FE, FE FF), or without one: JSON text starts with an ASCII character, which
  // UTF-16 writes with a zero byte beside it.
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0))
  ) {
    return {
      ok: false,
      problem: { encoding: 'utf-16', line: 1, column: 1, message: message((words) => words.utf16) },
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstNonUtf8Byte(bytes);
    // The bytes before it are UTF-8: their text gives the line and column an editor shows.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const { line, column } = lineAndColumn(before, before.length);
    const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      problem: { encoding: 'not-utf-8', line, column, message: message((words) => words.notUtf8(byte)) },
    };
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (the Unicode standard's table 3-7). */
function firstNonUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let following: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      following = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      following = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return index;
    for (let step = 1; step <= following; step++) {
      const next = bytes[index + step];
      if (next === undefined || next < lower || next > upper) return index;
      lower = 0x80;
      upper = 0xbf;
    }
    index += following + 1;
  }
  return bytes.length;
}

function describeReadError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return message((words) => words.noSuchFile);
    case 'EISDIR':
      return message((words) => words.isAFolder);
    case 'EACCES':
    case 'EPERM':
      return message((words) => words.noPermission);
    default:
      return message((words) => words.cannotRead(code ?? String(error)));
  }
}
