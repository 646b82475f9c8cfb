import { SETTINGS, type Setting, type Transition } from '../schema/transition.js';

/** Children at one January census, by setting and in total. */
export type CensusCounts = Record<Setting | 'total', number>;

/**
 * Whether a history records the census of `year`: the records of the year before give it (their
 * setting-2), or else those of the year itself (their setting-1). A year with neither is not a
 * census of 0 children but one the history lacks, and censusCounts would count it as 0.
 *
 * @param recordYears the calendar years of the history's records
 * @example
 * holdsCensus(new Set([2018, 2021]), 2019); // true: the records of 2018 end at it
 * holdsCensus(new Set([2018, 2021]), 2020); // false: no records of 2019 or 2020
 */
export function holdsCensus(recordYears: ReadonlySet<number>, year: number): boolean {
  return recordYears.has(year - 1) || recordYears.has(year);
}

/**
 * The census of `year` as a history records it: where the children of the records of `year - 1`
 * went (their setting-2), or, for the first census of a history (or after a gap), where the
 * children of the records of `year` were (their setting-1).
 *
 * @example
 * censusCounts([{ calendarYear: 2023, setting1: 'new', setting2: 'srp', need2: 'ASD', ncYear2: 7 }], 2024).srp; // 1
 */
export function censusCounts(records: readonly Transition[], year: number): CensusCounts {
  const counts = Object.fromEntries([...SETTINGS, 'total'].map((s) => [s, 0])) as CensusCounts;
  const after = records.some((r) => r.calendarYear === year - 1);
  for (const r of records) {
    const setting = after
      ? r.calendarYear === year - 1 && r.setting2 !== 'left'
        ? r.setting2
        : undefined
      : r.calendarYear === year && r.setting1 !== 'new'
        ? r.setting1
        : undefined;
    if (setting === undefined) continue;
    counts[setting]++;
    counts.total++;
  }
  return counts;
}
