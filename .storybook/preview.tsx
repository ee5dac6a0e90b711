// Hangul renders as empty boxes in a browser without a Korean font: load Noto Sans KR for every story and doc page.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './preview.css';
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/react-vite';
import { type PropsWithChildren, useEffect } from 'react';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import { PolicyLocaleProvider } from '../packages/react/src/locale/PolicyLocaleProvider.js';
import { registerBuiltInWords } from '../packages/react/src/testing/registerWords.js';
import { PrivacyLabelThemeProvider } from '../packages/react/src/theme/PrivacyLabelThemeProvider.js';
import {
  type DocsThemeChoice,
  defaultDocsGlobals,
  setDocsGlobals,
  useDocsGlobals,
  useResolvedDocsTheme,
} from '../stories/docs/docsGlobals.js';
import { darkTheme, lightTheme } from './theme.js';

// Stories render components from source, which bring no words (the package's main entry wraps each component with its
// words). A call, not a side-effect import: the production build drops side-effect imports of files outside a
// package's `sideEffects`.
registerBuiltInWords();

// MDX pages have no story context: hear the toolbar's values from Storybook's channel and keep them in one store.
const channel = addons.getChannel();
const onGlobals = ({ globals }: { globals: Record<string, unknown> }) => setDocsGlobals(globals);
channel.on(SET_GLOBALS, onGlobals);
channel.on(GLOBALS_UPDATED, onGlobals);

/** Marks the document with the page's theme and language, so the canvas around every block is painted too. */
function useDocumentMarks(theme: 'light' | 'dark', locale: string) {
  useEffect(() => {
    document.documentElement.dataset.plkDocsTheme = theme;
    document.documentElement.lang = locale;
  }, [theme, locale]);
}

/** Docs pages in the toolbar's theme (Storybook's docs blocks included) and language. */
function ThemedDocsContainer({ children, context }: PropsWithChildren<DocsContainerProps>) {
  const { locale } = useDocsGlobals();
  const theme = useResolvedDocsTheme();
  useDocumentMarks(theme, locale);
  return (
    <DocsContainer context={context} theme={theme === 'dark' ? darkTheme : lightTheme}>
      <PrivacyLabelThemeProvider theme={theme} className="plk-docs-root" lang={locale}>
        <PolicyLocaleProvider locale={locale}>{children}</PolicyLocaleProvider>
      </PrivacyLabelThemeProvider>
    </DocsContainer>
  );
}

/**
 * Every story inside the toolbar's theme and language. A story that sets its own `theme` or `locale` arg keeps it (a
 * "Dark" story stays dark), and the canvas around it is painted in that story's theme, not left white.
 */
const withThemeAndLanguage: Decorator = (Story, context) => {
  const choice = (context.args.theme ?? context.globals.theme ?? defaultDocsGlobals.theme) as DocsThemeChoice;
  const theme = useResolvedDocsTheme(choice);
  const locale = (context.globals.locale ?? defaultDocsGlobals.locale) as string;
  const inStory = context.viewMode === 'story';
  useEffect(() => {
    if (inStory) document.documentElement.dataset.plkDocsTheme = theme;
  }, [inStory, theme]);
  // A whole policy page is thousands of pixels tall: on a docs page it scrolls inside a frame, so the props table and
  // the next examples stay within reach. `parameters.docsFrameHeight` turns this on.
  const frameHeight =
    context.viewMode === 'docs' ? (context.parameters.docsFrameHeight as string | undefined) : undefined;
  const story = frameHeight ? (
    <section
      className="plk-docs-frame"
      style={{ maxHeight: frameHeight }}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      aria-label={`${context.title} — ${context.name}`}
    >
      <Story />
    </section>
  ) : (
    <Story />
  );
  return (
    <PrivacyLabelThemeProvider
      theme={theme}
      className="plk-story-root"
      data-layout={context.parameters.layout ?? 'padded'}
      data-view-mode={context.viewMode}
    >
      <PolicyLocaleProvider locale={locale}>{story}</PolicyLocaleProvider>
    </PrivacyLabelThemeProvider>
  );
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: '문서와 예시의 언어 / Language of the docs and examples',
      toolbar: {
        title: '한국어 / English',
        icon: 'globe',
        items: [
          { value: 'ko', title: '한국어', right: 'ko' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: '밝은·어두운 테마 / Light or dark theme (auto follows your system)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (system)', icon: 'browser' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ...defaultDocsGlobals },
  decorators: [withThemeAndLanguage],
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i }, sort: 'requiredFirst' },
    // Every story is an accessibility test: an axe violation fails `npm test`.
    a11y: { test: 'error' },
    docs: { container: ThemedDocsContainer, toc: false },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Label gallery',
          ['All icons', 'Icons'],
          'Design principles',
          'Components',
          [
            'PrivacyPolicy',
            'LabelSummary',
            'LabelBadge',
            'LabelIcon',
            'ConsentTable',
            'Policy sections',
            '*',
          ],
          'Example policies',
          'Schema reference',
          'Printing labels offline',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
