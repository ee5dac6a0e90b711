import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface TestServer {
  /** e.g. `http://127.0.0.1:43817` */
  origin: string;
  /** Serves `body` at `path` (e.g. '/policy/ko-light.html'); the content type follows the extension. */
  page(path: string, body: string | Uint8Array, contentType?: string): string;
  /** Serves the file at `filePath` (absolute) at `path`, read on each request. */
  file(path: string, filePath: string): string;
  /** Serves every file under the folder `directory` below the URL prefix `prefix` (e.g. '/storybook/'). */
  folder(prefix: string, directory: string): string;
  close(): Promise<void>;
}

/**
 * A tiny HTTP server on 127.0.0.1 and a random port for browser tests: Chromium loads fonts and scripts for pages
 * served over http, not for `setContent` or file:// pages. Unknown paths answer 404.
 */
export async function startTestServer(): Promise<TestServer> {
  const pages = new Map<string, { body: string | Uint8Array; contentType: string }>();
  const files = new Map<string, string>();
  const folders = new Map<string, string>();
  const typeOf = (path: string) => contentTypes[extname(path)] ?? 'application/octet-stream';

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': page.contentType, 'cache-control': 'no-store' });
      response.end(page.body);
      return;
    }
    const filePath = files.get(path) ?? fileInFolder(path);
    if (filePath) {
      try {
        const body = await readFile(filePath);
        response.writeHead(200, { 'content-type': typeOf(filePath), 'cache-control': 'no-store' });
        response.end(body);
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        response.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' });
        response.end(`Cannot read ${filePath}: ${(error as Error).message}`);
      }
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`Not found: ${path}`);
  });

  function fileInFolder(path: string): string | undefined {
    for (const [prefix, directory] of folders) {
      if (!path.startsWith(prefix)) continue;
      const relative = normalize(decodeURIComponent(path.slice(prefix.length)) || 'index.html');
      // Never serve anything outside the folder, whatever the URL says.
      if (relative.startsWith('..') || relative.includes(`${sep}..`)) return undefined;
      return join(directory, relative.endsWith(sep) ? `${relative}index.html` : relative);
    }
    return undefined;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    page(path, body, contentType) {
      pages.set(path, { body, contentType: contentType ?? typeOf(path) });
      return origin + path;
    },
    file(path, filePath) {
      files.set(path, filePath);
      return origin + path;
    },
    folder(prefix, directory) {
      const normalised = prefix.endsWith('/') ? prefix : `${prefix}/`;
      folders.set(normalised, directory);
      return origin + normalised;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
