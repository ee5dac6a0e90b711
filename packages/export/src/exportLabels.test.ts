import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deriveLabels, type Policy, parsePolicy } from '@privacy-label-kit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
// The public entry, which registers the built-in words, as a user imports it.
import {
  AtomicFileWriter,
  exportLabels,
  type KeptStaleFile,
  type Manifest,
  type ManifestEntry,
  manifestFileName,
  OutputFolderError,
  temporaryFilePattern,
} from './index.js';
import { listFiles, parseSvg, pdfInfo, renderPdfPage, temporaryFolder } from './testing/support.js';

function example(name: string): Policy {
  const result = parsePolicy(readExample(name));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.policy;
}

const shop = example('small-shop');

describe('exportLabels', () => {
  let outDir: string;
  let manifest: Manifest;
  beforeAll(async () => {
    outDir = join(await temporaryFolder(), 'labels');
    manifest = await exportLabels(shop, { outDir });
  });

  it('writes one file per label × format × variant × locale, plus a sheet, a summary, a large-print summary and an easy-read version per variant × locale, the CCTV sign in A4 and A5 per variant × locale (the shop has a counter camera), and a read-me per locale', () => {
    const labelCount = deriveLabels(shop).length;
    const perCombination = labelCount * (1 + 3 + 1); // SVG, PNG at 1×/2×/4×, PDF
    // Print and web formats: 3 short-policy papers, 2 stickers and a label-paper sheet per variant × locale, the QR
    // code as SVG and PNG once, the policy page once (both languages) and a label-summary snippet per locale.
    const printAndWeb = 4 * 6 + 2 + 1 + 2;
    expect(manifest.files).toHaveLength(4 * perCombination + 4 * 4 + 4 * 2 + 2 + printAndWeb);
    const kinds = manifest.files.map((file) => `${file.kind}/${file.variant}/${file.locale}`);
    expect(kinds.filter((kind) => kind === 'label-sheet/offline/ko')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'summary/online/en')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'summary-large-print/offline/en')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'easy-read/online/ko')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'cctv-sign/offline/ko')).toHaveLength(2);
    expect(manifest.files.map((file) => file.path)).toContain('signs/cctv-sign-a5-offline-ko.pdf');
    expect(manifest.files.map((file) => file.path)).toContain('print/easy-read-online-ko.pdf');
    expect(
      manifest.files.find((file) => file.path === 'labels/online/ko/third-party-provision@4x.png'),
    ).toMatchObject({
      kind: 'label',
      labelId: 'third-party-provision',
      format: 'png',
      scale: 4,
      variant: 'online',
      locale: 'ko',
    });
  });

  it('lists exactly the files on disk, with their sizes and SHA-256 checksums', async () => {
    const onDisk = await listFiles(outDir);
    expect(onDisk).toEqual([...manifest.files.map((file) => file.path), manifestFileName].sort());
    for (const file of manifest.files) {
      const bytes = await readFile(join(outDir, file.path));
      expect(bytes.byteLength, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
    const written = JSON.parse(await readFile(join(outDir, manifestFileName), 'utf8')) as Manifest;
    expect(written).toEqual(manifest);
  });

  it('writes SVGs that parse as XML and PNGs at 300, 600 and 1200 pixels wide', async () => {
    for (const file of manifest.files) {
      const bytes = await readFile(join(outDir, file.path));
      if (file.format === 'svg') expect(() => parseSvg(bytes.toString('utf8')), file.path).not.toThrow();
      if (file.format === 'png' && file.kind === 'label') {
        expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        // IHDR: width and height as big-endian integers at bytes 16 and 20.
        expect(bytes.readUInt32BE(16), file.path).toBe(300 * file.scale!);
        expect(bytes.readUInt32BE(20)).toBeGreaterThan(70 * file.scale!);
      }
    }
  });

  // Renders every PDF of the export (about seventy) with pdftoppm: seconds on a shared 2-core machine.
  it('writes PDFs that every page of renders, sheets and summaries on A4, the CCTV sign on A4 and A5', async () => {
    const pdfs = manifest.files.filter((file) => file.format === 'pdf');
    expect(pdfs.length).toBeGreaterThan(8);
    for (const file of pdfs) {
      const page = await renderPdfPage(join(outDir, file.path), 12);
      expect(page.width, file.path).toBeGreaterThan(10);
      // The print formats' own sizes (B5, A5, A6, stickers) are checked in printFormats.test.ts.
      if (!['label', 'short-policy', 'sticker'].includes(file.kind))
        expect((await pdfInfo(join(outDir, file.path)))['Page size'], file.path).toContain(
          file.path.includes('cctv-sign-a5-') ? '419.53 x 595.28' : '(A4)',
        );
    }
  }, 60_000);

  it('gives the same bytes on a second run, so unchanged labels keep their checksums', async () => {
    const again = await exportLabels(shop, {
      outDir: join(await temporaryFolder(), 'again'),
      formats: ['pdf', 'png'],
    });
    const first = new Map(manifest.files.map((file) => [file.path, file.sha256]));
    // The read-mes list the files made, so only they differ between a full and a partial export.
    for (const file of again.files.filter((entry) => entry.kind !== 'read-me'))
      expect(file.sha256, file.path).toBe(first.get(file.path));
    // A second full set of PDFs and PNGs: seconds on a shared 2-core machine.
  }, 30_000);
});

