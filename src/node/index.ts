/**
 * `send-placement/node`: the parts of send-placement that need Node.js, reading data files from
 * disk. Everything else is in the core entry, `send-placement`, which runs in a browser and Deno.
 *
 * This file only re-exports.
 *
 * @packageDocumentation
 * @module send-placement/node
 */
export { readRecordsFile } from './read-records-file.js';
