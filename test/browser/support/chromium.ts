import { type Browser, chromium } from 'playwright-core';

// One list of launch settings for every test, bench and script that drives Chromium (JSON, so plain-Node .mjs
// scripts can import it too). The flags keep headless Chromium quiet on a closed network and in containers: without the
// networking ones it floods the machine with refused connections.
import chromiumSettings from './chromium.json' with { type: 'json' };

/** The system Chromium (Debian package); browsers are never downloaded. Override with CHROMIUM_PATH. */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? chromiumSettings.executablePath;

export const chromiumArgs: readonly string[] = chromiumSettings.args;

/** Launches headless Chromium once per test file; open many pages in it and close it in `afterAll`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs] });
}
