import { z } from 'zod';
import { parseWith } from './common.js';

// Placeholder until the sufficiency model lands (issue 6): the full schema replaces this file.
export const ScenarioSchema = z.object({ name: z.string() });
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Validates a sufficiency scenario. */
export function parseScenario(input: unknown): Scenario {
  return parseWith(ScenarioSchema, input, 'scenario');
}
