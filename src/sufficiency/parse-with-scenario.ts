import { type Scenario, parseScenario } from '../schema/scenario.js';
import { ValidationError, isValidationError } from '../schema/validation-error.js';

/**
 * Validates a scenario and the options of a call on it together, so that when both are wrong one
 * ValidationError lists the problems of both (the options' under `options.`), as the matching and
 * forecasting entries list every argument's; when only one is wrong, its own error is thrown as
 * before. `parseOptions` gets the scenario when it is valid, else undefined (it then checks only
 * what needs no scenario).
 *
 * @throws ValidationError listing every problem of the scenario, the options, or both
 * @example
 * parseWithScenario({ ...kent, endYear: 'x' }, { runs: 0 }, (o) => parseWith(OptionsSchema, o, 'options'));
 * // throws ValidationError: Invalid scenario and options (2 problems): endYear: ...; options.runs: ...
 */
export function parseWithScenario<T>(
  scenario: unknown,
  options: unknown,
  parseOptions: (options: unknown, s?: Scenario) => T,
): [Scenario, T] {
  let s: Scenario | undefined;
  let bad: ValidationError | undefined;
  try {
    s = parseScenario(scenario);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    bad = error;
  }
  let o: T;
  try {
    o = parseOptions(options, s);
  } catch (error) {
    if (!bad || !isValidationError(error)) throw error;
    const prefixed = error.issues.map((i) => ({ ...i, path: i.path === '(root)' ? 'options' : `options.${i.path}` }));
    throw new ValidationError('scenario and options', [...bad.issues, ...prefixed]);
  }
  if (bad) throw bad;
  return [s as Scenario, o];
}
