// Noto Sans KR for every medium: text is measured with it (line breaks), outlined with it (outlined SVGs, PNGs) and
// embedded from it (PDFs). This module is browser-safe: it parses font bytes handed to it and never reads files. Where
// the bytes come from is a `FontLoader` — on Node the package's TTF files (see `nodeFonts.ts`, installed by the Node
// entry), in a browser a URL the app gives (`fontUrlLoader`). Nothing is loaded at import: only the first file that
// sets text asks for the fonts.
import type * as fontkit from 'fontkit';

/** The two weights every medium uses: captions in regular, titles in bold. */
export type FontWeight = 'regular' | 'bold';

/** The TTF bytes of both weights (TTF, not WOFF/WOFF2: pdfkit embeds a TTF subset whose glyphs show). */
export type FontFiles = Record<FontWeight, Uint8Array>;

/**
 * Gives the TTF bytes of Noto Sans KR (or a font with the same coverage). Called at most once per realm, the first
 * time a file needs text; a synchronous loader (Node's) also serves the synchronous renderers without `loadFonts`.
 */
export type FontLoader = () => FontFiles | Promise<FontFiles>;

export interface KoreanFont {
  weight: FontWeight;
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

const loaded: Partial<Record<FontWeight, KoreanFont>> = {};
let defaultLoader: FontLoader | undefined;
let loading: Promise<void> | undefined;
/** fontkit's `create`: imported by `loadFonts` (its own chunk in a browser bundle) or set by the Node entry. */
let createFont: ((bytes: Uint8Array) => fontkit.Font | fontkit.FontCollection) | undefined;

/**
 * Gives fontkit's `create` up front, so a synchronous loader can serve the first text without `loadFonts` (Node).
 * In a browser `loadFonts` imports fontkit itself, so a page that never makes a file never downloads it.
 */
export function setFontParser(create: (bytes: Uint8Array) => fontkit.Font | fontkit.FontCollection): void {
  createFont = create;
}

/** Thrown when text is set before any font was loaded (in a browser: call `loadFonts` first; `makePack` does). */
export class FontsNotLoadedError extends Error {
  constructor() {
    super(
      'Noto Sans KR is not loaded yet: await loadFonts(fontUrlLoader({ regular, bold })) before rendering, or use makePack, which loads it',
    );
    this.name = 'FontsNotLoadedError';
  }
}

/** The loader used when `loadFonts` is called without one (the Node entry sets the package's TTF files). */
export function setDefaultFontLoader(loader: FontLoader | undefined): void {
  defaultLoader = loader;
}

function install(files: FontFiles): void {
  if (!createFont) throw new FontsNotLoadedError();
  for (const weight of ['regular', 'bold'] as const) {
    const font = createFont(files[weight]);
    if (!('glyphForCodePoint' in font))
      throw new Error(`The ${weight} font is a collection, expected a single TTF`);
    const glyphs = new Map<number, fontkit.Glyph>();
    const glyph = (codePoint: number) => {
      let found = glyphs.get(codePoint);
      if (!found) {
        found = font.glyphForCodePoint(codePoint);
        glyphs.set(codePoint, found);
      }
      return found;
    };
    loaded[weight] = { weight, font, glyph };
  }
}

/** Whether the fonts are parsed and ready for the synchronous renderers. */
export function fontsLoaded(): boolean {
  return loaded.regular !== undefined && loaded.bold !== undefined;
}

/**
 * Loads and parses the fonts once per realm (a later call returns at once). `loader` defaults to the one set with
 * `setDefaultFontLoader` (Node: the package's files).
 */
export function loadFonts(loader: FontLoader | undefined = defaultLoader): Promise<void> {
  if (fontsLoaded()) return Promise.resolve();
  if (!loader) return Promise.reject(new FontsNotLoadedError());
  loading ??= Promise.all([
    loader(),
    createFont ? undefined : import('fontkit').then((module) => setFontParser(module.create as never)),
  ])
    .then(([files]) => install(files))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * Noto Sans KR, parsed once per realm and shared by every document: parsing a 6 MB CJK font per PDF would cost more
 * than drawing the PDF. fontkit parses tables lazily and caches glyphs, so later documents get faster.
 */
export function koreanFont(weight: FontWeight): KoreanFont {
  const cached = loaded[weight];
  if (cached) return cached;
  // A synchronous default loader (Node's) serves the first caller directly.
  const files = createFont ? defaultLoader?.() : undefined;
  if (files && !(files instanceof Promise)) {
    install(files);
    return loaded[weight]!;
  }
  throw new FontsNotLoadedError();
}

/**
 * A loader that fetches both TTF files from the URLs an app serves them at (for example Vite's `?url` imports of
 * `@expo-google-fonts/noto-sans-kr`'s files). Only the first file that sets text fetches them.
 */
export function fontUrlLoader(urls: Record<FontWeight, string | URL>): FontLoader {
  const get = async (url: string | URL) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load the font ${String(url)}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return async () => {
    const [regular, bold] = await Promise.all([get(urls.regular), get(urls.bold)]);
    return { regular, bold };
  };
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
