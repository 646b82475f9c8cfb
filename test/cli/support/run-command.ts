import { COMMANDS } from '../../../src/cli/commands.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { memoryIo } from './memory-io.js';

/**
 * Runs `send-placement ...argv` in process against real files, keeping what it writes and prints. `tty` makes
 * standard output a terminal (tables); standard error stays a pipe, so no progress bar is drawn.
 */
export async function runCommand(
  argv: string[],
  options: { tty?: boolean; files?: Record<string, string | Uint8Array> } = {},
) {
  const io = { ...memoryIo(options), stderrIsTty: false };
  for (const [path, data] of Object.entries(options.files ?? {})) io.written.set(path, data);
  const code = await runCli(argv, io, COMMANDS);
  return { code, out: io.out(), err: io.err(), written: io.written };
}
