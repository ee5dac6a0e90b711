import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/** The two weights every medium uses: captions in regular, titles in bold. */
export type FontWeight = 'regular' | 'bold';

export interface KoreanFont {
  weight: FontWeight;
  /** Absolute path of the TTF file (resvg and print shops want files, pdfkit wants the parsed font). */
  path: string;
  font: fontkit.Font;
  /** The glyph for a code point, memoised: fontkit decodes the cmap table afresh on every lookup. */
  glyph: (codePoint: number) => fontkit.Glyph;
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
  const glyphs = new Map<number, fontkit.Glyph>();
  const glyph = (codePoint: number) => {
    let found = glyphs.get(codePoint);
    if (!found) {
      found = font.glyphForCodePoint(codePoint);
      glyphs.set(codePoint, found);
    }
    return found;
  };
  const result: KoreanFont = { weight, path, font, glyph };
  loaded[weight] = result;
  return result;
}

/**
 * The characters of `text` that Noto Sans KR cannot draw, each once, in order. Labels in such characters come out
 * as empty boxes in PDFs, PNGs and outlined SVGs, and are missing from a PDF's text layer: check a translation's
 * words with this before printing them. Noto Sans KR covers Hangul, Latin, kana and the hanja of KS X 1001, but not,
 * for example, Japanese shinjitai such as 処 or simplified Chinese such as 处.
 */
export function missingGlyphs(text: string): string[] {
  const { font } = koreanFont('regular');
  const missing: string[] = [];
  for (const character of text) {
    if (/\s/.test(character) || missing.includes(character)) continue;
    if (!font.hasGlyphForCodePoint(character.codePointAt(0)!)) missing.push(character);
  }
  return missing;
}

/** Paths of both TTF files, for tools that load fonts from disk. */
export function koreanFontFiles(): string[] {
  return [koreanFont('regular').path, koreanFont('bold').path];
}

const pdfFaces: Partial<Record<FontWeight, fontkit.Font>> = {};

/**
 * The font object handed to pdfkit: the parsed font with a plain layout, one glyph per code point advanced by its
 * width. Hangul syllables are precomposed, so OpenType shaping (GSUB/GPOS) changes nothing for Korean captions but
 * is the slowest step of a small PDF (~0.6 ms a word, every word of every document). Plain layout is also exactly
 * what `measureText` measures and what outlined SVGs draw, so every medium breaks lines at the same places.
 */
export function pdfFontFace(weight: FontWeight): fontkit.Font {
  const cached = pdfFaces[weight];
  if (cached) return cached;
  const { font, glyph } = koreanFont(weight);
  const face = Object.create(font) as fontkit.Font;
  face.layout = ((text: string) => {
    const glyphs = Array.from(text, (character) => glyph(character.codePointAt(0)!));
    let advanceWidth = 0;
    // Fresh position objects every call: pdfkit scales them in place.
    const positions = glyphs.map((glyph) => {
      advanceWidth += glyph.advanceWidth;
      return { xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 };
    });
    return { glyphs, positions, advanceWidth } as unknown as fontkit.GlyphRun;
  }) as fontkit.Font['layout'];
  pdfFaces[weight] = face;
  return face;
}
