// One string for what a call did, so two runs (or two builds) can be compared byte for byte.
import type { Api, EntryPoint } from '../fuzz/entry-points.js';

/**
 * JSON of the output (Maps and Sets by their contents), or of the error's name, message and issues; functions and
 * classes by name only.
 */
export async function describeResult(entry: EntryPoint, api: Api, args: unknown[]): Promise<string> {
  try {
    const output = await entry.call(api, structuredClone(args));
    return `output ${JSON.stringify(output, replacer)}`;
  } catch (e) {
    const err = e as Error & { issues?: unknown };
    return `error ${JSON.stringify({ name: err.name, message: err.message, issues: err.issues }, replacer)}`;
  }
}

function replacer(_key: string, value: unknown): unknown {
  // -0 and 0 print alike in JSON, and NaN as null: make each visible so a difference is not hidden.
  if (typeof value === 'number' && (Object.is(value, -0) || !Number.isFinite(value)))
    return `number:${Object.is(value, -0) ? '-0' : String(value)}`;
  if (typeof value === 'function') return `function:${value.name}`;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  // JSON prints a Map or a Set as {}: list their contents so a difference inside one shows.
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}
