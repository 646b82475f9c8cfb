import { formatCount } from '../report/figure-format.js';

/**
 * The start of an import's summary line: the file, then its rows read, imported and rejected, grouped as a planner
 * reads a count (16,031 rows, not 16031), the same in every import.
 *
 * @example
 * readImported('history.csv', { read: 16031, imported: 16030, rejected: 1 });
 * // 'history.csv: 16,031 rows read, 16,030 imported, 1 rejected'
 */
export function readImported(file: string, s: { read: number; imported: number; rejected: number }): string {
  const [read, imported, rejected] = [s.read, s.imported, s.rejected].map(formatCount);
  return `${file}: ${read} rows read, ${imported} imported, ${rejected} rejected`;
}
