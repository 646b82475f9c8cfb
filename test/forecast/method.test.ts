import { describe, expect, it } from 'vitest';
import { modelFor } from '../../src/forecast/method.js';
import { MODEL_NAMES } from '../../src/forecast/models.js';

describe('modelFor', () => {
  it('finds auto and every model by its name', () => {
    expect(modelFor('auto').name).toBe('auto');
    for (const name of MODEL_NAMES) expect(modelFor(name).name).toBe(name);
  });
});
