// The version comes from package.json through a JSON import: the bundler inlines it into dist/cli.js
// at build time, and tsx reads it from the source tree, so no file is looked up at run time and the
// printed version is always the one the command was built from.
import { version } from '../../package.json';

/**
 * The package version, as `send-placement --version` prints it.
 *
 * @example
 * PACKAGE_VERSION; // '0.1.0' (the "version" field of package.json)
 */
export const PACKAGE_VERSION: string = version;
