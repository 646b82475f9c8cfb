// Child records carrying a marker in every field other than the id (and in extra fields), for the
// privacy tests: no error, warning, rejection or log may ever contain the marker.
import { CHILD_COLUMNS } from '../../../src/io/children-csv.js';

/** The text marker; distinctive enough never to appear by chance. */
export const MARKER = 'MARKER-7f3a9c';
/** Numeric markers: valid-looking numbers whose digits must never be echoed either. */
export const NUMBER_MARKERS = { lat: 51.87654321, distance: -987.6543219 };
/** Everything that must not appear in an error or a log. */
export const MARKER_TEXTS = [MARKER, '87654321', '987.654321'];

/** Which marker text `text` contains, if any. */
export function markerIn(text: string): string | undefined {
  return MARKER_TEXTS.find((m) => text.includes(m));
}

const home = { lat: 51.2, lon: 1.0 };

/**
 * Children with the marker in their fields: every field bad; one field bad among good ones; all valid but free text.
 */
export const MARKED_CHILDREN: Record<string, unknown>[] = [
  {
    id: 'C-marked-1',
    primaryNeed: MARKER,
    secondaryNeeds: [MARKER],
    ncYear: MARKER,
    sex: MARKER,
    home: { lat: MARKER, lon: MARKER },
    residential: MARKER,
    namedSchoolUrn: MARKER,
    maxDistanceKm: MARKER,
    name: MARKER,
    notes: MARKER,
  },
  { id: 'C-marked-2', primaryNeed: 'ASD', ncYear: 7, home, sex: MARKER, namedSchoolUrn: MARKER, name: MARKER },
  {
    id: 'C-marked-3',
    primaryNeed: 'ASD',
    ncYear: 7,
    home: { lat: NUMBER_MARKERS.lat, lon: 1 },
    maxDistanceKm: NUMBER_MARKERS.distance,
    name: MARKER,
  },
  { id: 'C-marked-4', primaryNeed: 'SEMH', secondaryNeeds: ['ASD', MARKER], ncYear: 21, home, name: MARKER },
  {
    id: 'C-marked-5',
    primaryNeed: 'ASD',
    ncYear: 7,
    home: { lat: NUMBER_MARKERS.lat, lon: 1 },
    namedSchoolUrn: MARKER,
    name: MARKER,
    notes: MARKER,
  },
];

/** Lists of marked children: each alone, all together, and one repeated (a duplicate id). */
export const MARKED_CHILD_LISTS: unknown[] = [
  ...MARKED_CHILDREN.map((c) => [c]),
  MARKED_CHILDREN,
  [MARKED_CHILDREN[1], MARKED_CHILDREN[1]],
  [MARKED_CHILDREN[4], { ...MARKED_CHILDREN[4], ncYear: MARKER }],
];

/** The marked children as a CSV file with every child column and extra free-text columns. */
export function markedChildrenCsv(): string {
  const columns = [...Object.keys(CHILD_COLUMNS), 'name', 'notes'];
  const cell = (v: unknown) => {
    const text = Array.isArray(v) ? v.join(';') : v === undefined ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = MARKED_CHILDREN.map((child) =>
    columns.map((col) => {
      const [head, tail] = col.split('.');
      const v = (child as Record<string, unknown>)[head];
      return cell(tail ? (v as Record<string, unknown> | undefined)?.[tail] : v);
    }),
  );
  // A row with a broken quote and one with too many cells, both carrying the marker.
  const broken = [`C-marked-7,ASD,,7,,51,1,,,,${MARKER},${MARKER},${MARKER}`, `C-marked-6,"${MARKER}`];
  return [
    columns.join(','),
    ...rows.map((r) => r.join(',')),
    `C-marked-2,${rows[1].slice(1).join(',')}`,
    ...broken,
  ].join('\r\n');
}

/**
 * Child-level transition records (one child's move from one year to the next) with the marker in
 * a field each, and in an extra free-text field: a transition carries no id, so nothing of it may
 * be echoed.
 */
export const MARKED_TRANSITIONS: Record<string, unknown>[] = [
  {
    calendarYear: 2023,
    setting1: 'mainstream',
    need1: MARKER,
    ncYear1: 6,
    setting2: 'independent',
    need2: 'ASD',
    ncYear2: 7,
    name: MARKER,
  },
  { calendarYear: 2023, setting1: MARKER, need1: 'ASD', ncYear1: 6, setting2: 'srp', need2: 'ASD', ncYear2: 7 },
  { calendarYear: MARKER, setting1: 'new', setting2: MARKER, need2: 'SEMH', ncYear2: 3 },
  {
    calendarYear: 2024,
    setting1: 'srp',
    need1: 'ASD',
    ncYear1: NUMBER_MARKERS.distance,
    setting2: 'left',
    notes: MARKER,
  },
  {
    calendarYear: 2024,
    setting1: 'srp',
    need1: 'ASD',
    ncYear1: 5,
    setting2: 'srp',
    need2: 'ASD',
    ncYear2: 6,
    notes: MARKER,
  },
];

/** Lists of marked transitions: each alone among valid ones, and all together. */
export const MARKED_TRANSITION_LISTS: unknown[] = [
  ...MARKED_TRANSITIONS.map((t) => [
    { calendarYear: 2023, setting1: 'srp', need1: 'ASD', ncYear1: 6, setting2: 'srp', need2: 'ASD', ncYear2: 7 },
    t,
  ]),
  MARKED_TRANSITIONS,
];

/**
 * A child-level transitions file (witan.send layout) with the marker in cells of every column and in a free-text
 * column.
 */
export function markedTransitionsCsv(): string {
  const header = 'calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2,notes';
  const rows = [
    `2023,MMS,${MARKER},6,ISS,ASD,7,${MARKER}`,
    `2023,${MARKER},ASD,6,ISS,ASD,7,${MARKER}`,
    `2023,MMS,ASD,${MARKER},ISS,ASD,7,`,
    `${MARKER},MMS,ASD,6,ISS,ASD,7,`,
    `2023,MMS,ASD,6,${MARKER},${MARKER},${MARKER},`,
    `2023,MMS,ASD,6,ISS,ASD,${NUMBER_MARKERS.distance},`,
    `2023,MMS,ASD,6,ISS,ASD,"${MARKER}`,
    `2023,MMS,ASD,6,ISS,ASD,7,${MARKER},${MARKER}`,
    `2023,NONSEND,,,ISS,ASD,7,${MARKER}`,
  ];
  return [header, ...rows].join('\r\n');
}
