import { auto } from './auto.js';
import type { Model } from './model.js';
import { MODEL_ALIASES, MODEL_NAMES, MODELS, type ModelAlias, type ModelName } from './models.js';

/** A method `forecast` and `backtest` accept: 'auto' or the name of a model in MODELS. */
export type MethodName = 'auto' | ModelName;

/**
 * Every name `forecast` and `backtest` accept as a method, in order: 'auto', then each model of MODELS
 * with its other name where it has one (MODEL_ALIASES), the shorter of the two first. The one list the
 * error message, the command's `--help` and the README show.
 *
 * @example
 * METHOD_LIST.slice(0, 4); // ['auto', 'naive', 'drift', 'robust-drift']
 * METHOD_LIST.includes('linear (or linear-trend)'); // true
 * METHOD_LIST.includes('optimised-theta (or optimized-theta)'); // true
 */
export const METHOD_LIST: readonly string[] = [
  'auto',
  ...MODEL_NAMES.map((name) => {
    const alias = Object.entries(MODEL_ALIASES).find(([, model]) => model === name)?.[0];
    if (!alias) return name;
    return alias.length < name.length ? `${alias} (or ${name})` : `${name} (or ${alias})`;
  }),
];

/**
 * The method a name stands for: 'auto' and the keys of MODELS stand for themselves, an alias for
 * its model (see MODEL_ALIASES).
 *
 * @example
 * canonicalMethod('linear'); // 'linear-trend'
 * canonicalMethod('theta'); // 'theta'
 */
export function canonicalMethod(name: MethodName | ModelAlias): MethodName {
  return Object.hasOwn(MODEL_ALIASES, name) ? MODEL_ALIASES[name as ModelAlias] : (name as MethodName);
}

/**
 * The model behind a method name: 'auto' or a key of MODELS.
 *
 * @example
 * modelFor('drift').name; // 'drift'
 * modelFor('auto').name; // 'auto'
 */
export function modelFor(method: MethodName): Model {
  return method === 'auto' ? auto : MODELS[method];
}
