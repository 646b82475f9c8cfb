import { describe, expect, it } from 'vitest';
import { readImported } from '../../src/cli/read-imported.js';
import { runCommand } from './support/run-command.js';

describe('readImported', () => {
  it('groups the counts of an import summary as a planner reads them: 16,031 rows, not 16031', () => {
    expect(readImported('history.csv', { read: 16031, imported: 16030, rejected: 1 })).toBe(
      'history.csv: 16,031 rows read, 16,030 imported, 1 rejected',
    );
  });

  it('is the summary import transitions prints for the Kent history', async () => {
    const args = ['import', 'transitions', '--file', 'data/kent/transitions-history.csv'];
    const { code, err } = await runCommand([...args, '--settings', 'data/kent/setting-codes.csv', '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toContain('data/kent/transitions-history.csv: 16,031 rows read, 16,031 imported, 0 rejected');
  });
});
