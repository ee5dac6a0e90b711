import { readFile } from 'node:fs/promises';
import { type LocalizedText, type Policy, type PolicyError, parsePolicy } from '@privacy-label-kit/schema';
import { type JsonPlace, type JsonSyntaxError, locateJsonPath, parseJson } from './jsonText.js';
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
  | { ok: false; kind: 'syntax'; file: string; error: JsonSyntaxError }
  | { ok: false; kind: 'invalid'; file: string; errors: PolicyFileError[] };

/**
 * Reads and validates a policy file. Never throws: a missing or unreadable file, a JSON syntax error (with line and
 * column) and an invalid policy (every problem with its JSON path, and its line and column in the file) each come
 * back as a typed result.
 */
export async function readPolicyFile(file: string): Promise<ReadPolicyResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, kind: 'unreadable', file, message: describeReadError(error) };
  }
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
