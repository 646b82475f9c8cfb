import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/input-error.js';
import { keepingNotes } from '../../src/cli/keeping-notes.js';
import { reportError } from '../../src/cli/report-error.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { memoryIo } from './support/memory-io.js';

const NOTE = 'warning: h.csv line 2, calendar-year: ... (row not imported)';

describe('keepingNotes', () => {
  it('gives an input error the notes of the inputs read before it (its doc example)', async () => {
    const run = async () => {
      throw new InputError('h.csv', [{ path: '(root)', message: 'holds 1 record year' }]);
    };
    expect(await keepingNotes([NOTE], run).catch((e) => e.notes)).toEqual([NOTE]);
  });

  it('prints the notes before the error, for a usage error too', async () => {
    const error = await keepingNotes([NOTE], async () => {
      throw new UsageError('--fit-years must be at most 1', 'backtest-projection');
    }).catch((e: unknown) => e);
    const io = memoryIo();
    expect(reportError(error, io)).toBe(2);
    expect(io.err().split('\n').slice(0, 2)).toEqual([NOTE, 'error: --fit-years must be at most 1']);
  });

  it('returns what the run returns, and leaves other errors as they are', async () => {
    expect(await keepingNotes([NOTE], async () => 42)).toBe(42);
    const failure = new Error('disk full');
    await expect(keepingNotes([NOTE], async () => Promise.reject(failure))).rejects.toBe(failure);
  });
});
