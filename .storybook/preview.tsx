// Hangul renders as empty boxes in a browser without a Korean font: load Noto Sans KR for every story and doc page.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './preview.css';
import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Every story is an accessibility test: an axe violation fails `npm test`.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Label gallery',
          'Design principles',
          'Components',
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
