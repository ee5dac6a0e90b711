import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/** The two weights every medium uses: captions in regular, titles in bold. */
export type FontWeight = 'regular' | 'bold';

export interface KoreanFont {
  weight: FontWeight;
  /** Absolute path of the TTF file (resvg and print shops want files, pdfkit wants the parsed font). */
  path: string;
  font: fontkit.Font;
}

/**
 * The family name SVG files ask for, then fonts that cover Hangul on common systems, so a file opened on a machine
 * without Noto Sans KR still shows Korean instead of empty boxes.
 */
export const koreanFontFamilyStack =
  "'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Nanum Gothic', sans-serif";

const require = createRequire(import.meta.url);

const fontFiles: Record<FontWeight, string> = {
  // TTF, not WOFF/WOFF2: pdfkit embeds a TTF subset whose glyphs show; WOFF2 glyphs come out invisible.
  regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

const loaded: Partial<Record<FontWeight, KoreanFont>> = {};

/**
 * Noto Sans KR, parsed once per process and shared by every document: parsing a 6 MB CJK font per PDF would cost
 * more than drawing the PDF. fontkit parses tables lazily and caches glyphs, so later documents get faster.
 */
export function koreanFont(weight: FontWeight): KoreanFont {
  const cached = loaded[weight];
  if (cached) return cached;
  const path = require.resolve(fontFiles[weight]);
  const font = fontkit.openSync(path);
  if (!('glyphForCodePoint' in font))
    throw new Error(`${path} is a font collection, expected a single TTF font`);
  const result: KoreanFont = { weight, path, font };
  loaded[weight] = result;
  return result;
}

/** Paths of both TTF files, for tools that load fonts from disk. */
export function koreanFontFiles(): string[] {
  return [koreanFont('regular').path, koreanFont('bold').path];
}

const pdfFaces: Partial<Record<FontWeight, fontkit.Font>> = {};

/**
 * The font object handed to pdfkit: the parsed font, with text shaping memoised for the whole process. pdfkit keeps
 * its shaping cache per document, and shaping Hangul through the font's GSUB tables is the slowest step of a small
 * PDF; a sheet repeats the words of the label PDFs, so most words are shaped once per export instead of once per
 * file. pdfkit scales the positions it gets in place, so every call returns fresh position objects.
 */
export function pdfFontFace(weight: FontWeight): fontkit.Font {
  const cached = pdfFaces[weight];
  if (cached) return cached;
  const { font } = koreanFont(weight);
  const runs = new Map<string, fontkit.GlyphRun>();
  const face = Object.create(font) as fontkit.Font;
  face.layout = ((text: string, features?: unknown) => {
    if (features !== undefined) return font.layout(text, features as string[]);
    let run = runs.get(text);
    if (!run) {
      run = font.layout(text);
      runs.set(text, run);
    }
    return {
      glyphs: run.glyphs,
      positions: run.positions.map((position) => ({ ...position })),
      advanceWidth: run.advanceWidth,
    } as unknown as fontkit.GlyphRun;
  }) as fontkit.Font['layout'];
  pdfFaces[weight] = face;
  return face;
}
