// Headless Chromium for the browser tests: Debian's package, started with the network off. Tests
// skip with a message when it is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The Chromium binary, or undefined when none is installed. */
export const chromium = CANDIDATES.find((p): p is string => p !== undefined && existsSync(p));

/** Why the browser tests are skipped, when they are. */
export const NO_CHROMIUM =
  "browser test skipped: Chromium not found (install Debian's `chromium`, or set CHROMIUM_PATH)";

/**
 * Loads `html` from a file in headless Chromium with the network off and returns the DOM after the
 * load event (--dump-dom), with extra flags such as `--window-size=390,844`.
 */
export function dumpDom(
  html: string,
  flags: readonly string[] = [],
): { status: number | null; dom: string; stderr: string } {
  if (!chromium) throw new Error(NO_CHROMIUM);
  const dir = mkdtempSync(join(tmpdir(), 'send-placement-chromium-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    const run = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        ...flags,
        '--dump-dom',
        `file://${file}`,
      ],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 },
    );
    return { status: run.status, dom: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
