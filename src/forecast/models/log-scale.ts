import { fittedFrom, type Model } from '../model.js';

/**
 * Fits a model to the logarithms of a positive series and forecasts back on the original scale,
 * so a trend becomes a steady growth rate and the forecast can never go below 0. Spend and
 * placement counts often grow by a share a year, which this captures. A series with a zero or
 * negative value cannot be logged; then the model is fitted on the values as they are. Forecasts are
 * capped at e^10 (~22,000) times the largest value seen, as exponentialTrend caps its curve: a trend
 * in the logs extended far enough overflows to Infinity, and no count or spend grows like that.
 *
 * @param model the model to fit on the log scale
 * @example
 * import { drift } from './drift.js';
 * logScale(drift).fit([100, 110, 121]).predict(1).map((v) => +v.toFixed(6)); // [133.1]
 */
export function logScale(model: Model): Model {
  return {
    name: `log-${model.name}`,
    fit(values) {
      if (!values.every((v) => v > 0)) return model.fit(values);
      const logs = values.map(Math.log);
      const ceiling = logs.reduce((m, v) => Math.max(m, v), -Infinity) + 10;
      const fitted = model.fit(logs);
      const n = values.length;
      const oneStep = values.map((_, t) => {
        const k = t - (n - fitted.residuals.length);
        return k >= 0 ? Math.exp(logs[t] - fitted.residuals[k]) : NaN;
      });
      return fittedFrom(values, oneStep, (h) => fitted.predict(h).map((v) => Math.exp(Math.min(v, ceiling))));
    },
  };
}
