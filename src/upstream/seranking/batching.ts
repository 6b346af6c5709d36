/**
 * Batching of SE Ranking's multi-item calls: inputs validated and de-duplicated, split at the per-call limits
 * (at most a few chunks in flight per client), rows merged back in input order with per-item errors; and 244
 * isolation: targets known or learned to be too large are refused without a call, and a 244 naming no target
 * is bisected down to the huge ones (seranking.md §3.5).
 */
import { bulkhead } from 'cockatiel';
import { LRUCache } from 'lru-cache';
import type { z } from 'zod';
import { isUpstreamError, UpstreamError } from '../errors.js';
import type { CallOptions, TargetMode } from './types.js';
import { checkMode, checkTarget, siteOf, targetKey } from './validate.js';
import { badResponse, type Call, type Query, type SerankingWire, UPSTREAM } from './wire.js';

const DAY_MS = 86_400_000;

/** The unit of batching: one distinct item, the value sent, and the input positions it answers. */
export interface Pending {
  key: string;
  sent: string;
  indexes: number[];
}

export interface BatchingOptions {
  maxTargets: number;
  maxQueryBytes: number;
  maxChunksInFlight: number;
  /** Registrable domains never sent (the refusal carries no HTTP status). */
  knownHugeTargets: readonly string[];
}

export class Batching {
  private readonly chunks: ReturnType<typeof bulkhead>;
  private readonly knownHuge: ReadonlySet<string>;
  private readonly learnedHuge = new LRUCache<string, true>({ max: 10_000, ttl: DAY_MS });

  constructor(
    private readonly wire: SerankingWire,
    private readonly options: BatchingOptions,
  ) {
    this.chunks = bulkhead(options.maxChunksInFlight, Number.POSITIVE_INFINITY);
    this.knownHuge = new Set(options.knownHugeTargets.map(siteOf));
  }

  /** Validates, de-duplicates and splits targets, then merges rows (or per-target errors) back in input order. */
  async perTarget<T extends { target: string }>(
    path: string,
    schema: z.ZodType<T[]>,
    targets: readonly string[],
    mode: TargetMode | undefined,
    options: CallOptions | undefined,
  ): Promise<Array<T | UpstreamError>> {
    // Authority takes no mode; its rows are pages, so keep schemes apart when matching.
    const keyMode = mode === undefined ? 'url' : checkMode(mode);
    const results: Array<T | UpstreamError> = [];
    const pending = collect(targets, results, (t) => {
      const sent = checkTarget(t);
      const huge = this.hugeError(sent);
      if (huge) throw huge;
      return { sent, key: targetKey(sent, keyMode) };
    });
    await this.inChunks(pending, this.options.maxTargets, results, (chunk) =>
      this.targetChunk(
        path,
        schema,
        chunk.map((p) => p.sent),
        mode,
        options,
      ),
    );
    return results;
  }

  /**
   * One chunk of targets. A 244 or `Invalid target` naming targets fails those items only and re-issues the rest;
   * a 244 naming none (the real API) is bisected down to the huge targets.
   */
  private async targetChunk<T extends { target: string }>(
    path: string,
    schema: z.ZodType<T[]>,
    sent: readonly string[],
    mode: TargetMode | undefined,
    options: CallOptions | undefined,
  ): Promise<Array<T | UpstreamError>> {
    const keyMode = mode ?? 'url';
    try {
      const rows = await this.wire.fetch(this.targetsCall(path, sent, mode), schema, options);
      return matchRows(rows, sent, keyMode);
    } catch (error) {
      if (!isUpstreamError(error) || (error.code !== 'TARGET_TOO_LARGE' && error.code !== 'INVALID_TARGET')) {
        throw error;
      }
      const named = new Set((error.items ?? []).map((t) => targetKey(t, keyMode)));
      const isNamed = (t: string) => named.has(targetKey(t, keyMode));
      const itemError = (t: string) =>
        new UpstreamError({ code: error.code, upstream: UPSTREAM, httpStatus: error.httpStatus, items: [t] });
      if (sent.some(isNamed)) {
        if (error.code === 'TARGET_TOO_LARGE') for (const t of sent.filter(isNamed)) this.rememberHuge(t);
        const rest = sent.filter((t) => !isNamed(t));
        const restResults = rest.length > 0 ? await this.targetChunk(path, schema, rest, mode, options) : [];
        let next = 0;
        return sent.map((t) => (isNamed(t) ? itemError(t) : (restResults[next++] ?? missingRow())));
      }
      const first = sent[0];
      if (error.code === 'INVALID_TARGET' || first === undefined) throw error;
      if (sent.length === 1) {
        this.rememberHuge(first);
        return [itemError(first)];
      }
      const half = Math.ceil(sent.length / 2);
      const left = await this.targetChunk(path, schema, sent.slice(0, half), mode, options);
      const right = await this.targetChunk(path, schema, sent.slice(half), mode, options);
      return [...left, ...right];
    }
  }

