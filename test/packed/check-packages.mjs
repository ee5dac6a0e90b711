// `npm run check-packages`: every workspace package, packed as it would be published, passes publint (strict: warnings
// count) and Are the Types Wrong? with the esm-only profile (the packages are ESM only, so CommonJS `require` of them is
// not a goal). Run after `npm run build`; part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packWorkspaces, repositoryRoot } from './pack.mjs';

const destination = mkdtempSync(join(tmpdir(), 'plk-check-packages-'));
let problems = 0;
try {
  for (const { name, file } of packWorkspaces(destination)) {
    const tarball = readFileSync(file);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
    });
    for (const message of messages) {
      console.error(`${name}: publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
    }
    problems += messages.length;

    try {
      execFileSync(
        join(repositoryRoot, 'node_modules', '.bin', 'attw'),
        // A stylesheet has no types to check: `@privacy-label-kit/react/styles.css` is for the app's bundler.
        [
          file,
          '--profile',
          'esm-only',
          '--exclude-entrypoints',
          './styles.css',
          '--format',
          'table-flipped',
          '--no-color',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
      );
    } catch (error) {
      console.error(`${name}: attw (esm-only) found problems:\n${error.stdout}${error.stderr}`);
      problems += 1;
    }
    console.log(
      `${name}: publint and attw (esm-only) — ${messages.length === 0 ? 'no problems' : 'problems above'}`,
    );
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
if (problems > 0) {
  console.error(`${problems} packaging problem(s): fix package.json "exports", "files" or the built types.`);
  process.exitCode = 1;
}
