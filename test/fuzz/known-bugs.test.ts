// Minimal reproductions of bugs the fuzz suite found in code owned elsewhere. Each `it.fails`
// passes while the bug is there; when the bug is fixed the test fails: make it a plain `it` (a
// regression test, here or beside the module) and delete its entry in known-bugs.ts. The
// expectation inside is the correct behaviour.
import { describe, expect, it } from 'vitest';
import * as api from '../support/internals.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/run-cli.js';
import { ENTRY_POINTS } from './entry-points.js';
import { KNOWN_BUGS } from './known-bugs.js';

describe('known bugs found by the fuzz suite (each pinned until fixed)', () => {
  // Holds with no bug pinned too, so the file keeps a test when every bug is fixed.
  it('every pinned bug names an entry point the fuzz suite calls, so no exemption is stale', () => {
    // The in-process CLI fuzz (cli-commands.test.ts) names each command `cli <command>`.
    const names = [...ENTRY_POINTS.map((e) => e.name), ...COMMANDS.map((c) => `cli ${c.name}`)];
    for (const bug of KNOWN_BUGS)
      expect(
        names.some((name) => bug.affects.test(name)),
        bug.id,
      ).toBe(true);
  });

  it('decodeText reads Windows-1252 bytes 0x80-0x9F as the characters they are (€ ’ “ ” –), not C1 controls', () => {
    // 'St Mary’s “Bro” – €5' as Excel saves it on a UK Windows machine.
    const bytes = Uint8Array.from([
      0x53, 0x74, 0x20, 0x4d, 0x61, 0x72, 0x79, 0x92, 0x73, 0x20, 0x93, 0x42, 0x72, 0x6f, 0x94, 0x20, 0x96, 0x20, 0x80,
      0x35,
    ]);
    expect(api.decodeText(bytes)).toBe('St Mary’s “Bro” – €5');
  });

  it('`import gias` prints one line per warning when a GIAS cell it quotes holds a line break', async () => {
    const gias = readFileSync(join(import.meta.dirname, '../fixtures/gias-sample.csv'), 'latin1').replace(
      '"Academy converter"',
      '"A\r\ncademy converter"',
    );
    const err: string[] = [];
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => void err.push(t),
      stdoutIsTty: false,
      stderrIsTty: false,
      columns: 80,
      env: {},
      cwd: '/',
      readFile: async () => new TextEncoder().encode(gias),
      writeFile: async () => {},
    };
    expect(await runCli(['import', 'gias', '--file', 'gias.csv'], io, COMMANDS)).toBe(0);
    const lines = err
      .join('')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.filter((l) => !/^(warning|default): /.test(l) && !/: [\d,]+ rows read, /.test(l))).toEqual([]);
  });
});
