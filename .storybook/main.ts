import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

// Written by hand (no wizard). The workspace packages resolve through their built dist/, so `npm start` builds first.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: [
    '../stories/**/*.mdx',
    '../stories/**/*.stories.@(ts|tsx)',
    '../packages/*/src/**/*.stories.@(ts|tsx)',
  ],
  addons: [
    // GitHub-flavoured Markdown (tables above all): MDX on its own renders `| --- |` as text.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  // The builder (packages/builder) as built static files, one click from the Introduction page: `npm start` and
  // `npm run build-storybook` build every workspace first, the builder included.
  staticDirs: [
    { from: '../stories/assets', to: '/assets' },
    { from: '../packages/builder/dist', to: '/builder' },
  ],
  // react-docgen (the default) reads props without the TypeScript API, which TypeScript 7 no longer has.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
