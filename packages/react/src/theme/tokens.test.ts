import { familyColors } from '@privacy-label-kit/icons';
import { describe, expect, it } from 'vitest';
import {
  type ColorTokenName,
  darkColors,
  largeTypeDarkColors,
  largeTypeLightColors,
  lightColors,
  type ThemeColors,
} from './tokens.js';

/** WCAG 2.2 relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((index) => {
      const channel = Number.parseInt(hex.slice(index, index + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

// Every pairing of text and background the components use. Axe checks the rendered pages in Chromium too; this
// catches a bad token before a page is rendered, and names the pair.
const textPairs: [ColorTokenName, ColorTokenName][] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['text', 'surface-raised'],
  ['text-muted', 'background'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-raised'],
  ['link', 'background'],
  ['link', 'surface'],
  ['attention', 'attention-surface'],
  ['attention', 'background'],
  ['data-type', 'background'],
  ['processing', 'background'],
  ['protection', 'background'],
  ['video', 'background'],
];

describe.each([
  ['light', lightColors],
  ['dark', darkColors],
] as [string, ThemeColors][])('the %s theme', (_, colors) => {
  it.each(textPairs)('keeps %s on %s at WCAG AA for normal text (4.5:1)', (foreground, background) => {
    expect(contrast(colors[foreground], colors[background])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps focus rings and icons at 3:1 against the page (non-text contrast)', () => {
    for (const token of [
      'focus',
      'data-type',
      'processing',
      'protection',
      'video',
      'border-strong',
    ] as const) {
      expect(contrast(colors[token], colors.background), token).toBeGreaterThanOrEqual(
        token === 'border-strong' ? 1.5 : 3,
      );
    }
  });
});

describe('the light theme', () => {
  it('uses the icons’ online family colours, so icons and page agree', () => {
    expect(lightColors['data-type']).toBe(familyColors.dataType);
    expect(lightColors.processing).toBe(familyColors.processing);
    expect(lightColors.protection).toBe(familyColors.protection);
    expect(lightColors.video).toBe(familyColors.video);
  });
});

describe.each([
  ['light', { ...lightColors, ...largeTypeLightColors }],
  ['dark', { ...darkColors, ...largeTypeDarkColors }],
] as [string, ThemeColors][])('large type in the %s theme', (_, colors) => {
  it.each(textPairs)('keeps %s on %s at WCAG AAA (7:1)', (foreground, background) => {
    expect(contrast(colors[foreground], colors[background])).toBeGreaterThanOrEqual(7);
  });
});
