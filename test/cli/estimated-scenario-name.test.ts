import { describe, expect, it } from 'vitest';
import { estimatedScenarioName } from '../../src/cli/estimated-scenario-name.js';

describe('estimatedScenarioName', () => {
  it("makes a year range in the plan's name the projection's years", () => {
    expect(estimatedScenarioName('Kent SRP growth plan, 2025-2030', 'x', 2025, 2035)).toBe(
      'Kent SRP growth plan, 2025-2035',
    );
    expect(estimatedScenarioName('Plan 2024 to 2029 (draft)', 'x', 2025, 2030)).toBe('Plan 2025-2030 (draft)');
  });

  it('adds the years to a name stating another lone year, and keeps a name with no year', () => {
    expect(estimatedScenarioName('Plan of 2019', 'x', 2025, 2030)).toBe('Plan of 2019, estimated 2025-2030');
    expect(estimatedScenarioName('Small council', 'x', 2025, 2030)).toBe('Small council');
  });

  it('uses the fallback when the plan has no name, and passes a name that is not text on', () => {
    expect(estimatedScenarioName(undefined, 'Estimated from h.csv', 2025, 2030)).toBe('Estimated from h.csv');
    expect(estimatedScenarioName(7, 'x', 2025, 2030)).toBe(7);
  });
});
