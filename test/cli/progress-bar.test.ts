import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/cli/progress-bar.js';
import { memoryIo } from './support/memory-io.js';

describe('createProgressBar', () => {
  it('stays silent when stderr is not a terminal', () => {
    const io = memoryIo({ tty: false });
    const bar = createProgressBar(io, 'ranking', 10);
    for (let i = 0; i < 10; i++) bar.tick();
    bar.done();
    expect(io.err()).toBe('');
  });

  it('draws in place on a terminal, at most every 100 ms, always the last step, then clears', () => {
    const io = memoryIo({ tty: true });
    let now = 0;
    const bar = createProgressBar(io, 'ranking', 4, () => now);
    bar.tick(); // drawn: first
    bar.tick(); // not drawn: same instant
    now = 150;
    bar.tick(); // drawn
    bar.tick(); // drawn: the last step
    bar.done();
    const frames = io.err().split('\r').filter(Boolean);
    expect(frames).toHaveLength(4);
    expect(frames[0]).toMatch(/^ranking \[#+-+\] {2}25% 1\/4$/);
    expect(frames[2]).toMatch(/100% 4\/4$/);
    expect(frames[3]).toBe('\x1b[2K');
  });
});
