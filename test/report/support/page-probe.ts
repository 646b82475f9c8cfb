// Opens an HTML page in headless Chromium at a given window width and measures it from inside the page: a script
// appended to a copy of the page writes its measurements into the DOM, which --dump-dom prints.
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

/** What the probe measures. */
export type PageMeasure = {
  /** The window's width and the page's scrollable width: wider means the page scrolls sideways. */
  viewportWidth: number;
  pageWidth: number;
  pageHeight: number;
  svgs: number;
  /** SVGs shown (the other layout is hidden) and drawn with a size. */
  drawn: number;
  tables: number;
  /** Tables inside a box that scrolls on its own. */
  tablesInScrollBox: number;
  /** The smallest size, in CSS pixels as drawn, of any text in a shown chart; and how many texts were measured. */
  smallestChartText: number;
  chartTexts: number;
  /** Words (parts between spaces and hyphens) the browser split across two lines, the first few of them. */
  brokenWords: string[];
  errors: string[];
};

// Runs after load. Words are checked part by part: a line may break after a hyphen, never inside a part.
const PROBE = `<script>
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('load', () => {
  const shown = (el) => el.getClientRects().length > 0;
  const svgs = [...document.querySelectorAll('svg')];
  const visible = svgs.filter(shown);
  const drawn = visible.filter((s) => { const r = s.getBoundingClientRect(); return r.width > 50 && r.height > 50; });
  let smallest = Infinity, chartTexts = 0;
  for (const svg of visible) for (const t of svg.querySelectorAll('text')) {
    if (t.textContent.trim() === '') continue;
    const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    if (!(size > 0)) continue; // a text drawn at no size is not read
    smallest = Math.min(smallest, size); chartTexts++;
  }
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement.closest('svg, script, style, pre') || !shown(n.parentElement)) continue;
    const re = /[^\\s\\-]+-?/g;
    for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
      const range = document.createRange();
      range.setStart(n, m.index); range.setEnd(n, m.index + m[0].replace(/-$/, '').length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
  }
  const tables = [...document.querySelectorAll('table')];
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({
    viewportWidth: window.innerWidth, pageWidth: document.documentElement.scrollWidth,
    pageHeight: document.documentElement.scrollHeight, svgs: svgs.length, drawn: drawn.length,
    tables: tables.length,
    tablesInScrollBox: tables.filter((t) => t.parentElement.classList.contains('table-scroll')).length,
    smallestChartText: smallest === Infinity ? 0 : Math.round(smallest * 100) / 100, chartTexts,
    brokenWords: broken.slice(0, 10), errors: window.__errors,
  });
  document.body.appendChild(out);
  if (window.parent !== window) window.parent.postMessage(out.textContent, '*');
});
</script>`;

/**
 * Headless Chromium will not make a window narrower than 500 px, so a phone's width is given to an iframe: the
 * page inside lays out, and runs its media queries, at the iframe's width, and posts its measurements out.
 */
const frameOf = (width: number) => `<!DOCTYPE html><html><body style="margin:0">
<iframe src="page.html" style="border:0;width:${width}px;height:900px"></iframe>
<script>window.addEventListener('message', (e) => {
  const out = document.createElement('pre'); out.id = 'probe'; out.textContent = e.data; document.body.appendChild(out);
});</script></body></html>`;

/**
 * Loads `html` from a file with the network off in a window `width` pixels wide and returns the probe's
 * measurements; throws with Chromium's error output when the page cannot be measured.
 */
export function measurePage(html: string, width: number): PageMeasure {
  if (!chromium) throw new Error('Chromium not found');
  const dir = mkdtempSync(join(tmpdir(), 'send-placement-page-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html.replace('</body>', `${PROBE}</body>`));
    const frame = join(dir, 'frame.html');
    writeFileSync(frame, frameOf(width));
    const run = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--window-size=${Math.max(width, 500) + 20},900`,
        // Give the page time to post its measurements before the DOM is dumped.
        '--virtual-time-budget=30000',
        '--dump-dom',
        `file://${frame}`,
      ],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 },
    );
    const probe = /<pre id="probe">([^<]*)<\/pre>/.exec(run.stdout);
    if (run.status !== 0 || !probe) throw new Error(`Chromium could not measure the page: ${run.stderr.slice(0, 500)}`);
    return JSON.parse(probe[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as PageMeasure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
