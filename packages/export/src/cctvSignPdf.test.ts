import { assertPolicy, type Policy } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import { cctvSignFormat, renderCctvSignPdf } from './cctvSignPdf.js';
// The public entry first: it registers the built-in words and sets up pdfkit and the fonts, as a user imports it.
import { makePack } from './index.js';
import {
  example,
  inkInRegion,
  pdfInfo,
  pdfStructure,
  pdfText,
  renderPdfPage,
  savesToTemporaryFolder,
  squeeze,
} from './testing/support.js';

const creationDate = new Date('2026-03-02T00:00:00Z');
const smallShop = (): Policy => example('small-shop');

const save = savesToTemporaryFolder();

describe('renderCctvSignPdf (PIPA Art. 25(4), Decree Art. 24)', () => {
  it.each([
    { size: 'A4', variant: 'online', points: '595.28 x 841.89' },
    { size: 'A5', variant: 'offline', points: '419.53 x 595.28' },
  ] as const)(
    '$size $variant: one page of that size, tagged Korean, every particular of the counter camera in the text',
    async ({ size, variant, points }) => {
      const file = await save(
        `sign-${size}-${variant}.pdf`,
        await renderCctvSignPdf(smallShop(), { variant, locale: 'ko', size, creationDate })!,
      );
      const info = await pdfInfo(file);
      expect(info.Pages).toBe('1');
      expect(info['Page size']).toContain(points);
      expect(info.Tagged).toBe('yes');
      expect(info.Title).toBe('CCTV 설치·운영 안내 — 담장 위 고양이 공방');
      const text = squeeze(await pdfText(file));
      for (const words of [
        'CCTV 설치·운영 안내',
        '설치 목적',
        '도난 방지 및 시설 안전',
        '설치 장소',
        '매장 계산대 위 천장',
        '촬영 범위',
        '계산대와 그 앞 통로',
        '촬영 시간',
        '영업시간 중 (10:00–18:00)',
        '관리책임자',
        '오하늘 (대표)',
        '연락처',
        '063-555-0142',
        '「개인정보 보호법」 제25조제4항',
      ])
        expect(text).toContain(squeeze(words));
      const structure = await pdfStructure(file);
      expect(structure).toMatch(/H1/);
      expect(structure).toMatch(/TH/);
      expect(structure).toMatch(/TD/);
    },
  );

  it('shows the Korean glyphs when rendered (ink where the title and the rows are), not only in the text layer', async () => {
    const file = await save(
      'sign-glyphs.pdf',
      await renderCctvSignPdf(smallShop(), { variant: 'offline', locale: 'ko', size: 'A4', creationDate })!,
    );
    const page = await renderPdfPage(file, 50);
    // The title (right of the icon) and the terms column carry ink; below the table, above the note at the foot, the
    // paper is blank (the rows end there, type grown to fill the page but not past it).
    expect(inkInRegion(page, { left: 0.25, top: 0.06, right: 0.85, bottom: 0.13 })).toBeGreaterThan(200);
    expect(inkInRegion(page, { left: 0.07, top: 0.22, right: 0.27, bottom: 0.5 })).toBeGreaterThan(200);
    expect(inkInRegion(page, { left: 0.07, top: 0.74, right: 0.93, bottom: 0.9 })).toBe(0);
  });

  it('numbers several fixed devices, leaves mobile ones off, and speaks English', async () => {
    const input = readExample('small-shop') as Record<string, any>;
    const counter = input.videoDevices[0];
    input.videoDevices = [
      counter,
      { ...counter, kind: 'mobile', locations: { ko: '배달 차량', en: 'Delivery van' } },
      { ...counter, locations: { ko: '창고 입구', en: 'Storeroom door' } },
    ];
    const file = await save(
      'sign-en.pdf',
      await renderCctvSignPdf(assertPolicy(input), {
        variant: 'online',
        locale: 'en',
        size: 'A5',
        creationDate,
      })!,
    );
    const text = await pdfText(file);
    expect(text).toContain('CCTV in operation');
    expect(text).toContain('Camera 1');
    expect(text).toContain('Camera 2');
    expect(text).toContain('Storeroom door');
    expect(text).not.toContain('Delivery van');
  });

  it('is undefined without a fixed device: no sign to print', () => {
    const input = readExample('small-shop') as Record<string, any>;
    input.videoDevices = [];
    expect(
      renderCctvSignPdf(assertPolicy(input), { variant: 'online', locale: 'ko', size: 'A4', creationDate }),
    ).toBeUndefined();
  });
});

describe('the CCTV sign in a pack (registry entry cctv-sign)', () => {
  it('makes A4 and A5, online and offline, per language, in signs/, for a policy with a fixed device', async () => {
    const pack = await makePack(smallShop(), { registry: [cctvSignFormat] });
    const signs = pack.files.filter((file) => file.kind === 'cctv-sign');
    expect(signs.map((file) => file.path).sort()).toEqual(
      ['a4', 'a5']
        .flatMap((size) =>
          ['offline', 'online'].flatMap((variant) =>
            ['en', 'ko'].map((locale) => `signs/cctv-sign-${size}-${variant}-${locale}.pdf`),
          ),
        )
        .sort(),
    );
    for (const file of signs) {
      expect(file.purpose).toBe('signs');
      expect(file.format).toBe('pdf');
    }
    expect(pack.manifest.files.filter((entry) => entry.kind === 'cctv-sign')).toHaveLength(8);
  });

  it('makes no sign for a policy whose only camera is mobile', async () => {
    const input = readExample('small-shop') as Record<string, any>;
    input.videoDevices = [{ ...input.videoDevices[0], kind: 'mobile' }];
    const pack = await makePack(assertPolicy(input), { registry: [cctvSignFormat] });
    expect(pack.files.filter((file) => file.kind === 'cctv-sign')).toEqual([]);
  });
});
