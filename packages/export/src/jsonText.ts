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
  const source = withoutByteOrderMark(text);
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const found = locateJsonSyntaxError(source);
    return { ok: false, error: { ...found, ...lineAndColumn(source, found.offset) } };
  }
}

// Editors on Windows save UTF-8 with a byte-order mark; JSON.parse rejects it, people do not see it (nor count it).
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Where a place named by a path of keys and indices is in a JSON text, 1-based like every editor counts. */
export interface JsonPlace {
  offset: number;
  line: number;
  column: number;
  /** False when the path is not in the text (a missing property): the place is then the object that lacks it. */
  found: boolean;
}

/**
 * The line and column of a place in valid JSON text, given as keys and indices from the root (a policy error's
 * `path`): an object member's key (where a person reads the name the message talks about), an array element's value,
 * or, for a place the text lacks, the start of the deepest value on the way that is there. With a key written twice
 * the last one counts, as in JSON.parse. Text that is not JSON gives line 1, column 1.
 */
export function locateJsonPath(text: string, path: ReadonlyArray<string | number>): JsonPlace {
  const source = withoutByteOrderMark(text);
  let position = 0;
  const skipWhitespace = () => {
    while (position < source.length && ' \t\n\r'.includes(source[position]!)) position++;
  };
  const skipString = () => {
    position++;
    while (position < source.length && source[position] !== '"')
      position += source[position] === '\\' ? 2 : 1;
    position++;
  };
  // Skips one value; nesting is followed by counting brackets outside strings.
  const skipValue = () => {
    skipWhitespace();
    let depth = 0;
    while (position < source.length) {
      const character = source[position]!;
      if (character === '"') {
        skipString();
        if (depth === 0) return;
        continue;
      }
      if (character === '{' || character === '[') depth++;
      else if (character === '}' || character === ']') {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          position++;
          return;
        }
      } else if (depth === 0 && (character === ',' || ' \t\n\r'.includes(character))) return;
      position++;
    }
  };
  const place = (offset: number, found: boolean): JsonPlace => ({
    offset,
    ...lineAndColumn(source, offset),
    found,
  });

  skipWhitespace();
  let valueStart = position;
  let keyStart = position;
  for (const segment of path) {
    const opening = source[valueStart];
    let next: { key: number; value: number } | undefined;
    position = valueStart + 1;
    if (opening === '{' && typeof segment === 'string') {
      for (;;) {
        skipWhitespace();
        if (source[position] !== '"') break;
        const key = position;
        skipString();
        let name: unknown;
        try {
          name = JSON.parse(source.slice(key, position));
        } catch {
          return place(0, false);
        }
        skipWhitespace();
        position++; // the colon
        skipWhitespace();
        if (name === segment) next = { key, value: position };
        skipValue();
        skipWhitespace();
        if (source[position] !== ',') break;
        position++;
      }
    } else if (opening === '[' && typeof segment === 'number') {
      for (let index = 0; ; index++) {
        skipWhitespace();
        if (source[position] === ']' || position >= source.length) break;
        if (index === segment) {
          next = { key: position, value: position };
          break;
        }
        skipValue();
        skipWhitespace();
        if (source[position] !== ',') break;
        position++;
      }
    }
    if (!next) return place(valueStart, false);
    keyStart = next.key;
    valueStart = next.value;
  }
  return place(keyStart, true);
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
    for (let comma = -1; ; ) {
      skipWhitespace();
      // The comma is the mistake, not the brace after it: point where the person has to delete a character.
      if (text[position] === '}') {
        fail((words) => words.trailingComma, comma);
      }
      if (text[position] !== '"') unexpected('propertyName');
      string();
      skipWhitespace();
      if (text[position] !== ':') unexpected('colon');
      position++;
      value();
      skipWhitespace();
      if (text[position] === ',') {
        comma = position;
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
    for (let comma = -1; ; ) {
      skipWhitespace();
      if (text[position] === ']') {
        fail((words) => words.trailingComma, comma);
      }
      value();
      skipWhitespace();
      if (text[position] === ',') {
        comma = position;
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
