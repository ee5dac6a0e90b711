// Helpers shared by the export package's tests: running the built CLI, reading SVG as XML, looking at PDFs through
// poppler (the same tools a person would use). Not part of the published package.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { assertPolicy, type Policy } from '@privacy-label-kit/schema';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';

const run = promisify(execFile);

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = join(packageDir, '..', '..');
export const cliPath = join(packageDir, 'dist', 'cli.js');
export const examplePath = (name: string) => join(repoRoot, 'assets', 'examples', `${name}.json`);

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `privacy-label` from its build output, as a user's shell would (no TTY, English unless LANG says ko); as
 * another user with `as` (a test running as root, to whom every folder is writable).
 */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  as?: { uid: number; gid: number },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...env },
      ...(as ?? {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder, removed after the test file. */
export async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'privacy-label-test-'));
  afterAll(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** An example policy from assets/examples, validated (throws when it is not valid). */
export const example = (name: string): Policy => assertPolicy(readExample(name));

/** pdftotext puts layout spaces between words; compare words, not spacing. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * A fresh temporary folder for the test file (made before its tests, removed after), and a function that writes
 * `data` to `name` in it and returns the file's path.
 */
export function savesToTemporaryFolder(): (name: string, data: Uint8Array) => Promise<string> {
  let folder: string | undefined;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });
  return async (name, data) => {
    if (!folder) throw new Error('the temporary folder is made before the tests run');
    const file = join(folder, name);
    await writeFile(file, data);
    return file;
  };
}

/** Every file under `folder`, as forward-slash paths relative to it, sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const dom = new JSDOM('');

/** Parses SVG text as XML; throws with the parser's message when it is not well-formed. */
export function parseSvg(text: string): Document {
  const document = new dom.window.DOMParser().parseFromString(text, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return document;
}

/** The text layer in content-stream order, which is the reading order the exporter writes. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  return stdout;
}

/** The tagged structure tree as poppler reads it: one element per line, indented, with its text in quotes. */
export async function pdfStructure(file: string): Promise<string> {
  const { stdout } = await run('pdfinfo', ['-struct-text', file]);
  return stdout;
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black, 255 = white. */
  pixels: Uint8Array;
}

/** Renders page 1 of a PDF with poppler to a greyscale image (PGM), the way a viewer would show it. */
export async function renderPdfPage(file: string, dpi: number): Promise<GreyImage> {
  const { stdout } = await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', file], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return parsePgm(stdout);
}

function parsePgm(data: Buffer): GreyImage {
  // "P5\n<width> <height>\n<maxval>\n" then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

/** How many pixels in a rectangle (fractions of the image) are darker than mid-grey: ink actually on the page. */
export function inkInRegion(
  image: GreyImage,
  region: { left: number; top: number; right: number; bottom: number },
): number {
  let count = 0;
  const x0 = Math.floor(region.left * image.width);
  const x1 = Math.ceil(region.right * image.width);
  const y0 = Math.floor(region.top * image.height);
  const y1 = Math.ceil(region.bottom * image.height);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if (image.pixels[y * image.width + x]! < 128) count++;
  }
  return count;
}

export const readText = (file: string) => readFile(file, 'utf8');

/**
 * The small shop's policy as a file saved from a Korean Windows editor in EUC-KR/CP949: its Korean title is the
 * EUC-KR bytes of 가게 (B0 A1 B0 D4), the rest ASCII-safe UTF-8. With the line and column of the first such byte.
 */
export function eucKrPolicy(): { bytes: Uint8Array; line: number; column: number } {
  const input = readExample('small-shop') as { title: { ko: string } };
  input.title.ko = 'MARK';
  const [before, after] = JSON.stringify(input, null, 2).split('MARK') as [string, string];
  const encoder = new TextEncoder();
  const bytes = new Uint8Array([...encoder.encode(before), 0xb0, 0xa1, 0xb0, 0xd4, ...encoder.encode(after)]);
  const lines = before.split('\n');
  return { bytes, line: lines.length, column: lines.at(-1)!.length + 1 };
}
