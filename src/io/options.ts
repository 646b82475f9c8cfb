/**
 * Defaults of the CSV layer, each with its reason. Every default of src/io lives here.
 *
 * @example
 * CSV_DEFAULTS.maxBytes; // 268435456 (256 MiB)
 */
export const CSV_DEFAULTS = {
  /** Largest input read at once: the whole England GIAS extract is ~60 MiB, so 256 MiB leaves room and still fits in memory. */
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
