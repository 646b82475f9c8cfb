import { CHART_DEFAULTS } from './charts/chart-defaults.js';

/** A Vega-Lite specification as plain JSON (kept untyped here so the public types never depend on vega's). */
export type VegaLiteSpec = Record<string, unknown>;

type VegaModule = typeof import('vega');
type VegaLiteModule = typeof import('vega-lite');
let modules: Promise<[VegaModule, VegaLiteModule]> | undefined;

/**
 * Loads vega and vega-lite once, on first use. They are ESM-only packages: a dynamic import() works
 * from both the ESM and the CommonJS build of this entry, and keeps them out of the core's load.
 */
function loadVega(): Promise<[VegaModule, VegaLiteModule]> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]);
  return modules;
}

/** A loader that refuses every fetch: charts carry their data inline, and a report never touches the network. */
const refuse = async (uri: string): Promise<never> => {
  throw new Error(`charts load no external data (asked for ${uri})`);
};
const OFFLINE_LOADER = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

/**
 * Library output must not write to the console; chart specs are fixed and tested, so warnings carry no news for a user.
 */
type Logger = { [K in 'level' | 'error' | 'warn' | 'info' | 'debug']: () => Logger };
const SILENT_LOGGER: Logger = {
  level: () => SILENT_LOGGER,
  error: () => SILENT_LOGGER,
  warn: () => SILENT_LOGGER,
  info: () => SILENT_LOGGER,
  debug: () => SILENT_LOGGER,
};

/**
 * Renders a Vega-Lite specification to an SVG string in Node: vega-lite compiles it to Vega, a
 * headless vega View (renderer 'none') draws it to SVG — no browser, no DOM, no network.
 *
 * @param spec a Vega-Lite specification with inline data
 * @returns the SVG markup
 * @example
 * const svg = await renderSvg({ data: { values: [{ x: 1, y: 2 }] }, mark: 'point', encoding: { x: { field: 'x', type:
 *   'quantitative' } } });
 * svg.startsWith('<svg'); // true
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vegaLite] = await loadVega();
  const config = {
    font: CHART_DEFAULTS.font,
    range: { category: [...CHART_DEFAULTS.palette] },
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12 },
    legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom', labelLimit: 280 },
    title: { fontSize: 14, anchor: 'start' },
  };
  const compiled = vegaLite.compile({ ...spec, config: { ...config, ...(spec.config as object) } } as never, {
    logger: SILENT_LOGGER as never,
  }).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    loader: OFFLINE_LOADER as never,
    logLevel: vega.Error,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
