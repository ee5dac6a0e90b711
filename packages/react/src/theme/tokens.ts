import { familyColors } from '@privacy-label-kit/icons';

/**
 * Design tokens as CSS custom properties (`--plk-…`). Components read them through `var()` with the light value as
 * fallback, so a component works without any provider and a page can restyle everything from one place.
 */
export const colorTokenNames = [
  'text',
  'text-muted',
  'background',
  'surface',
  'surface-raised',
  'border',
  'border-strong',
  'link',
  'focus',
  'brand',
  'data-type',
  'processing',
  'protection',
  'video',
  'attention',
  'attention-surface',
  'attention-border',
] as const;
export type ColorTokenName = (typeof colorTokenNames)[number];
export type ThemeColors = Readonly<Record<ColorTokenName, string>>;

/** Light theme. The family colours are the icons' online colours, so icons and page agree. */
export const lightColors: ThemeColors = {
  text: '#191f28',
  'text-muted': '#4e5968',
  background: '#ffffff',
  surface: '#f3f5f8',
  'surface-raised': '#ffffff',
  border: '#dfe3e9',
  'border-strong': '#b7bfca',
  link: '#1a56c8',
  focus: '#1a56c8',
  brand: familyColors.processing,
  'data-type': familyColors.dataType,
  processing: familyColors.processing,
  protection: familyColors.protection,
  video: familyColors.video,
  attention: '#b42318',
  'attention-surface': '#fef3f2',
  'attention-border': '#f5c2bd',
};

/** Dark theme: the family colours lightened so that they keep their contrast on a dark background. */
export const darkColors: ThemeColors = {
  text: '#eef1f5',
  'text-muted': '#b3bcc8',
  background: '#14171c',
  surface: '#1c2128',
  'surface-raised': '#232932',
  border: '#333b47',
  'border-strong': '#56606e',
  link: '#8fb6ff',
  focus: '#8fb6ff',
  brand: '#8fb6ff',
  'data-type': '#cba0f7',
  processing: '#86aefc',
  protection: '#5fd3a0',
  video: '#f0b060',
  attention: '#ffb3aa',
  'attention-surface': '#3b1e1b',
  'attention-border': '#7d3a33',
};

/**
 * Large type (for older readers and anyone who wants it): the colours whose contrast falls short of 7:1 (WCAG 1.4.6,
 * AAA) in the standard themes, darkened (light) or lightened (dark) so that every text and background pair the
 * components use reaches 7:1. Tokens not listed keep the theme's value.
 */
export const largeTypeLightColors: Partial<Record<ColorTokenName, string>> = {
  'text-muted': '#3b4452',
  link: '#0b45a6',
  focus: '#0b45a6',
  'data-type': '#5e1f99',
  processing: '#1746a8',
  protection: '#045331',
  video: '#6f4200',
  attention: '#8f1d14',
};

export const largeTypeDarkColors: Partial<Record<ColorTokenName, string>> = {
  'text-muted': '#cdd4de',
  link: '#b3ceff',
  focus: '#b3ceff',
  'data-type': '#e0c6ff',
  processing: '#b0c8ff',
  protection: '#8ee6bf',
  video: '#ffd08a',
  attention: '#ffcdc6',
};

/**
 * Large type's layout: body text at 1.25rem (20 px where the reader keeps the browser's default 16 px), looser lines,
 * and a measure of at most 40 Korean characters (WCAG 1.4.8 asks for no more than 40 CJK characters a line). The
 * measure is 36em, not 40ic: Hangul in Noto Sans KR and Pretendard is about 0.92em wide, narrower than the ideograph
 * `ic` measures, so 40ic holds 43 Hangul syllables (measured in Chromium) and 36em holds 39.
 */
export const largeTypeLayout = {
  'font-size': '1.25rem',
  'line-height': '1.8',
  'max-width': 'calc(36em + 3rem)',
} as const satisfies Partial<Record<LayoutTokenName, string>>;

/** The longest line of body text in large type, in full-width (Korean) characters. */
export const largeTypeMeasure = 40;
/** The smallest link or button in large type, in CSS pixels (WCAG 2.5.5, AAA). */
export const largeTypeTargetSize = 44;

/** Type scales: `standard` (the default), or `large`. */
export type TypeScale = 'standard' | 'large';
export const typeScales: readonly TypeScale[] = ['standard', 'large'];

/** A Korean-capable font stack: Pretendard or Noto where installed, then each platform's Hangul system font. */
export const fontFamily =
  "Pretendard, 'Pretendard Variable', 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Non-colour tokens: not declared by the theme root, so a page may set them on any ancestor. */
export const layoutTokens = {
  'font-family': fontFamily,
  'font-size': '1rem',
  'line-height': '1.7',
  radius: '14px',
  'radius-small': '8px',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2.5rem',
  'max-width': '64rem',
} as const;
export type LayoutTokenName = keyof typeof layoutTokens;

/** The custom property that holds a colour token, e.g. `--plk-color-text`. */
export function colorTokenProperty(name: ColorTokenName): `--plk-color-${ColorTokenName}` {
  return `--plk-color-${name}`;
}

/** The custom property that holds a layout token, e.g. `--plk-radius`. */
export function layoutTokenProperty(name: LayoutTokenName): `--plk-${LayoutTokenName}` {
  return `--plk-${name}`;
}

function colorVar(name: ColorTokenName): string {
  return `var(${colorTokenProperty(name)}, ${lightColors[name]})`;
}

function layoutVar(name: LayoutTokenName): string {
  return `var(${layoutTokenProperty(name)}, ${layoutTokens[name]})`;
}

/** `var()` expressions for styles: fixed strings, so styled templates stay static. */
export const color = Object.fromEntries(colorTokenNames.map((name) => [name, colorVar(name)])) as Record<
  ColorTokenName,
  string
>;

export const layout = Object.fromEntries(
  (Object.keys(layoutTokens) as LayoutTokenName[]).map((name) => [name, layoutVar(name)]),
) as Record<LayoutTokenName, string>;

/** The declarations of a colour theme, e.g. `--plk-color-text: #191f28;`. */
export function colorDeclarations(colors: Partial<Record<ColorTokenName, string>>): string {
  return colorTokenNames
    .filter((name) => colors[name] !== undefined)
    .map((name) => `${colorTokenProperty(name)}: ${colors[name]};`)
    .join('\n');
}

/** The declarations of large type's layout tokens. */
export function largeTypeDeclarations(): string {
  return (Object.keys(largeTypeLayout) as (keyof typeof largeTypeLayout)[])
    .map((name) => `${layoutTokenProperty(name)}: ${largeTypeLayout[name]};`)
    .join('\n');
}
