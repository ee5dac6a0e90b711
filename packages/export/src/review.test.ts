// `privacy-label lint` and `privacy-label diff`, run as a user runs them: the built CLI in a child process.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveWords } from '@privacy-label-kit/schema';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import { examplePath, listFiles, pdfText, repoRoot, runCli, temporaryFolder } from './testing/support.js';

const shop = examplePath('small-shop');
const messenger = examplePath('messenger-platform');
const messengerBefore = join(repoRoot, 'assets', 'examples', 'versions', 'messenger-platform-3.1.json');
let scratch: string;
beforeAll(async () => {
  scratch = await temporaryFolder();
});

describe('privacy-label lint', () => {
  it('exits 1 with the errors, each with its place, fix and article, in Korean under a Korean LANG', async () => {
    const result = await runCli(['lint', messenger], { LANG: 'ko_KR.UTF-8' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /\$\.collectedItems\[16\]\.refusal\.effect: 오류: .*이용 계약이 해지됩니다/,
    );
    expect(result.stdout).toContain('개인정보 보호법 제16조제3항·제22조제5항 [refusal-costs-service]');
    expect(result.stdout).toContain('고치는 방법:');
    expect(result.stdout).toContain('점검 결과: 오류 2개, 경고 2개, 참고 0개.');
  });

  it('exits 0 for a policy without errors, in English by default', async () => {
    const result = await runCli(['lint', shop]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Checks: 0 errors, 0 warnings, 0 notices.');
  });

  it('--format json prints the findings as data, and keeps the exit code', async () => {
    const result = await runCli(['lint', messenger, '--format', 'json']);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<Record<string, any>>;
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'error', 'warning', 'warning']);
    expect(findings[0]).toMatchObject({
      ruleId: 'deemed-consent-beyond-contract',
      jsonPath: '$.collectedItems[16].basis',
      legalReference: expect.arrayContaining([{ law: 'pipa', article: '22(5)' }]),
    });
    expect(Object.keys(findings[0]!.message)).toEqual(['ko', 'en']);
  });

  it('--locale both prints both languages; --previous checks the change against the previous version', async () => {
    const both = await runCli(['lint', messenger, '--locale', 'both']);
    expect(both.stdout).toMatch(/침묵은 동의가 아닙니다\. \/ .*Silence is not consent\./);
    // The previous version says its change is not adverse although it adds a purpose: with --previous, lint knows.
    const raw = readExample('messenger-platform') as Record<string, any>;
    raw.versionHistory.at(-1).adverseToUsers = false;
    const file = join(scratch, 'undeclared.json');
    await writeFile(file, JSON.stringify(raw));
    const withPrevious = await runCli(['lint', file, '--previous', messengerBefore, '--format', 'json']);
    const ids = (JSON.parse(withPrevious.stdout) as Array<{ ruleId: string }>).map(
      (finding) => finding.ruleId,
    );
    expect(ids).toContain('adverse-change-not-declared');
    const without = await runCli(['lint', file, '--format', 'json']);
    expect(
      (JSON.parse(without.stdout) as Array<{ ruleId: string }>).map((finding) => finding.ruleId),
    ).not.toContain('adverse-change-not-declared');
  });

  it('reports an invalid file as validate does (exit 1) and a missing one as unreadable (exit 2)', async () => {
    const file = join(scratch, 'invalid.json');
    await writeFile(file, JSON.stringify({ ...readExample('small-shop'), effectiveDate: '2026-02-30' }));
    expect((await runCli(['lint', file])).code).toBe(1);
    expect((await runCli(['lint', join(scratch, 'nothing.json')])).code).toBe(2);
    expect((await runCli(['lint', shop, '--format', 'yaml'])).code).toBe(2);
  });
});

