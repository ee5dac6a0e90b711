import { deriveLabels, labelIds, parsePolicy } from '@privacy-label-kit/schema';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
// The public entry, which registers the built-in words, as a user imports it.
import { qrMatrix, renderLabelPdf, renderLabelSheetPdf, renderSummaryPdf } from './index.js';
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
const save = savesToTemporaryFolder();

describe('renderLabelPdf', () => {
  const policy = example('small-shop');
  const label = deriveLabels(policy, { locale: 'ko' }).find((entry) => entry.id === 'third-party-provision')!;

  it('is a tagged PDF in Korean with an embedded subset of Noto Sans KR and extractable text', async () => {
    const file = await save(
      'label.pdf',
      await renderLabelPdf(label, { variant: 'online', locale: 'ko', creationDate }),
    );
    const info = await pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(`${label.title}: ${label.caption}`);
    expect(squeeze(await pdfText(file))).toContain(squeeze(`${label.title} ${label.caption}`));
    const raw = (await import('node:fs')).readFileSync(file, 'latin1');
    expect(raw).toMatch(/\/Lang \(ko-KR\)/);
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansKR-Regular/);
    expect(raw).toMatch(/\/S \/Figure/);
    expect(raw).toMatch(/\/S \/H1/);
  });

  it('shows the caption glyphs when rendered, not only in the text layer', async () => {
    const file = await save(
      'label-render.pdf',
      await renderLabelPdf(label, { variant: 'offline', locale: 'ko', creationDate }),
    );
    const page = await renderPdfPage(file, 150);
    // The card is 300 px wide; text starts at x = 82 px. The icon sits left of it, the words right of it.
    const icon = inkInRegion(page, { left: 0.06, top: 0.15, right: 0.25, bottom: 0.85 });
    const words = inkInRegion(page, { left: 0.28, top: 0.15, right: 0.95, bottom: 0.85 });
    expect(icon).toBeGreaterThan(300);
    expect(words).toBeGreaterThan(300);
    const blank = renderLabelPdf(
      { ...label, title: ' ', caption: ' ' },
      { variant: 'offline', locale: 'ko', creationDate },
    );
    const blankPage = await renderPdfPage(await save('blank.pdf', await blank), 150);
    expect(inkInRegion(blankPage, { left: 0.28, top: 0.15, right: 0.95, bottom: 0.85 })).toBeLessThan(
      words / 10,
    );
  });

  it('gives the same bytes for the same label and date, so manifests stay stable', async () => {
    const first = await renderLabelPdf(label, { variant: 'online', locale: 'en', creationDate });
    const second = await renderLabelPdf(label, { variant: 'online', locale: 'en', creationDate });
    expect(Buffer.from(first).equals(second)).toBe(true);
  });
});

