import { describe, expect, it } from 'vitest';
import { locateJsonLines } from '../../src/cli/locate-json-lines.js';

describe('locateJsonLines', () => {
  const text = '[\n  {\n    "id": "C1",\n    "home": { "lat": 91,\n      "lon": 1 }\n  },\n  { "id": "a\\"b" }\n]';

  it('finds the line of nested fields and list items', () => {
    const lines = locateJsonLines(text, ['[0].home.lat', '[0].home.lon', '[1].id', '[0]']);
    expect([...lines.values()]).toEqual([4, 5, 7, 2]);
  });

  it('gives a missing field the line of its nearest parent, and the root line 1', () => {
    const lines = locateJsonLines(text, ['[1].primaryNeed', '(root)', '[9].x']);
    expect([...lines.values()]).toEqual([7, 1, 1]);
  });
});
