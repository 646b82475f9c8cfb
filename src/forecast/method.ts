import { auto } from './auto.js';
import type { Model } from './model.js';
import { MODELS } from './models.js';
import type { MethodName } from './options.js';

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
