/**
 * Batch splitting at SERPmetrics' per-request limits (§6.1): chunks of keywords or ids and keyword × engine pairs
 * sent one call after another, each item answered in input order, a failed call failing only its own items.
 */
import type { UpstreamError } from '../errors.js';
import { normalizePhrase } from '../phrase.js';
import { asUpstreamError, badResponse } from './replies.js';
import type { QueuedCheck } from './types.js';

export interface PairBatch {
  keywords: string[];
  engines: string[];
  /** Index of each pair of this batch in the caller's keyword-major order. */
  indexes: number[];
}

/** Batches of keyword × engine pairs holding at most `max` pairs each, with as few calls as possible. */
export function pairBatches(keywords: readonly string[], engines: readonly string[], max: number): PairBatch[] {
  const batches: PairBatch[] = [];
  for (const [groupIndex, group] of chunks(engines, max).entries()) {
    const perCall = Math.max(1, Math.floor(max / group.length));
    for (const [keywordChunk, kws] of chunks(keywords, perCall).entries()) {
      const indexes = kws.flatMap((_, k) =>
        group.map((_e, e) => (keywordChunk * perCall + k) * engines.length + groupIndex * max + e),
      );
      batches.push({ keywords: kws, engines: group, indexes });
    }
  }
  return batches;
}

/** Pairs the queued items of one call with the pairs sent, by phrase and engine (falling back to order). */
export function matchPairs(batch: PairBatch, items: QueuedCheck[]): Array<QueuedCheck | UpstreamError> {
  const left = [...items];
  return batch.keywords.flatMap((keyword, k) =>
    batch.engines.map((engine, e) => {
      const i = left.findIndex(
        (it) => it.engine === engine && normalizePhrase(it.keyword) === normalizePhrase(keyword),
      );
      const byOrder = items.length === batch.indexes.length ? items[k * batch.engines.length + e] : undefined;
      const found = i >= 0 ? left.splice(i, 1)[0] : byOrder;
      return found ?? badResponse(`data.${k * batch.engines.length + e}`);
    }),
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs one call per chunk, one after another (writes stay in order and within rate limits). A failed call
 * gives its error to each of its items; the other chunks keep their results.
 */
export async function collect<T, R>(
  items: readonly T[],
  size: number,
  run: (batch: T[]) => Promise<Array<R | UpstreamError>>,
) {
  const out: Array<R | UpstreamError> = [];
  for (const batch of chunks(items, size)) out.push(...(await settle(batch.length, () => run(batch))));
  return out;
}

export async function collectPairs<R>(
  keywords: readonly string[],
  engines: readonly string[],
  max: number,
  run: (batch: PairBatch) => Promise<Array<R | UpstreamError>>,
): Promise<Array<R | UpstreamError>> {
  const out = new Array<R | UpstreamError>(keywords.length * engines.length);
  for (const batch of pairBatches(keywords, engines, max)) {
    const results = await settle(batch.indexes.length, () => run(batch));
    batch.indexes.forEach((index, i) => {
      out[index] = results[i] ?? badResponse(`data.${i}`);
    });
  }
  return out;
}

async function settle<R>(count: number, run: () => Promise<Array<R | UpstreamError>>) {
  try {
    return await run();
  } catch (error) {
    return new Array<R | UpstreamError>(count).fill(asUpstreamError(error));
  }
}
