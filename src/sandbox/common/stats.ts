// Call statistics of both emulators (`GET /__sandbox/stats`, `GET /__sandbox/calls`): totals, per endpoint, per key,
// and a ring buffer of the last calls. Admin calls are never recorded.
// Exports: CallRecord, StatsOptions, CallStats (record / snapshot / recent / reset).

/** One upstream call. `key` is a key id (or 'anonymous' / 'unknown'), never the key itself. */
export interface CallRecord<C extends string = string> {
  at: number;
  method: string;
  path: string;
  /** the query string as received, without `?` and with any key left out (what a test checks was sent) */
  query?: string;
  endpoint: string;
  key: string;
  /** HTTP status sent; 0 when a fault dropped the connection instead */
  status: number;
  ms: number;
  injected: boolean;
  /** emulator-specific numbers (SE Ranking: items, credits; SERPmetrics: checks, serpCreditsCharged) */
  counters: Record<C, number>;
}

export interface StatsOptions<C extends string> {
  upstream: string;
  /** counter names; each is summed in totals, per endpoint and per key */
  counters: readonly C[];
  /** counters whose per-endpoint maximum is kept as `max<Name>` (e.g. items → maxItems) */
  maxCounters?: readonly C[];
  capacity?: number;
}

interface Bucket {
  calls: number;
  byStatus: Record<string, number>;
  [counter: string]: number | Record<string, number>;
}

const maxName = (c: string): string => `max${c.charAt(0).toUpperCase()}${c.slice(1)}`;

export class CallStats<C extends string = string> {
  readonly #options: Required<StatsOptions<C>>;
  #since = new Date();
  #calls: CallRecord<C>[] = [];
  #byEndpoint = new Map<string, Bucket>();
  #byKey = new Map<string, Bucket>();
  #totals = { calls: 0, rateLimited: 0, injected: 0 };
  #sums = new Map<C, number>();

  constructor(options: StatsOptions<C>) {
    this.#options = { maxCounters: [], capacity: 1_000, ...options };
  }

  record(call: CallRecord<C>): void {
    const { counters, maxCounters, capacity } = this.#options;
    this.#calls.push(call);
    if (this.#calls.length > capacity) this.#calls.splice(0, this.#calls.length - capacity);
    this.#totals.calls += 1;
    if (call.status === 429) this.#totals.rateLimited += 1;
    if (call.injected) this.#totals.injected += 1;
    for (const c of counters) this.#sums.set(c, (this.#sums.get(c) ?? 0) + call.counters[c]);
    const endpoint = this.#bucket(this.#byEndpoint, call.endpoint, [...counters, ...maxCounters.map(maxName)]);
    const key = this.#bucket(this.#byKey, call.key, counters);
    for (const bucket of [endpoint, key]) {
      bucket.calls += 1;
      bucket.byStatus[call.status] = (bucket.byStatus[call.status] ?? 0) + 1;
      for (const c of counters) bucket[c] = (bucket[c] as number) + call.counters[c];
    }
    for (const c of maxCounters) {
      endpoint[maxName(c)] = Math.max(endpoint[maxName(c)] as number, call.counters[c]);
    }
  }

  /** The `GET /__sandbox/stats` body; `extra` adds emulator-specific top-level sections. */
  snapshot(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      upstream: this.#options.upstream,
      since: this.#since.toISOString(),
      total: this.#totals.calls,
      totals: { ...this.#totals, ...Object.fromEntries(this.#sums) },
      byEndpoint: Object.fromEntries(this.#byEndpoint),
      byKey: Object.fromEntries(this.#byKey),
      calls: this.#calls.map(flatten),
      ...extra,
    };
  }

  /** The last `limit` calls, newest first (`GET /__sandbox/calls`). */
  recent(limit = 100): Record<string, unknown>[] {
    return this.#calls.slice(-Math.max(0, limit)).reverse().map(flatten);
  }

  reset(): void {
    this.#since = new Date();
    this.#calls = [];
    this.#byEndpoint.clear();
    this.#byKey.clear();
    this.#totals = { calls: 0, rateLimited: 0, injected: 0 };
    this.#sums.clear();
  }

  #bucket(map: Map<string, Bucket>, name: string, counters: readonly string[]): Bucket {
    let bucket = map.get(name);
    if (!bucket) {
      bucket = { calls: 0, byStatus: {} };
      for (const c of counters) bucket[c] = 0;
      map.set(name, bucket);
    }
    return bucket;
  }
}

function flatten<C extends string>(call: CallRecord<C>): Record<string, unknown> {
  const { counters, ...rest } = call;
  return { ...rest, ...counters };
}
