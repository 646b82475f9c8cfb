import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { parseWith } from '../schema/common.js';

/**
 * Defaults of the CSV layer, each with its reason. Every default of src/io lives here.
 *
 * @example
 * CSV_DEFAULTS.maxBytes; // 268435456 (256 MiB)
 */
export const CSV_DEFAULTS = {
  /**
   * Largest input read at once: the whole England GIAS extract is ~60 MiB, so 256 MiB leaves room
   * and still fits in memory. Files (readRecordsFile, the CLI) are checked by size before reading.
   */
  maxBytes: 256 * 1024 * 1024,
  /** Field separator: RFC 4180 and every DfE download use a comma. */
  delimiter: ',',
  /** Line ending the writer uses: CRLF, as RFC 4180 specifies and Excel expects. */
  eol: '\r\n',
  /** Separator of list cells (`needs` = `ASD;SEMH`): a semicolon, so a list never needs quoting. */
  listSeparator: ';',
} as const;

/** Options every CSV reader takes. */
export type CsvReadOptions = {
  /** Largest input in bytes (text: in UTF-16 code units); larger inputs fail at once. Default 256 MiB. */
  maxBytes?: number;
  /** Field separator, one character. Default `,`. */
  delimiter?: string;
};

/** Options of the CSV writer. */
export type CsvWriteOptions = {
  /** Field separator, one character. Default `,`. */
  delimiter?: string;
  /** Line ending. Default CRLF (RFC 4180). */
  eol?: '\r\n' | '\n';
};

const DelimiterSchema = z.string({ error: 'delimiter must be one character' }).check(
  z.length(1, { error: 'delimiter must be one character' }),
  z.refine((d) => d !== '"' && d !== '\n' && d !== '\r', { error: 'delimiter must not be a quote or a line break' }),
);

/**
 * The options every CSV reader takes, validated at the door (an absent or null options object means the defaults).
 *
 * @example
 * CsvReadOptionsSchema.safeParse({ delimiter: ';' }).success; // true
 * CsvReadOptionsSchema.safeParse({ delimiter: '"' }).success; // false
 */
export const CsvReadOptionsSchema = strictOptions(
  {
    maxBytes: z.optional(
      z
        .number({ error: 'maxBytes must be a number of bytes' })
        .check(z.positive({ error: 'maxBytes must be more than 0' })),
    ),
    delimiter: z.optional(DelimiterSchema),
  },
  { error: 'options must be an object' },
);

/** The writers' options: a delimiter as the readers take it, and one of the two line ends. */
export const CsvWriteOptionsSchema = strictOptions(
  {
    delimiter: z.optional(DelimiterSchema),
    eol: z.optional(z.enum(['\r\n', '\n'], { error: 'eol must be "\\r\\n" or "\\n"' })),
  },
  { error: 'options must be an object' },
);

/**
 * Validates reader options with `schema` (CsvReadOptionsSchema or one extending it); null or
 * undefined mean the defaults.
 *
 * @throws ValidationError naming each bad option
 * @example
 * parseReadOptions(null); // {}
 * parseReadOptions({ maxBytes: 1024 }); // { maxBytes: 1024 }
 */
export function parseReadOptions<S extends z.core.$ZodType = typeof CsvReadOptionsSchema>(
  options: unknown,
  schema?: S,
): z.output<S> {
  return parseWith(schema ?? CsvReadOptionsSchema, options ?? {}, 'options') as z.output<S>;
}

/** What a reader takes as a file: its text, or its bytes (a Buffer is a Uint8Array; a browser File's arrayBuffer()). */
export type TextInput = string | Uint8Array | ArrayBuffer;

/**
 * What a reader accepts as a file: its text, or its bytes, an ArrayBuffer read as a Uint8Array.
 *
 * @example
 * CsvInputSchema.safeParse(new Uint8Array([97])).success; // true
 * CsvInputSchema.safeParse(42).success; // false
 */
const INPUT_RULE = "must be the file's text or bytes";
export const CsvInputSchema = z.union(
  [
    z.string({ error: INPUT_RULE }),
    z.instanceof(Uint8Array, { error: INPUT_RULE }),
    z.pipe(
      z.instanceof(ArrayBuffer, { error: INPUT_RULE }),
      z.transform((buffer: ArrayBuffer) => new Uint8Array(buffer)),
    ),
  ],
  { error: INPUT_RULE },
);

/**
 * Checks that `input` is text or bytes, naming it `what` in the error.
 *
 * @throws ValidationError when it is anything else
 * @example
 * checkInput('a,b\n', 'input'); // 'a,b\n'
 */
export function checkInput(input: unknown, what: string): string | Uint8Array {
  return parseWith(CsvInputSchema, input, what);
}
