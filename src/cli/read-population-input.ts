import { importPopulation } from '../index.js';
import type { Population } from '../index.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './input-error.js';
import { type ExpectedLayout, layoutIssue, nothingImported } from './nothing-imported.js';
import { type InputWithNotes, rejectionNotes } from './read-history-input.js';
import { readBytes } from './read-input.js';

const POPULATION_LAYOUT: ExpectedLayout = {
  required: ['calendar-year', 'academic-year', 'population'],
  what: 'a population file',
  instead: 'give a CSV of calendar-year,academic-year,population: the population of each NC year, year by year',
};

/**
 * Reads a population file (`calendar-year,academic-year,population`) as a Population whose source
 * names the file. Bad rows are listed with their line and column and the rest are read; a year the
 * backtest then needs but the file lacks is reported by the library, naming the years.
 *
 * @throws InputError when no row can be read
 * @example
 * const { value } = await readPopulationInput(io, 'data/birth-to-25/population.csv');
 * value.records.length; // 546
 */
export async function readPopulationInput(io: CliIo, file: string): Promise<InputWithNotes<Population>> {
  const bytes = await readBytes(io, file);
  const result = importPopulation(bytes);
  if (result.records.length === 0) {
    const layout = layoutIssue(bytes, POPULATION_LAYOUT);
    throw layout ? new InputError(file, [layout]) : nothingImported(file, result.rejected, undefined);
  }
  return {
    value: { source: `population file ${file}`, records: result.records },
    notes: [...rejectionNotes(file, result.rejected), ...result.warnings.map((w) => `warning: ${file}: ${w}`)],
  };
}
