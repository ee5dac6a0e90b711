import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../test/fixtures/policyArbitrary.js';
import { lineAndColumn, locateJsonPath, parseJson, readPolicyFile } from './policyFile.js';
import { eucKrPolicy, examplePath, temporaryFolder } from './testing/support.js';

function syntaxError(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result.error;
}

describe('parseJson', () => {
  it('parses valid JSON and ignores a UTF-8 byte-order mark', () => {
    expect(parseJson('\ufeff{"a": [1, "가"]}')).toEqual({ ok: true, value: { a: [1, '가'] } });
  });

  it('points at a trailing comma itself, the character to delete, and says to remove it', () => {
    const error = syntaxError('{\n  "title": "가게",\n  "items": [1, 2,]\n}');
    expect([error.line, error.column]).toEqual([3, 17]);
    expect(error.message.en).toMatch(/trailing comma/i);
    expect(error.message.ko).toContain('쉼표');
    // After the last member of an object, with the closing brace on the next line: the comma, not the brace.
    const inObject = syntaxError('{\n  "children": {\n    "minimumAge": 14\n  },\n}\n');
    expect([inObject.line, inObject.column]).toEqual([4, 4]);
    expect(inObject.message.en).toMatch(/trailing comma/i);
  });

  it('points at a missing comma between properties', () => {
    const error = syntaxError('{\n  "a": 1\n  "b": 2\n}');
    expect([error.line, error.column]).toEqual([3, 3]);
    expect(error.message.en).toContain("expected ',' or '}'");
  });

  it('points at an unterminated string where it starts', () => {
    const error = syntaxError('{"a": "open\n}');
    expect([error.line, error.column]).toEqual([1, 12]);
    expect(error.message.en).toMatch(/line break inside a string/i);
  });

  it('reports a file that ends too early at its end', () => {
    const error = syntaxError('{\n  "a": [1, 2');
    expect([error.line, error.column]).toEqual([2, 13]);
    expect(error.message.en).toMatch(/ends too early/);
  });

  it('explains single quotes, which people copy from JavaScript', () => {
    const error = syntaxError("{'a': 1}");
    expect([error.line, error.column]).toEqual([1, 2]);
    expect(error.message.en).toMatch(/double quotes/);
  });

  it('reports an empty file at line 1, column 1', () => {
    const error = syntaxError('');
    expect([error.line, error.column]).toEqual([1, 1]);
  });

  it('counts Korean text as one column per character', () => {
    expect(lineAndColumn('{"이름": x}', 8)).toEqual({ line: 1, column: 9 });
  });
});

/** Every place in a parsed JSON value, as keys and indices from the root, each with its value. */
function places(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  const inside = Array.isArray(value)
    ? value.flatMap((entry, index) => places(entry, [...path, index]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, entry]) => places(entry, [...path, key]))
      : [];
  return [[path, value], ...inside];
}

