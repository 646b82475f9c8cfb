import type { Setting } from '../schema/transition.js';

/** Error of one setting's projected stock against the actual census, over the test years. */
export type SettingError = {
  setting: Setting | 'total';
  actual: number[];
  projected: number[];
  /** Mean absolute error, children. */
  mae: number;
  /** Mean absolute percentage error in [0, ...), over years with children; null when there were none. */
  mape: number | null;
  /** Mean of projected - actual: above 0 means the model over-projects. */
  bias: number;
};

/**
 * The errors of a projection of one setting (or the total) against the actual censuses.
 *
 * @example
 * const e = settingError('independent', [100, 110], [105, 99]);
 * [e.mae, e.mape.toFixed(3), e.bias]; // [8, '0.075', -3]: 5 and 11 off, 5% and 10% of the actual
 */
export function settingError(setting: Setting | 'total', actual: number[], projected: number[]): SettingError {
  const n = actual.length;
  let abs = 0;
  let bias = 0;
  let pct = 0;
  let withChildren = 0;
  for (let i = 0; i < n; i++) {
    const e = projected[i] - actual[i];
    abs += Math.abs(e);
    bias += e;
    if (actual[i] > 0) {
      pct += Math.abs(e) / actual[i];
      withChildren++;
    }
  }
  return { setting, actual, projected, mae: abs / n, mape: withChildren ? pct / withChildren : null, bias: bias / n };
}
