import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..', '..', '..');

/**
 * `entry` (an ES module's source; imports resolve from the repository root, so the packages' builds) bundled for the
 * browser, with React's development build: it reports hydration mismatches as console errors.
 */
export async function bundleClient(entry: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}
