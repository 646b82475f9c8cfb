// The send-placement command (package bin). Runs one invocation and sets the exit code; every
// command and the error handling live in the files beside this one.
import { processIo } from './cli-io.js';
import { COMMANDS } from './commands.js';
import { runCli } from './run-cli.js';

// A reader that stops early (`send-placement ... | head`) closes the pipe: that is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo(), COMMANDS);
