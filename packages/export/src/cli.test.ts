import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { policyJsonSchemaText } from '@privacy-label-kit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import { manifestFileName } from './exportLabels.js';
import { temporaryFilePattern } from './outputFolder.js';
import {
  cliPath,
  eucKrPolicy,
  examplePath,
  listFiles,
  parseSvg,
  pdfText,
  repoRoot,
  runCli,
  temporaryFolder,
} from './testing/support.js';

const shop = examplePath('small-shop');
let scratch: string;
beforeAll(async () => {
  scratch = await temporaryFolder();
});

describe('privacy-label --help and --version', () => {
  it('prints the commands and the exit codes, in English by default and in Korean under a Korean LANG', async () => {
    const english = await runCli(['--help']);
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/validate <policy\.json>/);
    expect(english.stdout).toMatch(/2 {2}usage error/);
    const korean = await runCli(['--help'], { LANG: 'ko_KR.UTF-8' });
    expect(korean.stdout).toContain('처리방침 파일을 검사하고');
    expect(korean.stdout).toContain('종료 코드');
  });

  it('has help for every command', async () => {
    for (const command of ['validate', 'export', 'schema']) {
      const result = await runCli([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`privacy-label ${command}`);
    }
    expect((await runCli(['export', '-h'])).stdout).toContain('--outline-text');
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(cliPath, '../../package.json'), 'utf8')) as {
      version: string;
    };
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe('privacy-label validate', () => {
  it('exits 0 for a valid policy', async () => {
    const result = await runCli(['validate', shop]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid');
  });

  it('exits 1 listing every problem as file:line:col: path: message, in the chosen language', async () => {
    const policy = readExample('small-shop');
    policy.policyUrl = 'ftp://example';
    delete policy.privacyOfficer;
    (policy.collectedItems as Array<Record<string, unknown>>)[0]!.basis = 'consent';
    const file = join(scratch, 'invalid.json');
    const text = JSON.stringify(policy, null, 2);
    await writeFile(file, text);
    // Where an editor shows each key: its line and column, counted from the text written.
    const written = text.split('\n');
    const at = (start: string) => {
      const line = written.findIndex((entry) => entry.includes(start));
      return `${line + 1}:${written[line]!.indexOf(start) + 1}`;
    };

    const english = await runCli(['validate', file]);
    expect(english.code).toBe(1);
    const lines = english.stdout.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${file}:${at('"policyUrl": "ftp')}: \\$\\.policyUrl: .*http`)),
        // A missing property: the object that lacks it, here the whole policy.
        expect.stringMatching(new RegExp(`^${file}:1:1: \\$\\.privacyOfficer: .*missing`)),
        expect.stringMatching(
          new RegExp(
            `^${file}:${at('"basis": "consent"')}: \\$\\.collectedItems\\[0\\]\\.basis: .*consentRequired`,
          ),
        ),
      ]),
    );
    expect(lines.at(-1)).toBe('Found 3 problems.');

    const korean = await runCli(['validate', file, '--locale', 'ko']);
    expect(korean.stdout).toMatch(/\$\.privacyOfficer: .*없습니다/);
    expect(korean.stdout).toContain(`${file}:${at('"basis": "consent"')}: $.collectedItems[0].basis: `);
    const both = await runCli(['validate', file, '--locale', 'both']);
    expect(both.stdout).toMatch(/\$\.privacyOfficer: .*없습니다.* \/ .*missing/);
    const fromLang = await runCli(['validate', file], { LANG: 'ko_KR.UTF-8' });
    expect(fromLang.stdout).toMatch(/없습니다/);
  });

  it('exits 2 with file:line:col for a JSON syntax error', async () => {
    const file = join(scratch, 'syntax.json');
    await writeFile(file, '{\n  "title": { "ko": "가게" },\n  "policyUrl": "https://a.example",,\n}\n');
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${file}:3:36: error: Unexpected ",": expected a property name in double quotes.`,
    );
  });

  it('points a trailing comma before the closing brace at the comma, in English and Korean', async () => {
    const file = join(scratch, 'trailing.json');
    await writeFile(file, '{\n  "children": {\n    "minimumAge": 14\n  },\n}\n');
    const english = await runCli(['validate', file]);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(new RegExp(`^${file}:4:4: error: .*trailing comma`, 'i'));
    const korean = await runCli(['validate', file, '--locale', 'ko']);
    expect(korean.stderr).toMatch(new RegExp(`^${file}:4:4: .*쉼표`));
  });

  it('lint names each finding by file:line:col before its path', async () => {
    const messenger = examplePath('messenger-platform');
    const text = await readFile(messenger, 'utf8');
    const result = await runCli(['lint', messenger]);
    // The messenger example's deemed consent (item 17) goes beyond what the contract needs: its basis is the place.
    const basis = /^(.*):(\d+):(\d+): \$\.collectedItems\[16\]\.basis: /m.exec(result.stdout);
    expect(basis?.[1]).toBe(messenger);
    const line = text.split('\n')[Number(basis![2]) - 1]!;
    expect(line.slice(Number(basis![3]) - 1)).toMatch(/^"basis": "deemedConsent"/);
  });

  it('refuses a policy saved as EUC-KR or UTF-16 in validate, lint, diff and export, at file:line:col, in English and Korean', async () => {
    const { bytes, line, column } = eucKrPolicy();
    const eucKr = join(scratch, 'euc-kr.json');
    await writeFile(eucKr, bytes);
    const utf16 = join(scratch, 'utf-16.json');
    await writeFile(utf16, Buffer.from(`\ufeff${await readFile(shop, 'utf8')}`, 'utf16le'));
    const outDir = join(scratch, 'from-euc-kr');
    for (const args of [
      ['validate', eucKr],
      ['lint', eucKr],
      ['diff', shop, eucKr],
      ['export', eucKr, '--out', outDir],
    ]) {
      const english = await runCli(args);
      expect(english.code, args.join(' ')).toBe(2);
      expect(english.stderr, args.join(' ')).toMatch(
        new RegExp(`^${eucKr}:${line}:${column}: error: Not UTF-8 \\(EUC-KR\\?\\).*Save the file as UTF-8`),
      );
      const korean = await runCli(args, { LANG: 'ko_KR.UTF-8' });
      expect(korean.stderr, args.join(' ')).toMatch(
        new RegExp(`^${eucKr}:${line}:${column}: 오류: UTF-8 파일이 아닙니다\\(EUC-KR\\?\\).*UTF-8로 저장한`),
      );
    }
    expect(readdirSync(scratch)).not.toContain('from-euc-kr');
    const wide = await runCli(['validate', utf16]);
    expect(wide.code).toBe(2);
    expect(wide.stderr).toMatch(new RegExp(`^${utf16}:1:1: error: Saved as UTF-16 \\(Unicode\\), not UTF-8`));
    const wideKorean = await runCli(['validate', utf16, '--locale', 'ko']);
    expect(wideKorean.stderr).toContain('UTF-16(유니코드)로 저장된 파일입니다');
  });

  it('exits 2 for a file that does not exist', async () => {
    const result = await runCli(['validate', join(scratch, 'missing.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.json: error: No such file/);
  });

  it('uses colour only on a terminal, so piped output has no escape codes', async () => {
    const file = join(scratch, 'invalid-colour.json');
    await writeFile(file, '{}');
    const result = await runCli(['validate', file], { FORCE_COLOR: '1' });
    expect(result.stdout).not.toContain('\u001b[');
  });
});

describe('privacy-label usage errors', () => {
  it('exits 2 for an unknown option, naming it and suggesting the right one', async () => {
    const result = await runCli(['export', shop, '--out', join(scratch, 'x'), '--formt', 'svg']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown option --formt. Did you mean --format?');
    expect(result.stderr).toContain('privacy-label export --help');
  });

  it('exits 2 for an unknown format value, listing the allowed ones', async () => {
    const result = await runCli(['export', shop, '--out', join(scratch, 'x'), '--format', 'svg,tiff']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--format cannot be "tiff". Use one or more of, separated by commas: svg, png, pdf',
    );
  });

  it('exits 2 for an unknown command, a missing --out and a missing value', async () => {
    expect((await runCli(['exprot'])).code).toBe(2);
    const noOut = await runCli(['export', shop]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out <folder>');
    const noValue = await runCli(['export', shop, '--out']);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('--out needs a value');
  });

  it('reports usage errors in Korean under a Korean LANG', async () => {
    const result = await runCli(['export', shop, '--out', join(scratch, 'x'), '--variant', 'colour'], {
      LANG: 'ko_KR.UTF-8',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--variant 옵션에 "colour" 값은 쓸 수 없습니다');
  });
});

describe('privacy-label schema', () => {
  it('prints the JSON Schema of policy files', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(policyJsonSchemaText());
    expect(JSON.parse(result.stdout)).toHaveProperty('properties.controller');
  });
});

// Each export is a fresh process writing hundreds of files; the kill test runs two of them.
describe('privacy-label export', { timeout: 60_000 }, () => {
  it('exports, then refuses the non-empty folder without --force and overwrites with it', async () => {
    const outDir = join(scratch, 'shop');
    const first = await runCli(['export', shop, '--out', outDir, '--format', 'svg,pdf', '--locale', 'ko']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Wrote \d+ files/);
    const summary = await pdfText(join(outDir, 'print/summary-online-ko.pdf'));
    expect(summary.replace(/\s+/g, '')).toContain('제3자제공1곳');

    const refused = await runCli(['export', shop, '--out', outDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The folder ${outDir} is not empty`);
    expect(refused.stderr).toContain('--force');

    const forced = await runCli([
      'export',
      shop,
      '--out',
      outDir,
      '--force',
      '--variant',
      'offline',
      '--format',
      'svg',
    ]);
    expect(forced.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(outDir, manifestFileName), 'utf8')) as {
      files: { path: string }[];
    };
    expect(manifest.files.every((file) => !file.path.includes('/online/'))).toBe(true);
  });

  it("with --force keeps a foreign manifest's files and files edited since, and says so in English and Korean", async () => {
    const svg = ['--format', 'svg', '--variant', 'online'];
    for (const [lang, foreign, edited] of [
      [
        'C.UTF-8',
        /Kept 1 file .*privacy-label did not make.*: ledger\.xlsx/,
        /Kept 1 file .*changed after that export.*: README-en\.txt/,
      ],
      [
        'ko_KR.UTF-8',
        /파일 1개를 지우지 않고 .*privacy-label이 만든 것이 아니어서.*: ledger\.xlsx/,
        /파일 1개를 지우지 않고 .*내용이 바뀌었습니다.*: README-en\.txt/,
      ],
    ] as const) {
      const outDir = join(scratch, `shopsite-${lang}`);
      await mkdir(outDir);
      await writeFile(join(outDir, 'ledger.xlsx'), 'the shop accounts');
      await writeFile(join(outDir, manifestFileName), JSON.stringify({ files: [{ path: 'ledger.xlsx' }] }));
      const overForeign = await runCli(
        ['export', shop, '--out', outDir, '--force', ...svg, '--locale', 'ko'],
        {
          LANG: lang,
        },
      );
      expect(overForeign.code).toBe(0);
      expect(overForeign.stdout).toMatch(foreign);
      expect(await readFile(join(outDir, 'ledger.xlsx'), 'utf8')).toBe('the shop accounts');

      expect((await runCli(['export', shop, '--out', outDir, '--force', ...svg], { LANG: lang })).code).toBe(
        0,
      );
      await writeFile(join(outDir, 'README-en.txt'), 'my notes');
      const again = await runCli(['export', shop, '--out', outDir, '--force', ...svg, '--locale', 'ko'], {
        LANG: lang,
      });
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(edited);
      expect(await readFile(join(outDir, 'README-en.txt'), 'utf8')).toBe('my notes');
      // The English labels were the export's own and unedited: removed.
      expect((await listFiles(outDir)).filter((file) => file.startsWith('labels/online/en/'))).toEqual([]);
    }
    const help = await runCli(['export', '--help']);
    expect(help.stdout).toMatch(/--force .*overwrites files of the same name/);
    expect(help.stdout).toMatch(/deleted only if\s+that manifest\.json was made by privacy-label/);
    expect((await runCli(['export', '--help'], { LANG: 'ko_KR.UTF-8' })).stdout).toContain(
      'SHA-256 값이 같을 때',
    );
  });

  it('with --outline-text writes SVGs without <text> elements', async () => {
    const outDir = join(scratch, 'outlined');
    const result = await runCli(['export', shop, '--out', outDir, '--format', 'svg', '--outline-text']);
    expect(result.code).toBe(0);
    const svgs = (await listFiles(outDir)).filter((file) => file.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(20);
    for (const file of svgs) {
      const document = parseSvg(await readFile(join(outDir, file), 'utf8'));
      expect(document.getElementsByTagName('text'), file).toHaveLength(0);
    }
  });

  it('says plainly when --out runs through a file, in English and Korean', async () => {
    const file = join(scratch, 'a-file.txt');
    await writeFile(file, 'mine');
    const english = await runCli(['export', shop, '--out', join(file, 'labels'), '--format', 'svg']);
    expect(english.code).toBe(1);
    expect(english.stderr).toMatch(
      /^error: Cannot make the folder .*a-file\.txt\/labels: a part of that path is a file/,
    );
    const korean = await runCli(['export', shop, '--out', join(file, 'labels'), '--format', 'svg'], {
      LANG: 'ko_KR.UTF-8',
    });
    expect(korean.stderr).toMatch(/^오류: .*a-file\.txt\/labels 폴더를 만들 수 없습니다/);
  });

  it('reports an invalid policy the way validate does and writes nothing', async () => {
    const file = join(scratch, 'no-officer.json');
    const policy = readExample('small-shop');
    delete policy.privacyOfficer;
    await writeFile(file, JSON.stringify(policy));
    const outDir = join(scratch, 'never');
    const result = await runCli(['export', file, '--out', outDir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:1:1: $.privacyOfficer:`);
    expect(readdirSync(scratch)).not.toContain('never');
  });

  it('killed midway leaves only complete files under final names, and the next --force run cleans up', async () => {
    // One variant and locale of the largest example: about a hundred files, several seconds of work to interrupt.
    const exportArgs = (outDir: string) => [
      'export',
      examplePath('messenger-platform'),
      '--out',
      outDir,
      '--variant',
      'online',
      '--locale',
      'ko',
    ];
    const reference = join(scratch, 'reference');
    expect((await runCli(exportArgs(reference))).code).toBe(0);

    const outDir = join(scratch, 'killed');
    const child = spawn(process.execPath, [cliPath, ...exportArgs(outDir)], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill as soon as the first finished file appears.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let finished: string[] = [];
        try {
          finished = readdirSync(outDir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile() && !temporaryFilePattern.test(entry.name))
            .map((entry) => entry.name);
        } catch {
          // Not created yet.
        }
        if (finished.length > 0) {
          child.kill('SIGKILL');
          clearInterval(poll);
          resolve();
        }
      }, 2);
    });
    await exited;

    const left = await listFiles(outDir);
    const final = left.filter((file) => !temporaryFilePattern.test(file.split('/').pop()!));
    const referenceFiles = await listFiles(reference);
    expect(final.length).toBeGreaterThan(0);
    expect(final.length).toBeLessThan(referenceFiles.length / 2);
    expect(final).not.toContain(manifestFileName);
    for (const file of final) {
      const [partial, complete] = await Promise.all([
        readFile(join(outDir, file)),
        readFile(join(reference, file)),
      ]);
      expect(partial.equals(complete), `${file} is complete`).toBe(true);
    }

    const rerun = await runCli([...exportArgs(outDir), '--force']);
    expect(rerun.code).toBe(0);
    expect(await listFiles(outDir)).toEqual(referenceFiles);
  });
});
