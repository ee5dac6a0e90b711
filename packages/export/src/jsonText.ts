// A policy file's text as JSON, with the line, column and a plain ko/en reason when it is not: browser-safe (no
// Node imports), so the builder names the place in an opened file with the same words as the CLI.
import type { LocalizedText } from '@privacy-label-kit/schema/core';
import { exportEn } from './locales/en.js';
import { exportKo } from './locales/ko.js';
import type { PolicyFileWords } from './locales/words.js';

type Message = Required<LocalizedText>;

/**
 * A message in both built-in languages, from each one's `policyFile` words: the CLI shows validation messages in
 * Korean, English or both (`--locale both`), and these messages stand next to them.
 */
function message(compose: (words: PolicyFileWords) => string): Message {
  return { ko: compose(exportKo.policyFile), en: compose(exportEn.policyFile) };
}

/** Where a JSON syntax error is, 1-based like every editor counts, and what is wrong there. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: Message;
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
  const fail = (compose: (words: PolicyFileWords) => string, at = position): never => {
    throw new JsonScanError(at, message(compose));
  };
  const describe = (at: number): string =>
    at >= text.length ? 'EOF' : JSON.stringify(String.fromCodePoint(text.codePointAt(at)!));
  const unexpected = (expected: keyof PolicyFileWords['expected']): never => {
    if (position >= text.length) fail((words) => words.endsEarly(words.expected[expected]));
    return fail((words) => words.unexpected(describe(position), words.expected[expected]));
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
      fail((words) => words.singleQuotes);
    }
    unexpected('value');
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
        fail((words) => words.trailingComma);
      }
      if (text[position] !== '"') unexpected('propertyName');
      string();
      skipWhitespace();
      if (text[position] !== ':') unexpected('colon');
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
      unexpected('commaOrBrace');
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
        fail((words) => words.trailingComma);
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
      unexpected('commaOrBracket');
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
            fail((words) => words.badUnicodeEscape);
          }
          position += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
          fail((words) => words.badEscape(`\\${escaped ?? ''}`));
        }
        position += 2;
        continue;
      }
      if (character === '\n' || character.charCodeAt(0) < 0x20) {
        fail((words) => words.lineBreakInString);
      }
      position++;
    }
    fail((words) => words.unterminatedString, start);
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(position));
    if (!match) unexpected('number');
    position += match![0].length;
  };
  try {
    value();
    skipWhitespace();
    if (position < text.length) {
      fail((words) => words.moreAfterValue(describe(position)));
    }
  } catch (error) {
    if (error instanceof JsonScanError) return { offset: error.offset, message: error.messages };
    if (error instanceof RangeError) {
      return {
        offset: position,
        message: message((words) => words.nestedTooDeeply),
      };
    }
    throw error;
  }
  // JSON.parse failed but the scanner found nothing: report the start rather than invent a place.
  return { offset: 0, message: message((words) => words.notJson) };
}
