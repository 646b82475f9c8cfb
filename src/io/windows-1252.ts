// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1: bytes 0x80-0x9F come out as C1
// control characters instead of the € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ that
// Excel and the DfE's GIAS downloads mean by them. So the table of those 32 bytes lives here.

// The WHATWG Encoding Standard's index for 0x80-0x9F; the five bytes it leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) map to the code point of the same number, as the standard says.
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const CHUNK = 8192;

/**
 * Decodes Windows-1252 bytes (every byte is one character; 0x80-0x9F by the Encoding Standard's
 * table, the rest as the Unicode code point of the same number).
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x80, 0x35])); // '“A” €5'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? HIGH_CONTROLS[b - 0x80] : b;
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, end - start) as unknown as number[]));
  }
  return parts.join('');
}
