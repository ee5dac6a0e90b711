#!/usr/bin/env node
// The package's bin. npm links a bin only if its file exists at install time, and dist/cli.js is build output that a
// fresh clone does not have yet, so this committed launcher is the bin and loads the built CLI when it runs.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    'privacy-label: the CLI is not built yet (packages/export/dist/cli.js is missing).\n' +
      'Run `npm run build` in the repository root, then try again.\n',
  );
  process.exitCode = 1;
}