describe('an invalid file is reported in the language --locale asks for, whatever LANG says', () => {
  it('lint, lint --previous, diff and export say it in Korean with --locale ko and in English with --locale en', async () => {
    const policy = readExample('small-shop');
    (policy.collectedItems as Array<Record<string, unknown>>)[0]!.basis = 'contrakt';
    const bad = join(scratch, 'bad-basis.json');
    await writeFile(bad, JSON.stringify(policy, null, 2));
    const korean = /\$\.collectedItems\[0\]\.basis: 여기에 쓸 수 없는 값입니다: "contrakt"/;
    const english = /\$\.collectedItems\[0\]\.basis: "contrakt" is not allowed here/;
    for (const args of [
      ['lint', bad],
      ['lint', shop, '--previous', bad],
      ['diff', bad, shop],
      ['export', bad, '--out', join(scratch, 'never-written')],
    ]) {
      const inKorean = await runCli([...args, '--locale', 'ko']);
      expect(inKorean.code, args.join(' ')).toBe(1);
      expect(inKorean.stdout, args.join(' ')).toMatch(korean);
      expect(inKorean.stdout).toContain('문제 1개를 찾았습니다.');
      const inEnglish = await runCli([...args, '--locale', 'en'], { LANG: 'ko_KR.UTF-8' });
      expect(inEnglish.stdout, args.join(' ')).toMatch(english);
      expect(inEnglish.stdout).toContain('Found 1 problem.');
    }
  });
});

describe('privacy-label validate mentions the checks', () => {
  it('stays exit 0 for a valid policy and says what lint finds', async () => {
    const result = await runCli(['validate', messenger]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Checks: 2 errors, 2 warnings, 0 notices. Run privacy-label lint for details.',
    );
  });
});

