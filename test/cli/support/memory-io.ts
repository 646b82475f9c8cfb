import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../../../src/cli/cli-io.js';

/** A CliIo that reads real files (fixtures) but keeps everything written in memory, for in-process runs. */
export type MemoryIo = CliIo & { out: () => string; err: () => string; written: Map<string, string | Uint8Array> };

export function memoryIo(options: { tty?: boolean; env?: Record<string, string> } = {}): MemoryIo {
  let out = '';
  let err = '';
  const written = new Map<string, string | Uint8Array>();
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdoutIsTty: options.tty ?? false,
    stderrIsTty: options.tty ?? false,
    columns: 80,
    env: options.env ?? {},
    cwd: process.cwd(),
    readFile: async (path) => {
      if (written.has(path)) {
        const data = written.get(path) as string | Uint8Array;
        return typeof data === 'string' ? new TextEncoder().encode(data) : data;
      }
      return new Uint8Array(await readFile(resolve(process.cwd(), path)));
    },
    writeFile: async (path, data) => void written.set(path, data),
    out: () => out,
    err: () => err,
    written,
  };
}

/** Fixture path relative to the repository root (tests run there). */
export const fixture = (name: string) => `test/cli/fixtures/${name}`;
