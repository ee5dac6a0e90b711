import { readFile } from 'node:fs/promises';
import { type LocalizedText, type Policy, type PolicyError, parsePolicy } from '@privacy-label-kit/schema';

type Message = Required<LocalizedText>;

/** Where a JSON syntax error is, 1-based like every editor counts, and what is wrong there. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: Message;
}

export type ReadPolicyResult =
  | { ok: true; file: string; policy: Policy }
  | { ok: false; kind: 'unreadable'; file: string; message: Message }
  | { ok: false; kind: 'syntax'; file: string; error: JsonSyntaxError }
  | { ok: false; kind: 'invalid'; file: string; errors: PolicyError[] };

/**
 * Reads and validates a policy file. Never throws: a missing or unreadable file, a JSON syntax error (with line and
 * column) and an invalid policy (every problem with its JSON path) each come back as a typed result.
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
  if (!result.ok) return { ok: false, kind: 'invalid', file, errors: result.errors };
  return { ok: true, file, policy: result.policy };
}

function describeReadError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return {
        ko: '파일이 없습니다. 경로와 파일 이름을 확인해 주세요.',
        en: 'No such file. Check the path and the file name.',
      };
    case 'EISDIR':
      return {
        ko: '폴더입니다. 정책 JSON 파일을 지정해 주세요.',
        en: 'This is a folder. Give the policy JSON file.',
      };
    case 'EACCES':
    case 'EPERM':
      return { ko: '파일을 읽을 권한이 없습니다.', en: 'No permission to read this file.' };
    default:
      return {
        ko: `파일을 읽을 수 없습니다 (${code ?? String(error)}).`,
        en: `Cannot read the file (${code ?? String(error)}).`,
      };
  }
}

/** JSON.parse, plus the line and column of a syntax error, which Node 20's messages do not always include. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError } {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse rejects it, people do not see it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const found = locateJsonSyntaxError(source);
    return { ok: false, error: { ...found, ...lineAndColumn(source, found.offset) } };
  }
}

/** 1-based line and column (in UTF-16 code units, as editors count) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonScanError extends Error {
  constructor(
    readonly offset: number,
    readonly messages: Message,
  ) {
    super(messages.en);
  }
}

/**
 * A strict JSON (RFC 8259) scanner that only runs after JSON.parse has failed, to find where and say why in words a
 * person editing the file understands.
 */
