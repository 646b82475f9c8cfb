// `send-placement --version` prints the version of package.json, in memory and as a process (the
// built bin when it is fresh, so CI checks that the bundle carries the version).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/run-cli.js';
import { PACKAGE_VERSION } from '../../src/cli/version.js';
import { cli } from './support/cli-process.js';
import { memoryIo } from './support/memory-io.js';

const packageVersion: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

describe('send-placement --version', () => {
  it('is the version field of package.json', () => {
    expect(PACKAGE_VERSION).toBe(packageVersion);
    expect(PACKAGE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the bare version and exits 0, for --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const io = memoryIo();
      expect(await runCli([flag], io, COMMANDS)).toBe(0);
      expect(io.out()).toBe(`${packageVersion}\n`);
      expect(io.err()).toBe('');
    }
  });

  it('is mentioned in the global help', async () => {
    const io = memoryIo();
    await runCli(['--help'], io, COMMANDS);
    expect(io.out()).toContain('--version');
  });

  it('works as a process', () => {
    const { code, out, err } = cli(['--version']);
    expect(code, err).toBe(0);
    expect(out).toBe(`${packageVersion}\n`);
  });
});
