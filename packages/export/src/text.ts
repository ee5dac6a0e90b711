import type { Glyph } from 'fontkit';
import { type FontWeight, koreanFont } from './fonts.js';

/** One line of text placed on a card: where its baseline starts and how it is set. */
export interface PlacedText {
  text: string;
  /** Left edge of the line, in the layout's units (CSS px). */
  x: number;
  /** Baseline of the line. */
  baseline: number;
  size: number;
  weight: FontWeight;
  /**
   * The line was broken at a space. Drawn text keeps that space at the line end (invisible), so text copied or read
   * aloud from a PDF says "법정 보관 3건", not "법정 보관3건".
   */
  spaceAfter?: boolean;
}

export interface WrappedLine {
  text: string;
  /** Broken at a space (not inside a word that was too long for a line). */
  spaceAfter: boolean;
}

function glyphsOf(text: string, weight: FontWeight): Glyph[] {
  const { glyph } = koreanFont(weight);
  // Hangul syllables are precomposed and Noto Sans KR has no Latin kerning worth shaping for at caption sizes, so one
  // glyph per code point keeps measuring and outlining fast (a full shaping run costs ~0.6 ms a line).
  return Array.from(text, (character) => glyph(character.codePointAt(0)!));
}

/** Width of `text` set in Noto Sans KR at `size`, in the same units as `size`. */
export function measureText(text: string, weight: FontWeight, size: number): number {
  const { font } = koreanFont(weight);
  let advance = 0;
  for (const glyph of glyphsOf(text, weight)) advance += glyph.advanceWidth;
  return (advance / font.unitsPerEm) * size;
}

/** The font's ascent and descent at `size` (descent is positive, below the baseline). */
export function fontMetrics(weight: FontWeight, size: number): { ascent: number; descent: number } {
  const { font } = koreanFont(weight);
  return {
    ascent: (font.ascent / font.unitsPerEm) * size,
    descent: (-font.descent / font.unitsPerEm) * size,
  };
}

/**
 * Breaks `text` into lines no wider than `maxWidth`. Breaks at spaces first; a word wider than a whole line (a long
 * Korean compound or a URL) is split between characters, which Korean typesetting allows.
 */
export function wrapTextLines(
  text: string,
  weight: FontWeight,
  size: number,
  maxWidth: number,
): WrappedLine[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const space = measureText(' ', weight, size);
  const lines: WrappedLine[] = [];
  let current = '';
  let currentWidth = 0;
  for (const word of words) {
    const width = measureText(word, weight, size);
    if (current && currentWidth + space + width <= maxWidth) {
      current += ` ${word}`;
      currentWidth += space + width;
      continue;
    }
    if (current) lines.push({ text: current, spaceAfter: true });
    if (width <= maxWidth) {
      current = word;
      currentWidth = width;
      continue;
    }
    // Too wide for any line: fill lines character by character.
    current = '';
    currentWidth = 0;
    for (const character of word) {
      const characterWidth = measureText(character, weight, size);
      if (current && currentWidth + characterWidth > maxWidth) {
        lines.push({ text: current, spaceAfter: false });
        current = '';
        currentWidth = 0;
      }
      current += character;
      currentWidth += characterWidth;
    }
  }
  if (current) lines.push({ text: current, spaceAfter: false });
  return lines;
}

/** `wrapTextLines`, as plain strings. */
export function wrapText(text: string, weight: FontWeight, size: number, maxWidth: number): string[] {
  return wrapTextLines(text, weight, size, maxWidth).map((line) => line.text);
}

const round = (value: number) => Math.round(value * 100) / 100;

const relativeOutlines: Record<FontWeight, Map<number, string>> = { regular: new Map(), bold: new Map() };

/**
 * A glyph's outline as relative SVG path commands in font units, starting from the glyph's origin. Cached per glyph:
 * each glyph is converted once per process, and placing it again costs one string concatenation.
 */
function relativeGlyphOutline(glyph: Glyph, weight: FontWeight): string {
  const cache = relativeOutlines[weight];
  let outline = cache.get(glyph.id);
  if (outline !== undefined) return outline;
  outline = '';
  let [currentX, currentY, startX, startY] = [0, 0, 0, 0];
  const point = (x: number, y: number) => `${round(x - currentX)} ${round(y - currentY)}`;
  for (const { command, args } of glyph.path.commands) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args;
    switch (command) {
      case 'moveTo':
        outline += `m${point(a, b)}`;
        [currentX, currentY, startX, startY] = [a, b, a, b];
        break;
      case 'lineTo':
        outline += `l${point(a, b)}`;
        [currentX, currentY] = [a, b];
        break;
      case 'quadraticCurveTo':
        outline += `q${point(a, b)} ${point(c, d)}`;
        [currentX, currentY] = [c, d];
        break;
      case 'bezierCurveTo':
        outline += `c${point(a, b)} ${point(c, d)} ${point(e, f)}`;
        [currentX, currentY] = [e, f];
        break;
      case 'closePath':
        // Closing a subpath returns to its start, which later relative commands count from.
        outline += 'z';
        [currentX, currentY] = [startX, startY];
        break;
    }
  }
  cache.set(glyph.id, outline);
  return outline;
}

/**
 * `line` as one SVG `<path>` of glyph outlines, so the file shows the same letters on a machine (or a print shop's
 * RIP) without the font. The path is in font units, placed and scaled by its transform (font units grow upwards,
 * SVG downwards, hence the negative y scale).
 */
export function textOutlineSvg(line: PlacedText, fill: string): string {
  const { font } = koreanFont(line.weight);
  const scale = round((line.size / font.unitsPerEm) * 100000) / 100000;
  let penX = 0;
  let data = '';
  for (const glyph of glyphsOf(line.text, line.weight)) {
    const outline = relativeGlyphOutline(glyph, line.weight);
    if (outline) data += `M${penX} 0${outline}`;
    penX += glyph.advanceWidth;
  }
  return `<path transform="translate(${round(line.x)} ${round(line.baseline)}) scale(${scale} ${-scale})" d="${data}" fill="${fill}"/>`;
}
