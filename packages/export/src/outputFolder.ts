import { createHash, randomBytes } from 'node:crypto';
import { close, fsync, lstatSync, open, unlinkSync, write } from 'node:fs';
import { lstat, mkdir, readdir, rename, rm, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

const openFile = promisify(open);
const writeToFile = (fd: number, data: Uint8Array, offset: number, length: number, position: number) =>
  new Promise<number>((resolve, reject) =>
    write(fd, data, offset, length, position, (error, written) => (error ? reject(error) : resolve(written))),
  );
const syncFile = promisify(fsync);
const closeFile = promisify(close);

/**
 * Temporary files are dot-files with this shape, in the folder of the file they become. A run that is killed
 * leaves at most these behind (never a half-written file under a final name); the next `--force` run removes them.
 */
export const temporaryFilePattern = /^\.privacy-label-[0-9a-f]{12}\.tmp$/;

export class OutputFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly reason: 'not-empty' | 'not-a-folder' | 'unsafe-path',
    message: string,
  ) {
    super(message);
    this.name = 'OutputFolderError';
  }
}

export interface WrittenFile {
  /** Path relative to the output folder, with forward slashes on every system. */
  path: string;
  bytes: number;
  sha256: string;
}

/** Checks the output folder before anything is written: it must be empty, or `force` must be given. */
export async function prepareOutputFolder(folder: string, force: boolean): Promise<void> {
  const root = resolve(folder);
  let entries: string[] = [];
  try {
    const stats = await lstat(root);
    if (!stats.isDirectory()) {
      throw new OutputFolderError(root, 'not-a-folder', `${root} exists and is not a folder`);
    }
    entries = await readdir(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (entries.length > 0 && !force) {
    throw new OutputFolderError(
      root,
      'not-empty',
      `${root} is not empty; choose an empty folder or pass --force to overwrite the files in it`,
    );
  }
  await mkdir(root, { recursive: true });
  if (force) await removeTemporaryFiles(root);
}

/** Removes temporary files a killed run left behind anywhere under `root` (and nothing else). */
export async function removeTemporaryFiles(root: string): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile() || !temporaryFilePattern.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    await rm(path, { force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * Writes files under one folder, each atomically: into a temporary file beside it, flushed to disk (fsync), then
 * renamed over the final name, so a crash, a kill or a full disk never leaves a truncated file that looks finished.
 * Paths are checked to stay inside the folder.
 */
export class AtomicFileWriter {
  readonly root: string;
  private readonly folders = new Map<string, Promise<void>>();
  private readonly pendingTemporaryFiles = new Set<string>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The absolute path for `relativePath`, refusing anything that would land outside the folder. */
  resolveInside(relativePath: string): string {
    if (
      isAbsolute(relativePath) ||
      relativePath.split(/[\\/]/).some((part) => part === '..' || part === '')
    ) {
      throw new OutputFolderError(
        this.root,
        'unsafe-path',
        `Refusing to write "${relativePath}": not a plain relative path`,
      );
    }
    const target = resolve(this.root, relativePath);
    const fromRoot = relative(this.root, target);
    if (fromRoot.startsWith('..') || isAbsolute(fromRoot) || !target.startsWith(this.root + sep)) {
      throw new OutputFolderError(
        this.root,
        'unsafe-path',
        `Refusing to write "${relativePath}" outside ${this.root}`,
      );
    }
    return target;
  }

  /** Creates `folder` (and its parents) once, even when several writes ask for it at the same time. */
  private ensureFolder(folder: string): Promise<void> {
    if (folder === this.root) return Promise.resolve();
    let ready = this.folders.get(folder);
    if (!ready) {
      ready = this.createFolder(folder);
      this.folders.set(folder, ready);
    }
    return ready;
  }

  private async createFolder(folder: string): Promise<void> {
    await this.ensureFolder(dirname(folder));
    try {
      const stats = await lstat(folder);
      // A symbolic link inside the output folder could point anywhere; following it would write outside.
      if (!stats.isDirectory()) {
        throw new OutputFolderError(
          this.root,
          'unsafe-path',
          `Refusing to write into ${folder}: not a plain folder`,
        );
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(folder);
    }
  }

  async write(relativePath: string, data: Uint8Array | string): Promise<WrittenFile> {
    const target = this.resolveInside(relativePath);
    await this.ensureFolder(dirname(target));
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const temporary = join(dirname(target), `.privacy-label-${randomBytes(6).toString('hex')}.tmp`);
    this.pendingTemporaryFiles.add(temporary);
    try {
      // Plain file descriptors rather than fs/promises FileHandles: a FileHandle costs about a third of a
      // millisecond of main-thread time to set up, which adds up over hundreds of files.
      const fd = await openFile(temporary, 'wx', 0o644);
      try {
        let written = 0;
        while (written < bytes.byteLength) {
          written += await writeToFile(fd, bytes, written, bytes.byteLength - written, written);
        }
        await syncFile(fd);
      } finally {
        await closeFile(fd);
      }
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw error;
    } finally {
      this.pendingTemporaryFiles.delete(temporary);
    }
    return {
      path: relativePath.split(sep).join('/'),
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  }

  /** Deletes a file this writer is responsible for (a stale output of an earlier run), if it is a plain file. */
  async remove(relativePath: string): Promise<boolean> {
    const target = this.resolveInside(relativePath);
    try {
      if (!(await lstat(target)).isFile()) return false;
      await unlink(target);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Synchronously removes temporary files still being written, for a signal handler (Ctrl+C) that is about to
   * exit the process.
   */
  removePendingTemporaryFilesSync(): void {
    for (const temporary of this.pendingTemporaryFiles) {
      try {
        if (lstatSync(temporary).isFile()) unlinkSync(temporary);
      } catch {
        // Already renamed or never created: nothing to clean.
      }
    }
    this.pendingTemporaryFiles.clear();
  }
}
