// Packs every workspace package with `npm pack`, exactly as it would be published, so tests can check and install the
// tarballs a user would get rather than the workspace's source folders.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repositoryRoot = resolve(import.meta.dirname, '..', '..');

/** The workspace folders of published packages: a private one (the builder app) is never packed. */
function publishedWorkspaces() {
  const { workspaces } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'));
  return workspaces.filter(
    (folder) => !JSON.parse(readFileSync(join(repositoryRoot, folder, 'package.json'), 'utf8')).private,
  );
}

/**
 * Packs the built packages into `destination` and returns `{ name, version, file }` per package, `file` absolute.
 * Build first (`npm run build`): a package's `dist/` goes into its tarball as it is.
 */
export function packWorkspaces(destination) {
  mkdirSync(destination, { recursive: true });
  const output = execFileSync(
    'npm',
    [
      'pack',
      ...publishedWorkspaces().flatMap((folder) => ['--workspace', folder]),
      '--json',
      '--pack-destination',
      destination,
      '--loglevel',
      'error',
    ],
    { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output).map(({ name, version, filename }) => ({
    name,
    version,
    file: join(destination, filename),
  }));
}
