// Reading the candidates file for plan-capacity, and pointing the library's problems at its lines.
import { describe, expect, it } from 'vitest';
import { candidateIssuesInFile, readCandidatesInput } from '../../src/cli/read-candidates-input.js';
import { memoryIo } from './support/memory-io.js';

describe('readCandidatesInput', () => {
  it('reads the bundled Kent candidates with their lines', async () => {
    const { records, lines } = await readCandidatesInput(memoryIo(), 'data/kent/capacity-candidates.csv');
    expect(records).toHaveLength(10);
    expect(lines.slice(0, 3)).toEqual([2, 3, 4]);
  });

  it('returns the rows that read and every problem of those that do not, with lines', async () => {
    const io = memoryIo();
    io.written.set(
      'mixed.csv',
      'id,setting,need,year,maxPlaces,capitalGbpPerPlace\na,srp,,2027,5,10\nb,srp,,2027,5,-1\n',
    );
    const { records, lines, problems } = await readCandidatesInput(io, 'mixed.csv');
    expect(records.map((r) => r.id)).toEqual(['a']);
    expect(lines).toEqual([2]);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'capitalGbpPerPlace',
        message: 'capitalGbpPerPlace must be 0 or more',
      }),
    ]);
  });

  it('rejects a file with no candidates', async () => {
    const io = memoryIo();
    io.written.set('empty.csv', 'id,setting,need,year,maxPlaces,capitalGbpPerPlace\n');
    await expect(readCandidatesInput(io, 'empty.csv')).rejects.toMatchObject({
      issues: [{ path: '(root)', message: 'holds no candidates' }],
    });
  });
});

describe('candidateIssuesInFile', () => {
  it("points candidates[i].field at the file's line and column, and leaves other problems alone", () => {
    const issues = [
      { path: 'candidates[2].year', message: 'year must be from 2026 to 2030' },
      { path: 'step', message: 'use a larger step' },
    ];
    expect(candidateIssuesInFile(issues, [2, 3, 4])).toEqual({
      inFile: [{ path: 'year', line: 4, column: 'year', message: 'year must be from 2026 to 2030' }],
      other: [{ path: 'step', message: 'use a larger step' }],
    });
  });
});
