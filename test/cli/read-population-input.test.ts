import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/input-error.js';
import { readPopulationInput } from '../../src/cli/read-population-input.js';
import { memoryIo } from './support/memory-io.js';

describe('readPopulationInput', () => {
  it('reads a population file as a population whose source names the file (its doc example)', async () => {
    const { value, notes } = await readPopulationInput(memoryIo(), 'data/birth-to-25/population.csv');
    expect(value.records.length).toBe(546);
    expect(value.source).toBe('population file data/birth-to-25/population.csv');
    expect(notes).toEqual([]);
  });

  it('lists the rows it could not read, and refuses a file with none', async () => {
    const io = memoryIo();
    io.written.set('p.csv', 'calendar-year,academic-year,population\n2026,0,10\n2026,25,10\n');
    const { value, notes } = await readPopulationInput(io, 'p.csv');
    expect(value.records).toHaveLength(1);
    expect(notes).toEqual([
      'warning: p.csv line 3, academic-year: must be an academic (NC) year from -5 to 20: birth to 25 ' +
        '(row not imported)',
    ]);
    io.written.set('empty.csv', 'year,age\n2026,0\n');
    await expect(readPopulationInput(io, 'empty.csv')).rejects.toThrow(InputError);
  });
});
