import { ValidationError } from '../schema/validation-error.js';
import { CSV_DEFAULTS, checkInput, parseReadOptions, type TextInput } from './options.js';
import { decodeWindows1252 } from './windows-1252.js';

const MIB = 1024 * 1024;

/**
 * Turns the bytes of a file into text: UTF-16 when a byte order mark says so (Excel's "Unicode
 * Text"), UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (the encoding of the DfE's
 * GIAS downloads and of CSVs saved by older Excel). A leading byte order mark is removed. Text passed
 * in is returned without its BOM.
 *
 * Fails before decoding when the input is larger than `maxBytes`, so a wrong file (a database dump,
 * a zip) gives a clear message instead of exhausting memory.
 *
 * @param input the file's bytes, or text already decoded
 * @param maxBytes the size limit (default CSV_DEFAULTS.maxBytes, 256 MiB)
 * @throws ValidationError when the input is over the limit, or the limit is not a number above 0
 * @example
 * decodeText(new Uint8Array([0xa3, 0x35])); // '£5' (Windows-1252: 0xA3 is not valid UTF-8 here)
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // 'a' (UTF-8 with a BOM)
 * decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])); // 'a' (UTF-16 little-endian with its BOM)
 */
export function decodeText(file: TextInput, maxBytes: number = CSV_DEFAULTS.maxBytes): string {
  const input = checkInput(file, 'input');
  // Checked as the readers' option is, so a limit from a form (NaN, a Symbol) is an error, not a TypeError.
  assertWithinLimit(input.length, parseReadOptions({ maxBytes }).maxBytes);
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (isWorkbook(input)) {
    const message =
      'is a spreadsheet workbook, not CSV text: save it as "CSV UTF-8 (Comma delimited) (*.csv)" and read that';
    throw new ValidationError('input', [{ path: '(root)', code: 'spreadsheet', message }]);
  } else if (utf16(input) !== undefined) {
    text = new TextDecoder(utf16(input), { ignoreBOM: true }).decode(input);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      text = decodeWindows1252(input);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Zip (an .xlsx or .ods workbook) and OLE2 (an .xls workbook) files begin with these bytes. */
const WORKBOOK_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

/**
 * Whether bytes are a spreadsheet workbook (.xlsx, .ods or .xls) rather than text, by their first
 * bytes: read as CSV they would fail on every line, or give a header of noise and no rows.
 *
 * @example
 * isWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14])); // true
 */
export function isWorkbook(bytes: Uint8Array): boolean {
  return WORKBOOK_SIGNATURES.some((signature) => signature.every((b, k) => bytes[k] === b));
}

/**
 * The UTF-16 encoding a file's byte order mark announces (Excel's "Unicode Text" and some Windows
 * tools save UTF-16 with one), or undefined: UTF-16 text read as UTF-8 is a zero byte between every
 * letter, which no reader would make sense of.
 */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Throws a ValidationError when `size` bytes are over `maxBytes`: the one place the size message is written.
 *
 * @example
 * assertWithinLimit(10, 100); // nothing happens
 */
export function assertWithinLimit(size: number, maxBytes: number = CSV_DEFAULTS.maxBytes): void {
  if (size <= maxBytes) return;
  throw new ValidationError('input', [
    {
      path: '(file)',
      message:
        `the input is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}; pass a larger ` +
        `maxBytes if it is really meant to be read`,
    },
  ]);
}

/**
 * A size for a message: bytes below 1 KiB, else KiB or MiB with one decimal (binary units: 1 KiB = 1024 bytes).
 *
 * @example
 * formatBytes(1024 ** 3); // '1024.0 MiB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MIB) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}