describe('locateJsonPath', () => {
  const text = [
    '{',
    '  "controller": { "name": { "ko": "가게 [1] {a}", "en": "Shop \\"q\\"" } },',
    '  "collectedItems": [',
    '    { "items": [], "basis": "consent" },',
    '    {',
    '      "basis": "contract"',
    '    }',
    '  ]',
    '}',
  ].join('\n');

  it('points at the key of an object member, after strings holding brackets, quotes and Korean', () => {
    expect(locateJsonPath(text, ['controller', 'name', 'en'])).toMatchObject({
      line: 2,
      column: 49,
      found: true,
    });
    expect(locateJsonPath(text, ['collectedItems', 0, 'basis'])).toMatchObject({
      line: 4,
      column: 20,
      found: true,
    });
    expect(locateJsonPath(text, ['collectedItems', 1, 'basis'])).toMatchObject({
      line: 6,
      column: 7,
      found: true,
    });
  });

  it('points at the value of an array element', () => {
    expect(locateJsonPath(text, ['collectedItems', 1])).toMatchObject({ line: 5, column: 5, found: true });
  });

  it('points a missing member at the object that lacks it, and says it is not there', () => {
    expect(locateJsonPath(text, ['collectedItems', 1, 'purposeIds'])).toMatchObject({
      line: 5,
      column: 5,
      found: false,
    });
    expect(locateJsonPath(text, ['privacyOfficer', 'email'])).toMatchObject({
      line: 1,
      column: 1,
      found: false,
    });
    expect(locateJsonPath(text, ['collectedItems', 9])).toMatchObject({ line: 3, column: 21, found: false });
  });

  it('takes the last of a key written twice, as JSON.parse does, and does not count a byte-order mark', () => {
    expect(locateJsonPath('\ufeff{"a": 1,\n "a": 2}', ['a'])).toMatchObject({ line: 2, column: 2 });
  });

  it('finds every key and array element of any policy file, compact or indented, at its name or value', () => {
    fc.assert(
      fc.property(policyInputArbitrary, fc.constantFrom(undefined, 2, '\t'), (input, indent) => {
        const json = JSON.stringify(input, null, indent);
        const lines = json.split('\n');
        for (const [path, value] of places(input)) {
          const place = locateJsonPath(json, path);
          expect(place.found).toBe(true);
          const last = path.at(-1);
          const expected =
            typeof last === 'string' ? JSON.stringify(last) : JSON.stringify(value, null, indent);
          // The place is written at its line and column, counted again from the text.
          const line = lines[place.line - 1]!;
          expect(
            line.slice(place.column - 1).startsWith(expected.split('\n')[0]!),
            JSON.stringify(path),
          ).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});

describe('readPolicyFile', () => {
  it('returns the validated policy of a bundled example', async () => {
    const result = await readPolicyFile(examplePath('small-shop'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.controller.name.ko).toBe('담장 위 고양이 공방');
  });

  it('says a missing file is missing, in both languages', async () => {
    const result = await readPolicyFile('/nonexistent/policy.json');
    expect(result).toMatchObject({ ok: false, kind: 'unreadable' });
    if (!result.ok && result.kind === 'unreadable') {
      expect(result.message.en).toMatch(/no such file/i);
      expect(result.message.ko).toContain('파일이 없습니다');
    }
  });

  it('lists every schema problem with its JSON path', async () => {
    const folder = await temporaryFolder();
    const file = join(folder, 'broken.json');
    await writeFile(file, JSON.stringify({ defaultLocale: 'Korean', policyUrl: 'not a url' }));
    const result = await readPolicyFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok && result.kind === 'invalid') {
      const paths = result.errors.map((error) => error.jsonPath);
      expect(paths).toEqual(expect.arrayContaining(['$.defaultLocale', '$.policyUrl', '$.controller']));
    } else {
      throw new Error(`expected an invalid policy, got ${JSON.stringify(result)}`);
    }
  });

  it('gives each problem the line and column of the key its path names, or of the object lacking it', async () => {
    const folder = await temporaryFolder();
    const file = join(folder, 'wrong-basis.json');
    const input = readExample('small-shop') as Record<string, any>;
    input.collectedItems[0].basis = 'consent';
    delete input.privacyOfficer;
    const text = JSON.stringify(input, null, 2);
    await writeFile(file, text);
    const result = await readPolicyFile(file);
    if (result.ok || result.kind !== 'invalid') throw new Error('expected an invalid policy');
    const lines = text.split('\n');
    const basisLine = lines.findIndex((line) => line.includes('"basis": "consent"'));
    const basis = result.errors.find((error) => error.jsonPath === '$.collectedItems[0].basis');
    expect(basis).toMatchObject({ line: basisLine + 1, column: lines[basisLine]!.indexOf('"basis"') + 1 });
    const officer = result.errors.find((error) => error.jsonPath === '$.privacyOfficer');
    expect(officer).toMatchObject({ line: 1, column: 1 });
  });
});

/** Text as UTF-16 little- or big-endian, with its byte-order mark when `bom`. */
function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].flatMap((character) => {
    const code = character.charCodeAt(0);
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array(units);
}

describe('readPolicyFile reads UTF-8 only', () => {
  it('names a file saved as EUC-KR/CP949 by the line and column of its first byte that is not UTF-8, in Korean and English', async () => {
    const folder = await temporaryFolder();
    const file = join(folder, 'euc-kr.json');
    const { bytes, line, column } = eucKrPolicy();
    await writeFile(file, bytes);
    const result = await readPolicyFile(file);
    expect(result).toMatchObject({ ok: false, kind: 'encoding', encoding: 'not-utf-8', line, column });
    if (result.ok || result.kind !== 'encoding') throw new Error('expected an encoding error');
    expect(line).toBe(4);
    expect(result.message.en).toMatch(/^Not UTF-8 \(EUC-KR\?\).*0xB0.*Save the file as UTF-8/);
    expect(result.message.ko).toMatch(/^UTF-8 파일이 아닙니다\(EUC-KR\?\).*0xB0.*UTF-8로 저장한/);
  });

  it('says a file saved as UTF-16 is UTF-16, with or without a byte-order mark, in Korean and English', async () => {
    const folder = await temporaryFolder();
    const text = JSON.stringify(readExample('small-shop'), null, 2);
    for (const [name, bytes] of [
      ['le.json', utf16(text, 'le')],
      ['be.json', utf16(text, 'be')],
      ['le-no-bom.json', utf16(text, 'le', false)],
    ] as const) {
      const file = join(folder, name);
      await writeFile(file, bytes);
      const result = await readPolicyFile(file);
      expect(result, name).toMatchObject({
        ok: false,
        kind: 'encoding',
        encoding: 'utf-16',
        line: 1,
        column: 1,
      });
      if (result.ok || result.kind !== 'encoding') throw new Error('expected an encoding error');
      expect(result.message.en).toMatch(/UTF-16.*Save the file as UTF-8/);
      expect(result.message.ko).toMatch(/UTF-16.*UTF-8로 저장한/);
    }
  });

  it('still reads UTF-8 with a byte-order mark, as Windows editors save it', async () => {
    const folder = await temporaryFolder();
    const file = join(folder, 'bom.json');
    const text = JSON.stringify(readExample('small-shop'), null, 2);
    await writeFile(file, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    const result = await readPolicyFile(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.title?.ko).toBe('담장 위 고양이 공방 개인정보 처리방침');
  });
});