describe('renderLabelSheetPdf', () => {
  it('puts every label there is on one A4 page, with its captions', async () => {
    // The largest example plus the three duties no bundled business has (a further use of its data, a domestic agent
    // for a controller abroad, a separate access-request desk), so the sheet holds all 40 labels.
    const t = (ko: string, en: string) => ({ ko, en });
    const result = parsePolicy({
      ...readExample('messenger-platform'),
      additionalUse: [
        {
          kind: 'use',
          items: [t('휴대전화번호', 'Mobile number')],
          purpose: t('서비스 장애 안내', 'Telling you about an outage'),
          criteria: [
            {
              criterion: 'foreseeable',
              assessment: t('가입 때 예상할 수 있습니다.', 'Expected on sign-up.'),
            },
          ],
        },
      ],
      domesticAgent: {
        name: t('도토리 코리아 유한회사', 'Dotori Korea LLC'),
        address: t('서울특별시 중구 세종대로 1', '1 Sejong-daero, Seoul'),
        phone: '02-555-0199',
        email: 'agent@dotori.example',
      },
      accessRequests: {
        department: t('고객정보팀', 'Customer records team'),
        phone: '02-555-0150',
        howToRequest: t('열람청구서를 이메일로 보내 주세요.', 'Email us the request form.'),
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    const policy = result.policy;
    const labels = deriveLabels(policy, { locale: 'ko' });
    expect(labels.map((label) => label.id)).toEqual(labelIds);
    const file = await save(
      'sheet.pdf',
      await renderLabelSheetPdf(policy, labels, { variant: 'offline', locale: 'ko', creationDate }),
    );
    const info = await pdfInfo(file);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toContain('(A4)');
    const text = squeeze(await pdfText(file));
    for (const label of labels) {
      expect(text).toContain(squeeze(label.title));
      expect(text).toContain(squeeze(label.caption));
    }
    const page = await renderPdfPage(file, 40);
    // Frames and icons are drawn, not only tagged (the words are checked in the text layer above).
    expect(inkInRegion(page, { left: 0, top: 0.1, right: 1, bottom: 0.95 })).toBeGreaterThan(1500);
  });
});

describe('renderSummaryPdf', () => {
  for (const name of ['small-shop', 'messenger-platform', 'kids-learning-app']) {
    it(`fits ${name} on one A4 page with its Korean captions, key facts, notes and address`, async () => {
      const policy = example(name);
      const labels = deriveLabels(policy, { locale: 'ko' });
      const file = await save(
        `summary-${name}.pdf`,
        await renderSummaryPdf(policy, labels, { variant: 'online', locale: 'ko', creationDate }),
      );
      const info = await pdfInfo(file);
      expect(info.Pages).toBe('1');
      expect(info['Page size']).toContain('(A4)');
      expect(info.Tagged).toBe('yes');
      const text = squeeze(await pdfText(file));
      for (const label of labels) expect(text).toContain(squeeze(label.caption));
      for (const flag of labels.flatMap((label) => label.attention))
        expect(text).toContain(squeeze(flag.message));
      expect(text).toContain(squeeze(policy.privacyOfficer.email));
      expect(text).toContain(policy.policyUrl);
      expect(text).toContain('시행일');
      const page = await renderPdfPage(file, 40);
      // The QR code sits in the bottom-left corner: dark modules on white.
      expect(inkInRegion(page, { left: 0.07, top: 0.86, right: 0.2, bottom: 0.95 })).toBeGreaterThan(200);
    });
  }

  it('is tagged for screen readers: headings, the labels and key facts as lists, every caption whole', async () => {
    const policy = example('messenger-platform');
    const labels = deriveLabels(policy, { locale: 'ko' });
    const file = await save(
      'summary-structure.pdf',
      await renderSummaryPdf(policy, labels, { variant: 'offline', locale: 'ko', creationDate }),
    );
    const structure = await pdfStructure(file);
    const elements = structure
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z]/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(elements[0]).toBe('Document');
    expect(elements).toContain('H1');
    expect(elements.filter((element) => element === 'H2').length).toBeGreaterThanOrEqual(3);
    expect(elements.filter((element) => element === 'Figure').length).toBe(labels.length + 1); // icons and the QR code
    expect(elements.filter((element) => element === 'Lbl').length).toBeGreaterThanOrEqual(8); // key facts
    // Wrapped captions read back whole, with the space where the line broke.
    for (const label of labels) expect(structure).toContain(`"${label.caption}"`);
  });

  it('writes the English summary in English', async () => {
    const policy = example('small-shop');
    const labels = deriveLabels(policy, { locale: 'en' });
    const file = await save(
      'summary-en.pdf',
      await renderSummaryPdf(policy, labels, { variant: 'offline', locale: 'en', creationDate }),
    );
    const text = await pdfText(file);
    expect(text).toContain('Privacy officer');
    expect(text).toContain('Full privacy policy');
    expect(text).not.toMatch(/개인정보 보호책임자/);
    expect((await pdfInfo(file)).Title).toContain('Privacy policy at a glance');
  });
});

describe('qrMatrix', () => {
  it('covers exactly the dark modules of the QR code for the address', () => {
    const url = 'https://catonthewall.example/privacy';
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const matrix = qrMatrix(url);
    const dark = new Set<string>();
    for (const run of matrix.runs)
      for (let i = 0; i < run.length; i++) dark.add(`${run.row},${run.column + i}`);
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        expect(dark.has(`${row},${column}`)).toBe(Boolean(modules.get(row, column)));
      }
    }
  });
});