describe('exportLabels into a folder that is not empty', () => {
  it('refuses without force, naming the folder, and writes nothing', async () => {
    const outDir = await temporaryFolder();
    await writeFile(join(outDir, 'notes.txt'), 'mine');
    const attempt = exportLabels(shop, { outDir, formats: ['svg'] });
    await expect(attempt).rejects.toBeInstanceOf(OutputFolderError);
    await expect(attempt).rejects.toThrow(outDir);
    expect(await listFiles(outDir)).toEqual(['notes.txt']);
  });

  it('with force overwrites its own files, keeps others, and removes labels that no longer apply', async () => {
    const outDir = await temporaryFolder();
    await writeFile(join(outDir, 'notes.txt'), 'mine');
    const withProvision = await exportLabels(shop, {
      outDir,
      formats: ['svg'],
      locales: ['ko'],
      force: true,
    });
    expect(withProvision.files.map((file) => file.path)).toContain(
      'labels/online/ko/third-party-provision.svg',
    );
    // A stale temporary file from a killed run, which the next forced run cleans up.
    await writeFile(join(outDir, 'labels/online/ko/.privacy-label-0123456789ab.tmp'), 'half');

    const withoutProvision = example('small-shop');
    withoutProvision.thirdPartyProvision = [];
    const manifest = await exportLabels(withoutProvision, {
      outDir,
      formats: ['svg'],
      locales: ['ko'],
      force: true,
    });
    const files = await listFiles(outDir);
    expect(files).toContain('notes.txt');
    expect(files).not.toContain('labels/online/ko/third-party-provision.svg');
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(files).toEqual([...manifest.files.map((file) => file.path), manifestFileName, 'notes.txt'].sort());
  });
});

