// The download: the same pack the CLI writes (`privacy-label export`), made here by the export package's browser-safe
// core. Loaded only when someone downloads (its own chunk, with pdfkit in another), and the Korean fonts, served as
// static files of this build, are fetched only when the first file with text is made.

import regularUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf?url';
import {
  canvasRasteriser,
  fontUrlLoader,
  makePack,
  type Pack,
  type PackProgress,
  zipPack,
} from '@privacy-label-kit/export/core';
import type { Policy } from '@privacy-label-kit/schema/core';

export interface MadeZip {
  zip: Blob;
  pack: Pack;
  seconds: number;
}

let rasterise: ReturnType<typeof canvasRasteriser> | undefined;

/** Every file of the pack in one zip, made in this browser. */
export async function makeZip(
  policy: Policy,
  onProgress?: (progress: PackProgress) => void,
): Promise<MadeZip> {
  const started = performance.now();
  rasterise ??= canvasRasteriser();
  const pack = await makePack(policy, {
    fonts: fontUrlLoader({ regular: regularUrl, bold: boldUrl }),
    rasterise,
    ...(onProgress ? { onProgress } : {}),
  });
  const bytes = zipPack(pack);
  const zip = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
  return { zip, pack, seconds: (performance.now() - started) / 1000 };
}
