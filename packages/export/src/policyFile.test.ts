import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJson, readPolicyFile } from './policyFile.js';
import { examplePath, temporaryFolder } from './testing/support.js';

function syntaxError(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result.error;
}

describe('parseJson', () => {
  it('parses valid JSON and ignores a UTF-8 byte-order mark', () => {
    expect(parseJson('\ufeff{"a": [1, "가"]}')).toEqual({ ok: true, value: { a: [1, '가'] } });
  });

  it('points at a trailing comma by line and column and says to remove it', () => {
    const error = syntaxError('{\n  "title": "가게",\n  "items": [1, 2,]\n}');
    expect([error.line, error.column]).toEqual([3, 18]);
    expect(error.message.en).toMatch(/trailing comma/i);
    expect(error.message.ko).toContain('쉼표');
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
});
