// Opens the Kent report in headless Chromium and checks that it renders: the page loads from a
// file with the network off, every inline SVG draws with a size, and nothing reports an error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kentReport } from './support/kent-report.js';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const chromium = CANDIDATES.find((p): p is string => p !== undefined && existsSync(p));
if (!chromium)
  console.warn("browser test skipped: Chromium not found (install Debian's `chromium`, or set CHROMIUM_PATH)");

// Appended to a copy of the report only: counts the drawn SVGs and any error into the DOM, which --dump-dom prints.
const PROBE = `<script>
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('load', () => {
  const svgs = [...document.querySelectorAll('svg')];
  const drawn = svgs.filter((s) => { const r = s.getBoundingClientRect(); return r.width > 50 && r.height > 50; });
  const out = document.createElement('pre');
  out.id = 'probe';
  const tables = document.querySelectorAll('table').length;
  out.textContent = JSON.stringify({ svgs: svgs.length, drawn: drawn.length, tables, errors: window.__errors });
  document.body.appendChild(out);
});
</script>`;

describe.skipIf(!chromium)('the report in a browser', () => {
  it('renders every chart and table without errors in headless Chromium', async () => {
    const html = await kentReport();
    const dir = mkdtempSync(join(tmpdir(), 'send-placement-report-'));
    try {
      const file = join(dir, 'report.html');
      writeFileSync(file, html.replace('</body>', `${PROBE}</body>`));
      const run = spawnSync(
        chromium as string,
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
          '--dump-dom',
          `file://${file}`,
        ],
        { encoding: 'utf8', timeout: 90_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const probe = /<pre id="probe">([^<]*)<\/pre>/.exec(run.stdout);
      expect(probe, 'the probe did not run').not.toBeNull();
      const result = JSON.parse(probe![1].replace(/&quot;/g, '"'));
      expect(result.errors).toEqual([]);
      expect(result.svgs).toBeGreaterThanOrEqual(5);
      expect(result.drawn).toBe(result.svgs);
      expect(result.tables).toBeGreaterThanOrEqual(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
