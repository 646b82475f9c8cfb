import { ValidationError, type ValidationIssueInput } from '../schema/validation-error.js';

/**
 * A flow network in columns: arc `i` goes from `from[i]` to `to[i]`, carries at most `capacity[i]`
 * units and costs `cost[i]` per unit. Nodes are numbered 0 to nodeCount - 1. Each source offers
 * `supplies[k]` units to the one `sink`.
 */
export type FlowNetwork = {
  nodeCount: number;
  sink: number;
  /** Source nodes, in the order their units are routed (this order breaks ties, see minCostFlow). */
  sources: ArrayLike<number>;
  /** Units each source offers, same order as `sources`. */
  supplies: ArrayLike<number>;
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  /** Whole units, 0 or more. */
  capacity: ArrayLike<number>;
  /** Whole numbers, 0 or more (safe integers): exactness rests on integer arithmetic. */
  cost: ArrayLike<number>;
};

/** The optimal flow: per arc, per source, and its totals. */
export type FlowSolution = {
  /** Units on each arc, in arc order. */
  flow: Int32Array;
  /** Units of each source that reach the sink, in source order. */
  routed: Int32Array;
  /** Sum of `routed`: the maximum flow. */
  routedUnits: number;
  /** Sum of flow × cost: the least cost of any maximum flow. */
  totalCost: number;
};

/**
 * Checks a flow network at minCostFlow's door: node numbers in range, one entry per arc in every
 * column, whole capacities and costs (safe integers, 0 or more), sources distinct and not the sink.
 * Lists at most 50 problems, enough to fix an input in one pass without flooding the message.
 *
 * @throws ValidationError listing every bad field
 * @example
 * const net = { nodeCount: 2, sink: 5, sources: [0], supplies: [1], from: [0], to: [1], capacity: [1], cost: [0] };
 * validateNetwork(net);
 * // throws ValidationError: sink: must be a node number
 */
export function validateNetwork(net: FlowNetwork): void {
  const issues: ValidationIssueInput[] = [];
  const n = net.nodeCount;
  if (!Number.isInteger(n) || n < 1) issues.push({ path: 'nodeCount', message: 'must be a whole number, 1 or more' });
  const isNode = (x: number) => Number.isInteger(x) && x >= 0 && x < n;
  if (!isNode(net.sink)) issues.push({ path: 'sink', message: 'must be a node number' });
  const m = net.from.length;
  for (const key of ['to', 'capacity', 'cost'] as const) {
    if (net[key].length !== m) issues.push({ path: key, message: `must have one entry per arc (${m})` });
  }
  if (net.supplies.length !== net.sources.length)
    issues.push({ path: 'supplies', message: 'must have one entry per source' });
  const limit = 50; // enough to fix a file in one pass without flooding the message
  const seen = new Set<number>();
  for (let k = 0; k < net.sources.length && issues.length < limit; k++) {
    const s = net.sources[k];
    if (!isNode(s) || s === net.sink)
      issues.push({ path: `sources[${k}]`, message: 'must be a node number other than the sink' });
    else if (seen.has(s)) issues.push({ path: `sources[${k}]`, message: 'duplicate source' });
    seen.add(s);
    if (!Number.isInteger(net.supplies[k]) || net.supplies[k] < 0)
      issues.push({ path: `supplies[${k}]`, message: 'must be a whole number, 0 or more' });
  }
  for (let i = 0; i < m && issues.length < limit; i++) {
    if (!isNode(net.from[i])) issues.push({ path: `from[${i}]`, message: 'must be a node number' });
    if (!isNode(net.to[i])) issues.push({ path: `to[${i}]`, message: 'must be a node number' });
    const c = net.capacity[i];
    if (!Number.isInteger(c) || c < 0 || c > 0x7fffffff)
      issues.push({ path: `capacity[${i}]`, message: 'must be a whole number from 0 to 2^31 - 1' });
    const w = net.cost[i];
    if (!Number.isSafeInteger(w) || w < 0)
      issues.push({ path: `cost[${i}]`, message: 'must be a whole number, 0 or more (a safe integer)' });
  }
  if (issues.length > 0) throw new ValidationError('flow network', issues);
}
