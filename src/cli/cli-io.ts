import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Everything the command touches outside itself: its output streams, whether they are terminals,
 * the environment and the file system. Passed in so tests can run a command in-process and see
 * exactly what a user would.
 */
export type CliIo = {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Whether standard output is a terminal: decides the default format (table, else JSON). */
  stdoutIsTty: boolean;
  /** Whether standard error is a terminal: progress bars are drawn only then. */
  stderrIsTty: boolean;
  /** Terminal width in columns, for the progress bar. */
  columns: number;
  /** Environment variables (`SEND_PLACEMENT_DEBUG=1` shows stacks of runtime failures). */
  env: Record<string, string | undefined>;
  /** Directory relative file names are resolved against. */
  cwd: string;
  /** Reads a whole file as bytes. */
  readFile: (path: string) => Promise<Uint8Array>;
  /**
   * A file's size in bytes, asked before reading so a file over the size limit fails without being
   * read. Optional for in-memory test doubles: without it the size is checked after reading.
   */
  fileSize?: (path: string) => Promise<number>;
  /** Writes a whole file (text or bytes). */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /**
   * Whether a path is an existing folder, asked for the folder of --out before a long run so a typo fails at
   * once. Optional for in-memory test doubles: without it the folder is found missing only when writing.
   */
  isFolder?: (path: string) => Promise<boolean>;
  /**
   * Who an existing file is (its device and inode), so that two names of one file (`./kids.csv`, a link to it)
   * compare equal when --out is checked against the inputs; undefined when there is no such file. Optional for
   * in-memory test doubles: without it names are compared as resolved paths.
   */
  fileId?: (path: string) => Promise<string | undefined>;
};

/**
 * The real process's streams, environment and files.
 *
 * @example
 * const io = processIo();
 * io.stdout('hello\n'); // prints "hello"
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    columns: process.stderr.columns ?? 80,
    env: process.env,
    cwd: process.cwd(),
    readFile: async (path) => new Uint8Array(await readFile(resolve(process.cwd(), path))),
    fileSize: async (path) => (await stat(resolve(process.cwd(), path))).size,
    writeFile: (path, data) => writeFile(resolve(process.cwd(), path), data),
    isFolder: async (path) => {
      try {
        return (await stat(resolve(process.cwd(), path))).isDirectory();
      } catch {
        return false;
      }
    },
    fileId: async (path) => {
      try {
        const s = await stat(resolve(process.cwd(), path));
        return `${s.dev}:${s.ino}`;
      } catch {
        return undefined;
      }
    },
  };
}
