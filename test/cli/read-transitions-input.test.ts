import { describe, expect, it } from 'vitest';
import { mappedHistoryIssue } from '../../src/cli/read-transitions-input.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('mappedHistoryIssue', () => {
  it("names a CSV in the library's own layout (its doc example), and nothing else", () => {
    expect(mappedHistoryIssue(bytes('calendarYear,setting1,need1\n2024,new,\n'))?.message).toBe(
      'is a history import transitions has already mapped (calendarYear,setting1,...), the CSV it writes for a ' +
        'spreadsheet: give the history as JSON instead, written by import transitions --file FILE --settings FILE ' +
        '--out history.json',
    );
    expect(mappedHistoryIssue(bytes('\ufeffcalendarYear,setting1\r\n'))?.line).toBe(1);
    expect(mappedHistoryIssue(bytes('calendar-year,setting-1,need-1\n2024,MMS,ASD\n'))).toBeUndefined();
    expect(mappedHistoryIssue(bytes(''))).toBeUndefined();
  });
});