  /** GET with repeated `target=` while the query stays short, POST JSON beyond. */
  private targetsCall(path: string, targets: readonly string[], mode: TargetMode | undefined): Call {
    const query = new URLSearchParams();
    for (const t of targets) query.append('target', t);
    if (mode) query.set('mode', mode);
    if (Buffer.byteLength(query.toString()) < this.options.maxQueryBytes)
      return { method: 'GET', path: `${path}?${query}` };
    return {
      method: 'POST',
      path,
      body: JSON.stringify(mode ? { target: targets, mode } : { target: targets }),
      headers: { 'content-type': 'application/json' },
    };
  }

  /** Runs chunks of distinct items (at most `maxChunksInFlight` at once, client-wide) and fans results out. */
  async inChunks<T>(
    pending: readonly Pending[],
    size: number,
    results: Array<T | UpstreamError>,
    run: (chunk: readonly Pending[]) => Promise<Array<T | UpstreamError>>,
  ): Promise<void> {
    const chunks: Pending[][] = [];
    for (let i = 0; i < pending.length; i += size) chunks.push(pending.slice(i, i + size));
    await Promise.all(
      chunks.map(async (chunk) => {
        let chunkResults: Array<T | UpstreamError>;
        try {
          chunkResults = await this.chunks.execute(() => run(chunk));
        } catch (error) {
          if (!isUpstreamError(error)) throw error;
          chunkResults = chunk.map(() => error);
        }
        chunk.forEach((p, i) => {
          for (const index of p.indexes) results[index] = chunkResults[i] ?? missingRow();
        });
      }),
    );
  }

  /** The refusal of a target known to be too large: configured (never sent), or learned from a 244 (its status). */
  private hugeError(target: string): UpstreamError | undefined {
    const site = siteOf(target);
    if (this.knownHuge.has(site)) return tooLarge(target);
    return this.learnedHuge.has(site) ? tooLarge(target, 244) : undefined;
  }

  private rememberHuge(target: string): void {
    this.learnedHuge.set(siteOf(target), true);
  }

  /** A single-target backlinks call; its 244 is remembered like a batch one. */
  async oneTarget<T>(
    path: string,
    target: string,
    mode: TargetMode,
    filters: Query,
    schema: z.ZodType<T>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const sent = checkTarget(target);
    const huge = this.hugeError(sent);
    if (huge) throw huge;
    const query = { target: sent, mode: checkMode(mode), ...filters };
    try {
      return await this.wire.fetch({ method: 'GET', path, query }, schema, options);
    } catch (error) {
      if (isUpstreamError(error) && error.code === 'TARGET_TOO_LARGE') this.rememberHuge(sent);
      throw error;
    }
  }
}

/**
 * Validates each input item once, records invalid ones as per-item errors in `results`, and returns the distinct
 * valid items with the input positions each answers.
 */
export function collect<T>(
  inputs: readonly string[],
  results: Array<T | UpstreamError>,
  check: (input: string) => { sent: string; key: string },
): Pending[] {
  const byKey = new Map<string, Pending>();
  inputs.forEach((input, index) => {
    try {
      const { sent, key } = check(input);
      const existing = byKey.get(key);
      if (existing) existing.indexes.push(index);
      else byKey.set(key, { key, sent, indexes: [index] });
    } catch (error) {
      if (!isUpstreamError(error)) throw error;
      results[index] = error;
    }
  });
  return [...byKey.values()];
}

/** Rows echo the targets as sent: match by normalised target, falling back to position when counts agree. */
function matchRows<T extends { target: string }>(
  rows: readonly T[],
  sent: readonly string[],
  mode: TargetMode,
): Array<T | UpstreamError> {
  const byKey = new Map(rows.map((row) => [targetKey(row.target, mode), row]));
  return sent.map(
    (t, i) => byKey.get(targetKey(t, mode)) ?? (rows.length === sent.length ? rows[i] : undefined) ?? missingRow(),
  );
}

const tooLarge = (target: string, httpStatus?: number) =>
  new UpstreamError({ code: 'TARGET_TOO_LARGE', upstream: UPSTREAM, httpStatus, items: [target] });

const missingRow = () => badResponse('row missing for an item sent');
