// How a CLI run must report: shared by the spawned-process and the in-process CLI fuzz.
import { markerIn } from './marker.js';

/** What one CLI run printed and returned. */
export type CliRun = { code: number | null; stdout: string; stderr: string };

/** The counts an importer's summary line adds up: every row read is one of them. */
const COUNTED = [
  'imported',
  'rejected',
  'closed',
  'not yet open',
  'in other LAs',
  'not school places',
  'suppressed',
  'left out',
];

/** What is wrong with an import's summary line (`f.csv: 5 rows read, 3 imported, ...`), if anything. */
export function importSummaryProblem(stderr: string): string | undefined {
  const line = /: ([\d,]+) rows read, (.*)$/m.exec(stderr);
  if (!line) return 'no summary line (N rows read, ...)';
  let counted = 0;
  const whole = (text: string) => Number(text.replaceAll(',', ''));
  for (const m of line[2].matchAll(/([\d,]*\d) ([a-zA-Z ]+?)(?=[,;]|$)/g))
    if (COUNTED.includes(m[2].trim())) counted += whole(m[1]);
  return counted === whole(line[1]) ? undefined : `summary does not add up: ${line[0].slice(2)}`;
}

/**
 * What is wrong with how a run reported its input, or undefined when it is right: never a stack
 * trace or a child's field; exit 2 with only `error:` lines (and the count and usage footers) for bad
 * input; exit 0 allowed when `allowSuccess` (a break that did no harm), and for an import only with
 * warnings and a summary whose counts add up to the rows read.
 */
export function reportProblem(run: CliRun, allowSuccess: boolean, isImport = false): string | undefined {
  const all = `${run.stdout}\n${run.stderr}`;
  if (/^\s{4}at /m.test(all)) return 'printed a stack trace';
  const marker = markerIn(all);
  if (marker) return `printed a child's field (${marker})`;
  if (run.code === 0 && isImport) {
    // An import lists the rows it could not read as warnings and still imports the rest: no row lost.
    const stray = run.stderr
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^(warning|default): /.test(l) && !/: [\d,]+ rows read, /.test(l));
    if (stray.length > 0)
      return `stderr lines that are neither a warning nor the summary: ${JSON.stringify(stray.slice(0, 3))}`;
    return importSummaryProblem(run.stderr);
  }
  if (run.code === 0 && allowSuccess) return undefined;
  if (run.code !== 2) return `exit code ${run.code}, expected 2`;
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  const errors = lines.filter((l) => l.startsWith('error: '));
  if (errors.length === 0) return 'no error: line';
  const others = lines.filter(
    (l) =>
      !l.startsWith('error: ') &&
      !/problems?; nothing was run\.$/.test(l) &&
      !/^Run 'send-placement .*--help' for usage\.$/.test(l) &&
      // The summary of a long list: the problems that repeat most, each with how many lines have it.
      !/^The most frequent:$/.test(l) &&
      !/^ {2}[\d,]+ × /.test(l),
  );
  if (others.length > 0) return `lines that are not one problem each: ${JSON.stringify(others.slice(0, 3))}`;
  const stated = /([\d,]+) problems?; nothing was run\.$/m.exec(run.stderr);
  if (stated && Number(stated[1].replaceAll(',', '')) > errors.length)
    return `says ${stated[1]} problems but prints ${errors.length} error lines`;
  return undefined;
}
