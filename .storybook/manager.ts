import { addons } from 'storybook/manager-api';
import { darkTheme, lightTheme } from './theme.js';

// The frame (sidebar, toolbar) follows the reader's system setting when the page opens; the toolbar's theme switch
// repaints the canvas and the docs pages (see preview.tsx).
const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

addons.setConfig({
  theme: prefersDark ? darkTheme : lightTheme,
  sidebar: { showRoots: false },
  enableShortcuts: false,
});
