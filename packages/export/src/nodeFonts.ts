// Node only: Noto Sans KR from the package's dependency on disk. Importing this module makes the package's TTF files
// the default font loader, read synchronously the first time text is set (as before the core split).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import {
  type FontFiles,
  type FontLoader,
  type FontWeight,
  setDefaultFontLoader,
  setFontParser,
} from './fonts.js';

const require = createRequire(import.meta.url);

const fontFiles: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

/** Paths of both TTF files, for tools that load fonts from disk (resvg, print shops). */
export function koreanFontFiles(): string[] {
  return [require.resolve(fontFiles.regular), require.resolve(fontFiles.bold)];
}

/** Reads both TTF files from the package's `@expo-google-fonts/noto-sans-kr` dependency. */
export const nodeFontLoader: FontLoader = (): FontFiles => ({
  regular: readFileSync(require.resolve(fontFiles.regular)),
  bold: readFileSync(require.resolve(fontFiles.bold)),
});

setFontParser(create as (bytes: Uint8Array) => ReturnType<typeof create>);
setDefaultFontLoader(nodeFontLoader);
