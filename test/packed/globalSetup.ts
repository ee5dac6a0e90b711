import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packWorkspaces } from './pack.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute paths of the packed workspace packages, by package name. */
    tarballs: Record<string, string>;
  }
}

// Packs the built packages once for every test of the `packed` project (`npm test` builds before Vitest runs).
export function setup(project: TestProject) {
  const destination = mkdtempSync(join(tmpdir(), 'plk-tarballs-'));
  const tarballs = Object.fromEntries(packWorkspaces(destination).map(({ name, file }) => [name, file]));
  project.provide('tarballs', tarballs);
  return () => rmSync(destination, { recursive: true, force: true });
}
