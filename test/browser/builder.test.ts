import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQr, readPng, renderPdfPagePng } from '../../packages/export/src/testing/qrDecode.js';
import { axePath, axeViolations } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { startTestServer, type TestServer } from './support/server.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');

/** The shop a new user describes: facts typed into the small-shop template. */
const shop = {
  nameKo: '골목 꽃집',
  nameEn: 'Alley Flowers',
  phone: '02-555-0199',
  policyUrl: 'https://alley-flowers.example/privacy',
};

/** Presses Tab until the focused element matches `selector` (at most `limit` presses): proves it is reachable. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`);
}

/** `expect.poll` with room for a shared 2-core machine: lazy chunks load and checks run on first use. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

/** The step heading's text once the step has rendered. */
async function stepHeading(page: Page): Promise<string> {
  return (await page.locator('#step-heading').textContent()) ?? '';
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The builder as a shop owner uses it, served as the static files `npm run build` makes: pick a template, describe
 * the shop, see a finding at its field and fix it, reload, download the zip — then every file in the zip is checked.
 */
describe('the builder', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'plk-builder-'));
  const shots = mkdtempSync(join(tmpdir(), 'plk-builder-shots-'));
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const errors: string[] = [];

  beforeAll(async () => {
    // Its own build, so the test does not depend on what another build left in dist/ (~5 s).
    execFileSync(
      join(root, 'node_modules', '.bin', 'vite'),
      ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: join(root, 'packages', 'builder'),
        stdio: 'pipe',
      },
    );
    server = await startTestServer();
    origin = server.origin;
    server.folder('/builder/', outDir);
    server.file('/axe.min.js', axePath);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('takes a new user from a template to a checked, reloaded draft', async () => {
    await page.goto(`${origin}/builder/index.html`);
    expect(await stepHeading(page)).toBe('시작');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.screenshot({ path: join(shots, 'start-1280.png') });

    // Keyboard only: Tab to the small-shop template and press Enter.
    await tabTo(page, '[data-template="small-shop"]');
    await page.keyboard.press('Enter');
    await poll(() => stepHeading(page)).toBe('사업자 정보');
    // Focus moves to the new step's heading, so a screen reader announces where the user is.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');

    // The shop's own facts, typed.
    await tabTo(page, '#root_controller_name_ko');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(shop.nameKo);
    await page.locator('#root_controller_name_en').fill(shop.nameEn);
    await page.locator('#root_controller_phone').fill(shop.phone);
    await page.locator('#root_policyUrl').fill(shop.policyUrl);
    await page.screenshot({ path: join(shots, 'business-1280.png') });

    // A wrong answer: the newsletter's items on required consent. The check's finding shows at that field.
    await page
      .getByRole('navigation', { name: '단계' })
      .getByRole('button', { name: /수집하는 정보/ })
      .press('Enter');
    await poll(() => stepHeading(page)).toBe('수집하는 정보');
    const basis = page.locator('#root_collectedItems_3_basis');
    // By keyboard: on the focused list, the arrow key moves from '동의 (선택)' to the option above it.
    await basis.focus();
    await page.keyboard.press('ArrowUp');
    expect(await basis.locator('option:checked').textContent()).toBe('동의 (필수)');
    const finding = page.locator('#root_collectedItems_3_basis__error');
    await poll(() => finding.textContent()).toContain('고치는 방법');
    expect(await finding.textContent()).toContain('새 작품 소식과 할인 안내');
    expect(await basis.getAttribute('aria-describedby')).toContain('root_collectedItems_3_basis__error');
    await poll(() => page.getByRole('navigation', { name: '단계' }).textContent()).toContain(
      '이 단계에서 고칠 곳 1개',
    );
    await basis.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'finding-1280.png') });
    // On a phone the step list scrolls sideways inside itself; a step's count of findings never widens the page.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Fixed: optional consent, and the finding is gone.
    await basis.focus();
    await page.keyboard.press('ArrowDown');
    expect(await basis.locator('option:checked').textContent()).toBe('동의 (선택)');
    await poll(() => finding.count()).toBe(0);

    // Autosaved: a reload brings back the draft and the step.
    await poll(() => page.locator('[data-autosave]').getAttribute('data-autosave')).toBe('saved');
    expect(await page.locator('[data-autosave]').textContent()).toContain('저장됨');
    await page.reload();
    await poll(() => stepHeading(page)).toBe('수집하는 정보');
    // The last change is the one kept: "저장됨" is never shown while a newer change still waits for its save.
    expect(await page.locator('#root_collectedItems_3_basis option:checked').textContent()).toBe(
      '동의 (선택)',
    );
    await page
      .getByRole('navigation', { name: '단계' })
      .getByRole('button', { name: /사업자 정보/ })
      .click();
    await poll(() => page.locator('#root_controller_name_ko').inputValue()).toBe(shop.nameKo);
    expect(await page.locator('#root_policyUrl').inputValue()).toBe(shop.policyUrl);

    // A reload in the moment after typing, before the autosave's pause is over, keeps what was typed.
    await page.locator('#root_controller_name_en').fill(`${shop.nameEn} Co.`);
    await page.reload();
    await poll(() => page.locator('#root_controller_name_en').inputValue()).toBe(`${shop.nameEn} Co.`);
    await page.locator('#root_controller_name_en').fill(shop.nameEn);
    await poll(() => page.locator('[data-autosave]').getAttribute('data-autosave')).toBe('saved');
    expect(errors).toEqual([]);
  });

  it('downloads one zip whose every file opens', async () => {
    await page
      .getByRole('navigation', { name: '단계' })
      .getByRole('button', { name: /점검과 내려받기/ })
      .click();
    await poll(() => page.locator('section[aria-labelledby="findings-heading"]').textContent()).toBe(
      '점검 결과고칠 곳이 없습니다.',
    );
    const downloadButton = page.getByTestId('download-zip');
    await downloadButton.focus();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('privacy-labels.zip');
    const zipFile = join(outDir, 'download.zip');
    await download.saveAs(zipFile);
    await page.screenshot({ path: join(shots, 'download-1280.png') });

    const files = unzipSync(new Uint8Array(readFileSync(zipFile)));
    const paths = Object.keys(files);
    const text = (path: string) => new TextDecoder().decode(files[path]);
    const manifest = JSON.parse(text('manifest.json')) as {
      policy: { controller: string; policyUrl: string };
      files: Array<{ path: string; format: string; scale?: number }>;
    };
    // Made from the draft as edited, not from the template.
    expect(manifest.policy.controller).toBe(shop.nameKo);
    expect(manifest.policy.policyUrl).toBe(shop.policyUrl);
    expect(new Set(paths)).toEqual(new Set([...manifest.files.map((file) => file.path), 'manifest.json']));

    // The read-mes name every file of the pack.
    for (const readme of ['README-ko.txt', 'README-en.txt']) {
      const words = text(readme);
      const unnamed = paths.filter(
        (path) => !['manifest.json', readme].includes(path) && !words.includes(path),
      );
      expect(unnamed, `${readme} names every file`).toEqual([]);
    }

    // SVG: well-formed XML with an <svg> root.
    const parser = new new JSDOM('').window.DOMParser();
    const svgSizes = new Map<string, { width: number; height: number }>();
    for (const path of paths.filter((name) => name.endsWith('.svg'))) {
      const svg = parser.parseFromString(text(path), 'image/svg+xml');
      expect(svg.getElementsByTagName('parsererror').length, path).toBe(0);
      expect(svg.documentElement.nodeName, path).toBe('svg');
      svgSizes.set(path, {
        width: Number(svg.documentElement.getAttribute('width')),
        height: Number(svg.documentElement.getAttribute('height')),
      });
    }

    // PNG: the size of its SVG at its scale.
    const pngs = manifest.files.filter((file) => file.format === 'png');
    expect(pngs.length).toBeGreaterThan(0);
    for (const file of pngs) {
      const size = pngSize(files[file.path] as Uint8Array);
      const svg = svgSizes.get(file.path.replace(/@\d+x\.png$/, '.svg'));
      if (svg && file.scale) {
        expect(size, file.path).toEqual({
          width: Math.ceil(svg.width * file.scale),
          height: Math.ceil(svg.height * file.scale),
        });
      } else {
        expect(size.width * size.height, file.path).toBeGreaterThan(0);
      }
    }

    // PDF: each print document's first page renders with ink on it; the summary's QR code reads the shop's URL.
    const printPdfs = paths.filter((path) => path.endsWith('.pdf') && !path.startsWith('labels/'));
    expect(printPdfs.length).toBeGreaterThan(0);
    const decoded: string[] = [];
    for (const path of printPdfs) {
      const pdf = join(outDir, path.replaceAll('/', '_'));
      writeFileSync(pdf, files[path] as Uint8Array);
      const { stdout } = await run('pdfinfo', [pdf]);
      expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]), path).toBeGreaterThan(0);
      const image = await renderPdfPagePng(pdf);
      let ink = 0;
      for (let index = 0; index < image.data.length; index += 4) if ((image.data[index] ?? 255) < 128) ink++;
      expect(ink, `${path} has ink on page 1`).toBeGreaterThan(1000);
      if (/summary-(online|offline)-ko|short-policy|sticker/.test(path))
        decoded.push(decodeQr(image) ?? `(none in ${path})`);
    }
    expect(decoded.length).toBeGreaterThan(0);
    for (const url of decoded) expect(url).toBe(shop.policyUrl);
    const qrPng = paths.find((path) => /(^|\/)qr[^/]*\.png$/.test(path));
    if (qrPng) expect(decodeQr(readPng(files[qrPng] as Uint8Array))).toBe(shop.policyUrl);

    // The print layouts in the preview, made by the same registry as the zip.
    await page.getByRole('tab', { name: '인쇄물' }).click();
    await page.getByRole('button', { name: '인쇄물 미리 보기 만들기' }).click();
    const printFiles = page.getByRole('tabpanel').getByRole('link');
    await poll(() => printFiles.count()).toBeGreaterThan(5);
    const printNames = (await printFiles.allTextContents()).join('\n');
    expect(printNames).toContain('sticker-90x50-online-ko.pdf');
    expect(printNames).toContain('short-policy-b5-online-ko.pdf');
    expect(await page.locator('[role=tabpanel] iframe').getAttribute('title')).toContain('.pdf');
    expect(await axeViolations(page, origin)).toEqual([]);
    await page.screenshot({ path: join(shots, 'print-preview-1280.png') });
    await page.getByRole('tab', { name: '라벨' }).click();
    expect(errors).toEqual([]);
  });

  it.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])(
    'has no axe violations and no sideways scrolling on any step at $width px',
    async ({ width, height }) => {
      await page.setViewportSize({ width, height });
      const steps = await page.getByRole('navigation', { name: '단계' }).getByRole('button').all();
      expect(steps.length).toBeGreaterThanOrEqual(9);
      for (const [index, step] of steps.entries()) {
        await step.click();
        await poll(() => page.locator('#step-heading').textContent()).toBe(
          ((await step.textContent()) ?? '').replace(/^\d+\.\s*/, '').replace(/\d+이 단계.*$/, ''),
        );
        await page.waitForTimeout(150);
        expect(await axeViolations(page, origin), `step ${index + 1} at ${width} px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `step ${index + 1} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        // Korean wraps between words, never between two syllables of one word ("입니" / "다.").
        const splittable = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter(
              (element) =>
                [...element.childNodes].some(
                  (node) => node.nodeType === Node.TEXT_NODE && /[가-힣]/.test(node.textContent ?? ''),
                ) && getComputedStyle(element).wordBreak !== 'keep-all',
            )
            .map((element) => `${element.tagName}: ${(element.textContent ?? '').slice(0, 30)}`)
            .slice(0, 5),
        );
        expect(splittable, `step ${index + 1}: Korean text that may break inside a word`).toEqual([]);
        if (index === 1 || index === steps.length - 1) {
          await page.screenshot({ path: join(shots, `step-${index + 1}-${width}.png`) });
        }
      }
      // Visiting a step changes nothing: no empty optional parts appear (they would be errors).
      await page
        .getByRole('navigation', { name: '단계' })
        .getByRole('button', { name: /점검과 내려받기/ })
        .click();
      await poll(() => page.locator('section[aria-labelledby="findings-heading"]').textContent()).toBe(
        '점검 결과고칠 곳이 없습니다.',
      );
      expect(errors).toEqual([]);
    },
  );

  it('says where a broken policy file is broken, and asks before a file replaces the draft', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('navigation', { name: '단계' }).getByRole('button', { name: /시작/ }).click();
    await page.getByTestId('open-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "controller": {\n    "name": { "ko": "가게" },\n  }\n}\n'),
    });
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('broken.json');
    // The CLI's reader names the place and the reason in plain Korean: the trailing comma itself, on line 3.
    expect(await alert.textContent()).toMatch(/3번째 줄 \d+번째 칸/);
    expect(await alert.textContent()).toContain('마지막 항목 뒤에 쉼표가 있습니다');

    // A valid file while a draft exists: the question comes first, and "keep" keeps the draft.
    const other = JSON.parse(readFileSync(join(root, 'assets/examples/clinic.json'), 'utf8'));
    await page.getByTestId('open-file').setInputFiles({
      name: 'clinic.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    const dialog = page.getByRole('dialog', { name: '작성 중인 내용을 바꿀까요?' });
    await poll(() => dialog.count()).toBe(1);
    expect(await axeViolations(page, origin)).toEqual([]);
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
    await page
      .getByRole('navigation', { name: '단계' })
      .getByRole('button', { name: /사업자 정보/ })
      .click();
    await poll(() => page.locator('#root_controller_name_ko').inputValue()).toBe(shop.nameKo);

    // English is one switch away: the step, its fields and the page language follow.
    await page.locator('#language').selectOption('en');
    await poll(() => stepHeading(page)).toBe('Your business');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('label[for="root_controller_name_en"]').textContent()).toBe('English');
    expect(await page.getByText('Business name', { exact: false }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page, origin)).toEqual([]);
    await page.screenshot({ path: join(shots, 'business-en-1280.png') });
    await page.locator('#language').selectOption('ko');
    await poll(() => stepHeading(page)).toBe('사업자 정보');
    console.log(`builder screenshots: ${shots}`);
  });
});
