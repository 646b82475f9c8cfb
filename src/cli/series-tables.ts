import type { FigureKind } from '../report/figure-format.js';
import type { Table } from './format-output.js';

/**
 * The tables of a command's result over several series: one table with a series column when every series reads
 * the same way (all children, all £), else one table a series titled with its name, so that no series is written in
 * another's unit (placements as £0.000m under a spend series).
 *
 * @param done the series that ran, each with its name and how its values read
 * @param many whether the file held several series (a series column then names each row)
 * @param table one table of the given series, written as `kind`, with a series column when `withSeries`
 * @example
 * seriesTables([{ name: 'Spend', kind: 'gbp' }, { name: 'Placements', kind: 'count' }], true, table);
 * // [table([Spend], 'gbp', false) titled 'Spend', table([Placements], 'count', false) titled 'Placements']
 */
export function seriesTables<T extends { name: string; kind: FigureKind }>(
  done: readonly T[],
  many: boolean,
  table: (items: readonly T[], kind: FigureKind, withSeries: boolean) => Table,
): Table[] {
  if (!many || done.every((d) => d.kind === done[0].kind)) return [table(done, done[0].kind, many)];
  return done.map((d) => ({ ...table([d], d.kind, false), title: d.name }));
}
