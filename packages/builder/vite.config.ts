import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A static app: relative base, so dist/ works from any folder of any host (Storybook serves it under /builder/).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
});
