import { create } from 'storybook/theming';

// The kit's own colours (the react package's light and dark tokens) for Storybook's frame and its docs pages, so the
// sidebar, the docs prose and the rendered components share one palette. Fonts: Korean first, so Hangul never falls
// back to a Japanese or Chinese face.
const fontBase =
  "'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const fontCode = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK KR', monospace";
const brand = { brandTitle: 'Privacy Label Kit', brandUrl: './', brandTarget: '_self' };

export const lightTheme = create({
  base: 'light',
  ...brand,
  brandImage: './assets/brand/privacy-label-kit.svg',
  colorPrimary: '#1f5bd6',
  colorSecondary: '#1a56c8',
  appBg: '#f3f5f8',
  appContentBg: '#ffffff',
  appPreviewBg: '#ffffff',
  appBorderColor: '#dfe3e9',
  appBorderRadius: 8,
  fontBase,
  fontCode,
  textColor: '#191f28',
  textMutedColor: '#4e5968',
  textInverseColor: '#ffffff',
  barBg: '#ffffff',
  barTextColor: '#4e5968',
  barSelectedColor: '#1a56c8',
  barHoverColor: '#1a56c8',
  inputBg: '#ffffff',
  inputBorder: '#b7bfca',
  inputTextColor: '#191f28',
  inputBorderRadius: 6,
});

export const darkTheme = create({
  base: 'dark',
  ...brand,
  brandImage: './assets/brand/privacy-label-kit-dark.svg',
  colorPrimary: '#86aefc',
  colorSecondary: '#8fb6ff',
  appBg: '#1c2128',
  appContentBg: '#14171c',
  appPreviewBg: '#14171c',
  appBorderColor: '#333b47',
  appBorderRadius: 8,
  fontBase,
  fontCode,
  textColor: '#eef1f5',
  textMutedColor: '#b3bcc8',
  textInverseColor: '#14171c',
  barBg: '#1c2128',
  barTextColor: '#b3bcc8',
  barSelectedColor: '#8fb6ff',
  barHoverColor: '#8fb6ff',
  inputBg: '#232932',
  inputBorder: '#56606e',
  inputTextColor: '#eef1f5',
  inputBorderRadius: 6,
});
