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

/**
 * SVG path data drawing `line` as glyph outlines, so the file shows the same letters on a machine (or a print shop's
 * RIP) without the font. Coordinates are absolute, in the layout's units.
 */
export function textOutlinePath(line: PlacedText): string {
  const { font } = koreanFont(line.weight);
  const scale = line.size / font.unitsPerEm;
  let penX = line.x;
  let data = '';
  for (const glyph of glyphsOf(line.text, line.weight)) {
    // Font units grow upwards; SVG grows downwards, hence the negative y scale around the baseline.
    const x = (fx: number) => round(penX + fx * scale);
    const y = (fy: number) => round(line.baseline - fy * scale);
    for (const { command, args } of glyph.path.commands) {
      switch (command) {
        case 'moveTo':
          data += `M${x(args[0]!)} ${y(args[1]!)}`;
          break;
        case 'lineTo':
          data += `L${x(args[0]!)} ${y(args[1]!)}`;
          break;
        case 'quadraticCurveTo':
          data += `Q${x(args[0]!)} ${y(args[1]!)} ${x(args[2]!)} ${y(args[3]!)}`;
          break;
        case 'bezierCurveTo':
          data += `C${x(args[0]!)} ${y(args[1]!)} ${x(args[2]!)} ${y(args[3]!)} ${x(args[4]!)} ${y(args[5]!)}`;
          break;
        case 'closePath':
          data += 'Z';
          break;
      }
    }
    penX += glyph.advanceWidth * scale;
  }
  return data;
}
