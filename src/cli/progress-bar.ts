import type { CliIo } from './cli-io.js';

/** A progress bar for a long run: call `tick` as work is done and `done` at the end. */
export type ProgressBar = {
  /** Marks `n` more units of work done (default 1). */
  tick: (n?: number) => void;
  /** Clears the bar. Safe to call twice. */
  done: () => void;
};

/** Redraw at most this often: a terminal cannot show faster changes and writes cost time. */
const REDRAW_MS = 100;

/**
 * A progress bar on standard error, drawn only when standard error is a terminal, so that piped
 * and logged runs stay silent and standard output stays clean data.
 *
 * @param io where to draw, and whether it is a terminal
 * @param label what is being done ("ranking", "simulating")
 * @param total units of work in the whole run
 * @param now clock in milliseconds (tests pass a fake one)
 * @example
 * const bar = createProgressBar(io, 'ranking', 2000);
 * for (const child of children) { rank(child); bar.tick(); }
 * bar.done();
 * // on a terminal: "ranking [##########----------]  50% 1000/2000", redrawn in place
 */
export function createProgressBar(io: CliIo, label: string, total: number, now: () => number = Date.now): ProgressBar {
  if (!io.stderrIsTty || total <= 0) return { tick: () => {}, done: () => {} };
  let count = 0;
  let lastDraw = -Infinity;
  let finished = false;
  const draw = () => {
    const share = Math.min(1, count / total);
    const width = Math.max(10, Math.min(40, io.columns - label.length - 30));
    const filled = Math.round(share * width);
    const percent = String(Math.floor(share * 100)).padStart(3);
    io.stderr(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${count}/${total}`);
  };
  return {
    tick(n = 1) {
      if (finished) return;
      count += n;
      const t = now();
      if (t - lastDraw >= REDRAW_MS || count >= total) {
        lastDraw = t;
        draw();
      }
    },
    done() {
      if (finished) return;
      finished = true;
      io.stderr('\r\x1b[2K');
    },
  };
}