export function locateJsonSyntaxError(text: string): { offset: number; message: Message } {
  let position = 0;
  const fail = (message: Message, at = position): never => {
    throw new JsonScanError(at, message);
  };
  const describe = (at: number): string =>
    at >= text.length ? 'EOF' : JSON.stringify(String.fromCodePoint(text.codePointAt(at)!));
  const unexpected = (expected: Message): never => {
    if (position >= text.length) {
      fail({
        ko: `파일이 중간에 끝났습니다. ${expected.ko}이(가) 와야 합니다. 닫는 괄호나 따옴표가 빠졌는지 확인해 주세요.`,
        en: `The file ends too early: expected ${expected.en}. Check for a missing closing bracket or quote.`,
      });
    }
    return fail({
      ko: `예상하지 못한 문자 ${describe(position)}: ${expected.ko}이(가) 와야 합니다.`,
      en: `Unexpected ${describe(position)}: expected ${expected.en}.`,
    });
  };
  const skipWhitespace = () => {
    while (position < text.length && ' \t\n\r'.includes(text[position]!)) position++;
  };
  const value = (): void => {
    skipWhitespace();
    const character = text[position];
    if (character === '{') {
      object();
      return;
    }
    if (character === '[') {
      array();
      return;
    }
    if (character === '"') {
      string();
      return;
    }
    if (character === '-' || (character !== undefined && character >= '0' && character <= '9')) {
      number();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, position)) {
        position += literal.length;
        return;
      }
    }
    if (character === "'") {
      fail({
        ko: '문자열은 작은따옴표(\')가 아니라 큰따옴표(")로 감싸야 합니다.',
        en: 'Strings need double quotes ("), not single quotes (\').',
      });
    }
    unexpected({
      ko: '값(문자열, 숫자, 객체, 배열, true, false, null)',
      en: 'a value (string, number, object, array, true, false or null)',
    });
  };
  const object = () => {
    position++;
    skipWhitespace();
    if (text[position] === '}') {
      position++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[position] === '}') {
        fail({
          ko: '마지막 항목 뒤에 쉼표가 있습니다. 그 쉼표를 지워 주세요.',
          en: 'Trailing comma: remove the comma after the last entry.',
        });
      }
      if (text[position] !== '"')
        unexpected({ ko: '큰따옴표로 감싼 항목 이름', en: 'a property name in double quotes' });
      string();
      skipWhitespace();
      if (text[position] !== ':')
        unexpected({ ko: '항목 이름 뒤의 콜론(:)', en: "':' after the property name" });
      position++;
      value();
      skipWhitespace();
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === '}') {
        position++;
        return;
      }
      unexpected({ ko: "쉼표(,) 또는 '}'", en: "',' or '}'" });
    }
  };
  const array = () => {
    position++;
    skipWhitespace();
    if (text[position] === ']') {
      position++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[position] === ']') {
        fail({
          ko: '마지막 항목 뒤에 쉼표가 있습니다. 그 쉼표를 지워 주세요.',
          en: 'Trailing comma: remove the comma after the last entry.',
        });
      }
      value();
      skipWhitespace();
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === ']') {
        position++;
        return;
      }
      unexpected({ ko: "쉼표(,) 또는 ']'", en: "',' or ']'" });
    }
  };
  const string = () => {
    const start = position;
    position++;
    while (position < text.length) {
      const character = text[position]!;
      if (character === '"') {
        position++;
        return;
      }
      if (character === '\\') {
        const escaped = text[position + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) {
            fail({
              ko: '\\u 뒤에는 16진수 네 자리가 와야 합니다.',
              en: '\\u must be followed by four hex digits.',
            });
          }
          position += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
          fail({
            ko: `잘못된 이스케이프 \\${escaped ?? ''}입니다. 역슬래시는 \\\\로 적어 주세요.`,
            en: `Invalid escape \\${escaped ?? ''}. Write a backslash as \\\\.`,
          });
        }
        position += 2;
        continue;
      }
      if (character === '\n' || character.charCodeAt(0) < 0x20) {
        fail({
          ko: '문자열 안에서 줄을 바꿀 수 없습니다. 닫는 큰따옴표가 빠졌거나, 줄바꿈을 \\n으로 적어야 합니다.',
          en: 'Line break inside a string: a closing quote is missing, or write the line break as \\n.',
        });
      }
      position++;
    }
    fail(
      {
        ko: '닫는 큰따옴표가 없는 문자열입니다.',
        en: 'Unterminated string: the closing double quote is missing.',
      },
      start,
    );
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(position));
    if (!match) unexpected({ ko: '숫자', en: 'a number' });
    position += match![0].length;
  };
  try {
    value();
    skipWhitespace();
    if (position < text.length) {
      fail({
        ko: `JSON 값이 끝난 뒤에 ${describe(position)}이(가) 더 있습니다. 값은 하나만 있어야 합니다.`,
        en: `Unexpected ${describe(position)} after the end of the JSON value: there must be exactly one value.`,
      });
    }
  } catch (error) {
    if (error instanceof JsonScanError) return { offset: error.offset, message: error.messages };
    if (error instanceof RangeError) {
      return {
        offset: position,
        message: { ko: '괄호가 너무 깊게 중첩되어 있습니다.', en: 'Brackets are nested too deeply.' },
      };
    }
    throw error;
  }
  // JSON.parse failed but the scanner found nothing: report the start rather than invent a place.
  return { offset: 0, message: { ko: 'JSON 형식이 올바르지 않습니다.', en: 'This is not valid JSON.' } };
}
