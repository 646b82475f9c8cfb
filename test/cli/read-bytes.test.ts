import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/input-error.js';
import { readBytes } from '../../src/cli/read-bytes.js';
import { memoryIo } from './support/memory-io.js';

async function problemOf(io: ReturnType<typeof memoryIo>, file: string) {
  const error = await readBytes(io, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).issues[0];
}

describe('readBytes', () => {
  it('names an Excel workbook by its extension or its first bytes, and says how to save it as CSV UTF-8', async () => {
    const io = memoryIo();
    io.written.set('schools.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    io.written.set('old.csv', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]));
    io.written.set('book.xlsx', 'anything');
    for (const file of ['schools.csv', 'old.csv', 'book.xlsx']) {
      const problem = await problemOf(io, file);
      expect(problem.code).toBe('spreadsheet');
      expect(problem.message).toMatch(/^is an Excel workbook, not a CSV file: .*Save As > "CSV UTF-8/);
    }
  });

  it("says why a file cannot be read from the error's code", async () => {
    const io = memoryIo();
    const failing = (code: string) => ({
      ...io,
      readFile: async () => {
        throw Object.assign(new Error(`${code}: the system's own words`), { code });
      },
    });
    const cases: [string, string][] = [
      ['ENOENT', 'no such file'],
      ['EISDIR', 'is a folder, not a file'],
      ['EACCES', 'permission denied'],
      ['ENOTDIR', 'a part of the path is a file, not a folder'],
      ['EIO', 'cannot be read'],
    ];
    for (const [code, message] of cases) {
      const problem = await problemOf(failing(code) as typeof io, 'x.csv');
      expect(problem).toMatchObject({ message, code: 'unreadable' });
    }
  });
});