describe('privacy-label diff', () => {
  it('prints every change with its impact and exits 0', async () => {
    const result = await runCli(['diff', messengerBefore, messenger]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '[Adverse] Purpose: Personalised recommendations — New: more processing.',
    );
    // Three changed fields, and the two warnings the collected-items label gains (deemed consent, refusal ends the contract).
    expect(result.stdout).toContain('5 changes, 5 adverse to users.');
    expect((await runCli(['diff', messenger, messenger])).stdout).toContain('0 changes, 0 adverse to users.');
    expect((await runCli(['diff', messenger])).code).toBe(2);
  });

  it('--out writes the change notice and the comparison table as HTML and PDF in both languages', async () => {
    const out = join(scratch, 'notice');
    const result = await runCli(['diff', messengerBefore, messenger, '--out', out], { LANG: 'ko_KR.UTF-8' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('파일 8개를');
    expect(await listFiles(out)).toEqual([
      'change-notice-en.html',
      'change-notice-en.pdf',
      'change-notice-ko.html',
      'change-notice-ko.pdf',
      'comparison-en.html',
      'comparison-en.pdf',
      'comparison-ko.html',
      'comparison-ko.pdf',
    ]);
    const notice = (await pdfText(join(out, 'change-notice-ko.pdf'))).replace(/\s+/g, ' ');
    expect(notice).toContain('도토리톡 주식회사는 2026. 2. 4.부터 개인정보 처리방침(버전 4.0)을 바꿉니다.');
    // Lines wrap anywhere in Korean: compare without spaces.
    expect(notice.replace(/ /g, '')).toContain('2026.2.11.까지거부의사를밝히지않으면동의한것으로봅니다');
    expect(notice).toContain('거부하면 이용 계약이 해지됩니다.');
    const english = (await pdfText(join(out, 'change-notice-en.pdf'))).replace(/\s+/g, ' ');
    expect(english).toContain('If you refuse, your contract ends.');
    expect(english).toContain('you are treated as agreeing');
    const html = new JSDOM(await readFile(join(out, 'comparison-ko.html'), 'utf8')).window.document;
    expect(html.documentElement.lang).toBe('ko');
    const rows = [...html.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual([
      '처리 목적',
      '맞춤형 콘텐츠 추천',
      '없음',
      expect.stringContaining('추천'),
      '불리: 새로 생겼습니다. 처리가 늘어납니다.',
    ]);
    expect(html.querySelectorAll('thead th[scope="col"]')).toHaveLength(5);
  });

  it('never writes into a folder that is not empty without --force', async () => {
    const out = join(scratch, 'busy');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'keep.txt'), 'mine');
    const result = await runCli(['diff', messengerBefore, messenger, '--out', out]);
    expect(result.code).toBe(1);
    expect(await listFiles(out)).toEqual(['keep.txt']);
    expect((await runCli(['diff', messengerBefore, messenger, '--out', out, '--force'])).code).toBe(0);
    expect(await readFile(join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('words a write the system refuses (no permission, a read-only disk) as a line to act on, in English and Korean', async () => {
    const { outputErrorLine } = await import('./cli.js');
    const { OutputFolderError } = await import('./outputFolder.js');
    const path = '/srv/shop/notice';
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const error = Object.assign(new Error(`${code}: mkdir '${path}'`), { code, path });
      for (const [locale, expected] of [
        ['en', /^No permission to write .*\/srv\/shop\/notice.*Give an --out folder you can write to\./],
        ['ko', /\/srv\/shop\/notice 경로에 쓸 권한이 없습니다/],
      ] as const) {
        const words = resolveWords('export', locale).cli;
        expect(
          outputErrorLine(error, words, OutputFolderError, () => 'failed'),
          `${code} ${locale}`,
        ).toMatch(expected);
      }
    }
  });

  it('says why it cannot write --out (a file, a path through a file, no permission) in English and Korean, without a stack trace', async () => {
    const file = join(scratch, 'notes.txt');
    await writeFile(file, 'mine');
    const cases: Array<[string[], RegExp, RegExp]> = [
      [
        ['--out', file],
        /^error: .*notes\.txt is a file, not a folder\. Give another --out path\./m,
        /^오류: .*notes\.txt 경로는 폴더가 아닌 파일입니다/m,
      ],
      [
        ['--out', join(file, 'notice')],
        /^error: Cannot make the folder .*notes\.txt\/notice: a part of that path is a file/m,
        /^오류: .*notes\.txt\/notice 폴더를 만들 수 없습니다\. 경로 중간에 폴더가 아닌 파일이 있습니다/m,
      ],
    ];
    for (const [out, english, korean] of cases) {
      for (const [env, expected] of [
        [{}, english],
        [{ LANG: 'ko_KR.UTF-8' }, korean],
      ] as const) {
        const result = await runCli(['diff', messengerBefore, messenger, ...out], env);
        expect(result.code, out.join(' ')).toBe(1);
        expect(result.stderr).toMatch(expected);
        expect(result.stderr).not.toMatch(/^\s+at /m);
      }
    }
    expect(await readFile(file, 'utf8')).toBe('mine');

    // A folder the user may not write in: read-only for them, or (for a test running as root) owned by root and
    // written as another user. That user must be able to reach the CLI: a checkout in a private folder (mktemp -d)
    // is closed to them, and then only the in-process test below covers this error.
    const locked = join(scratch, 'locked');
    await mkdir(locked, { mode: 0o755 });
    await chmod(scratch, 0o755);
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) await chmod(locked, 0o555);
    const nobody = asRoot ? { uid: 65534, gid: 65534 } : undefined;
    const nobodyRunsTheCli = !nobody || (await runCli(['--help'], {}, nobody)).code === 0;
    if (nobodyRunsTheCli) {
      const denied = await runCli(
        ['diff', messengerBefore, messenger, '--out', join(locked, 'notice')],
        {},
        nobody,
      );
      expect(denied.code).toBe(1);
      expect(denied.stderr).toMatch(
        /^error: No permission to write .*locked\/notice.*Give an --out folder you can write to\./m,
      );
      expect(denied.stderr).not.toMatch(/^\s+at /m);
      const deniedKorean = await runCli(
        ['diff', messengerBefore, messenger, '--out', join(locked, 'notice')],
        { LANG: 'ko_KR.UTF-8' },
        nobody,
      );
      expect(deniedKorean.stderr).toMatch(/^오류: .*locked\/notice 경로에 쓸 권한이 없습니다/m);
    }
    await chmod(locked, 0o755);
  });
});
