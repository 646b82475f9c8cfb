import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/usage-error.js';
import { checkOutFolder, writeOut } from '../../src/cli/write-out.js';
import { memoryIo } from './support/memory-io.js';

const refusing = (code: string) => ({
  ...memoryIo(),
  writeFile: async () => {
    throw Object.assign(new Error(`${code}: open 'x'`), { code });
  },
});

describe('--out', () => {
  it('is checked before the run: a missing folder, or a folder given as the file, is bad usage naming it', async () => {
    const io = { ...memoryIo(), isFolder: async (p: string) => p === 'reports' || p === 'out' };
    await expect(checkOutFolder(io, 'reprots/kent.html', 'report')).rejects.toThrow(
      '--out: the folder reprots does not exist; create it first, or write somewhere else',
    );
    await expect(checkOutFolder(io, 'out', 'report')).rejects.toThrow('--out: out is a folder');
    await expect(checkOutFolder(io, 'reports/kent.html', 'report')).resolves.toBeUndefined();
    await expect(checkOutFolder(io, 'kent.html', 'report')).resolves.toBeUndefined();
  });

  it("turns a refused write into bad usage from the error's code, and passes other failures on", async () => {
    await expect(writeOut(refusing('ENOENT'), 'gone/k.csv', 'x', 'sufficiency')).rejects.toThrow(
      '--out: the folder gone does not exist',
    );
    await expect(writeOut(refusing('EACCES'), '/k.csv', 'x', 'sufficiency')).rejects.toThrow(UsageError);
    const full = await writeOut(refusing('ENOSPC'), 'k.csv', 'x', 'sufficiency').catch((e: unknown) => e);
    expect(full).not.toBeInstanceOf(UsageError);
  });
});
