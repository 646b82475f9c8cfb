import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateHistory } from '../../data/generate-history.js';

describe('data/generate-history.ts', () => {
  it('rebuilds the committed transitions history and setting codes byte for byte', () => {
    for (const [name, text] of Object.entries(generateHistory())) {
      expect(text === readFileSync(new URL(`../../data/kent/${name}`, import.meta.url), 'utf8'), name).toBe(true);
    }
  });
});
