// The download: the same pack the CLI writes (`privacy-label export`), made here by the export package's browser-safe
// core. Loaded only when someone downloads (its own chunk, with pdfkit in another), and the Korean fonts, served as
// static files of this build, are fetched only when the first file with text is made.

import regularUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf?url';
import {
  canvasRasteriser,
  fontUrlLoader,
  formatRegistry,
  makePack,
  type Pack,
  type PackProgress,
  packWords,
  zipPack,
} from '@privacy-label-kit/export/core';
import type { Policy } from '@privacy-label-kit/schema/core';

export interface MadeZip {
  zip: Blob;
  pack: Pack;
  seconds: number;
}

let rasterise: ReturnType<typeof canvasRasteriser> | undefined;
const fonts = fontUrlLoader({ regular: regularUrl, bold: boldUrl });

/** Every file of the pack in one zip, made in this browser. */
export async function makeZip(
  policy: Policy,
  onProgress?: (progress: PackProgress) => void,
): Promise<MadeZip> {
  const started = performance.now();
  rasterise ??= canvasRasteriser();
  const pack = await makePack(policy, {
    fonts,
    rasterise,
    ...(onProgress ? { onProgress } : {}),
  });
  const bytes = zipPack(pack);
  const zip = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
  return { zip, pack, seconds: (performance.now() - started) / 1000 };
}

export interface PrintPreviewFile {
  path: string;
  /** What the file is, in the read-me's words ("택배 상자에 붙이는 스티커"), and its file name. */
  title: string;
  name: string;
  /** An object URL of the PDF; revoke it when the preview is replaced. */
  url: string;
}

/**
 * The print layouts of the pack (print, box and sign folders: summaries, short policy, stickers, label paper, CCTV
 * sign) in one language, colour variant, made by the same registry entries as the download.
 */
export async function makePrintPreview(policy: Policy, locale: 'ko' | 'en'): Promise<PrintPreviewFile[]> {
  const registry = formatRegistry().filter(
    (entry) => entry.format === 'pdf' && entry.purpose !== 'labels' && entry.purpose !== 'web',
  );
  const pack = await makePack(policy, {
    registry,
    variants: ['online'],
    locales: [locale],
    readme: false,
    fonts,
  });
  const words = packWords(locale);
  return pack.files.map((file) => ({
    path: file.path,
    title: words.kinds[file.kind],
    name: file.path.split('/').at(-1) ?? file.path,
    url: URL.createObjectURL(new Blob([file.data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })),
  }));
}
