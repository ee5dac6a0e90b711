import type { ReactNode } from 'react';
import { useDocsLocale } from './docsGlobals.js';

interface LanguageBlockProps {
  children?: ReactNode;
}

/**
 * Prose in one language: a docs page shows the language chosen in the toolbar (한국어 / English), never both stacked.
 * In MDX, leave a blank line after the opening tag so the Markdown inside is still Markdown.
 */
export function Ko({ children }: LanguageBlockProps) {
  return useDocsLocale() === 'ko' ? <div lang="ko">{children}</div> : null;
}

export function En({ children }: LanguageBlockProps) {
  return useDocsLocale() === 'en' ? <div lang="en">{children}</div> : null;
}

/** A short phrase in the current language, e.g. a heading: `<T ko="라벨 갤러리" en="Label gallery" />`. */
export function T({ ko, en }: { ko: ReactNode; en: ReactNode }) {
  return <>{useDocsLocale() === 'ko' ? ko : en}</>;
}