describe('exportLabels with force deletes only stale files that are provably its own and unchanged', () => {
  const svgOnly = { formats: ['svg'], variants: ['online'], force: true } as const;

  it('keeps a stale file the user edited and removes an unedited one', async () => {
    const outDir = await temporaryFolder();
    await exportLabels(shop, { ...svgOnly, outDir, locales: ['ko', 'en'] });
    await writeFile(join(outDir, 'README-en.txt'), 'my notes for the print shop');
    await writeFile(join(outDir, 'labels/online/en/third-party-provision.svg'), '<svg/>');

    const kept: KeptStaleFile[] = [];
    const manifest = await exportLabels(shop, {
      ...svgOnly,
      outDir,
      locales: ['ko'],
      onKeptStaleFile: (file) => kept.push(file),
    });
    const files = await listFiles(outDir);
    expect(await readFile(join(outDir, 'README-en.txt'), 'utf8')).toBe('my notes for the print shop');
    expect(files).toContain('labels/online/en/third-party-provision.svg');
    expect(kept).toEqual([
      { path: 'labels/online/en/third-party-provision.svg', reason: 'changed' },
      { path: 'README-en.txt', reason: 'changed' },
    ]);
    // Every other English label was the export's own, unedited: gone, so the folder is the manifest plus the kept two.
    expect(files).toEqual(
      [
        ...manifest.files.map((file) => file.path),
        manifestFileName,
        'README-en.txt',
        'labels/online/en/third-party-provision.svg',
      ].sort(),
    );
  });

  it("keeps every file a manifest.json not of this package lists (a user's own ledger)", async () => {
    const outDir = await temporaryFolder();
    await writeFile(join(outDir, 'ledger.xlsx'), 'the shop accounts');
    await writeFile(join(outDir, manifestFileName), JSON.stringify({ files: [{ path: 'ledger.xlsx' }] }));
    const kept: KeptStaleFile[] = [];
    await exportLabels(shop, {
      ...svgOnly,
      outDir,
      locales: ['ko'],
      onKeptStaleFile: (file) => kept.push(file),
    });
    expect(await readFile(join(outDir, 'ledger.xlsx'), 'utf8')).toBe('the shop accounts');
    expect(kept).toEqual([{ path: 'ledger.xlsx', reason: 'foreign-manifest' }]);
  });

  it('keeps a stale file its own old manifest records no SHA-256 for, and writes a SHA-256 for every file', async () => {
    const outDir = await temporaryFolder();
    const first = await exportLabels(shop, { ...svgOnly, outDir, locales: ['ko', 'en'] });
    const old = JSON.parse(await readFile(join(outDir, manifestFileName), 'utf8')) as Manifest;
    for (const file of old.files) delete (file as Partial<ManifestEntry>).sha256;
    await writeFile(join(outDir, manifestFileName), JSON.stringify(old));

    const kept: KeptStaleFile[] = [];
    const manifest = await exportLabels(shop, {
      ...svgOnly,
      outDir,
      locales: ['ko'],
      onKeptStaleFile: (file) => kept.push(file),
    });
    const english = first.files.filter((file) => file.locale === 'en').map((file) => file.path);
    expect(english.length).toBeGreaterThan(5);
    expect(kept).toEqual(english.map((path) => ({ path, reason: 'no-checksum' })));
    expect(await listFiles(outDir)).toEqual(expect.arrayContaining(english));
    const written = JSON.parse(await readFile(join(outDir, manifestFileName), 'utf8')) as Manifest;
    expect(written.generator.name).toBe('@privacy-label-kit/export');
    for (const file of written.files) expect(file.sha256, file.path).toMatch(/^[0-9a-f]{64}$/);
    expect(written.files).toHaveLength(manifest.files.length);
  });
});

describe('AtomicFileWriter', () => {
  it('refuses paths that would leave the output folder', async () => {
    const writer = new AtomicFileWriter(await temporaryFolder());
    for (const path of [
      '../escape.svg',
      '/etc/passwd',
      'labels/../../escape.svg',
      'labels//x.svg',
      '..\\escape.svg',
    ]) {
      await expect(writer.write(path, 'x'), path).rejects.toBeInstanceOf(OutputFolderError);
    }
  });

  it('refuses to write through a symbolic link inside the output folder', async () => {
    const root = await temporaryFolder();
    const elsewhere = await temporaryFolder();
    await symlink(elsewhere, join(root, 'labels'));
    const writer = new AtomicFileWriter(root);
    await expect(writer.write('labels/x.svg', 'x')).rejects.toThrow(/not a plain folder/);
    expect(await listFiles(elsewhere)).toEqual([]);
  });

  it('leaves no temporary file behind and replaces an existing file whole', async () => {
    const root = await temporaryFolder();
    const writer = new AtomicFileWriter(root);
    await mkdir(join(root, 'a'));
    await writeFile(join(root, 'a/file.txt'), 'old and longer content');
    const written = await writer.write('a/file.txt', 'new');
    expect(await readFile(join(root, 'a/file.txt'), 'utf8')).toBe('new');
    expect(written).toMatchObject({ path: 'a/file.txt', bytes: 3 });
    expect((await stat(join(root, 'a/file.txt'))).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(
      (await listFiles(root)).filter((file) => temporaryFilePattern.test(file.split('/').pop()!)),
    ).toEqual([]);
  });
});
