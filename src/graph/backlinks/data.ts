/**
 * Backlink data per target: per-request DataLoaders over SE Ranking's bulk endpoints (backlink summaries and
 * authority, 100 targets per call) and the cache keys the estimate asks about.
 */
import DataLoader from 'dataloader';
import { type Context, defineLoader, type LoaderScope } from '../../context.js';
import { type CacheKey, cacheKeyString, withFetchOptions, withKeyString } from '../../upstream/cache.js';
import type { Authority, BacklinkSummary, TargetMode } from '../../upstream/seranking/types.js';
import { targetKey } from '../../upstream/seranking/validate.js';
import { batched, cachedRead, credentialKey, TOO_LARGE } from '../seranking.js';
import {
  anchorOptions,
  type BacklinksArgs,
  backlinksOptions,
  backlinksParams,
  historyOptions,
  historyParams,
  type ListArgs,
  listOptions,
  pageRows,
  type RangeArgs,
  rangeOptions,
  rangeParams,
} from './args.js';
import type { TargetRef } from './target.js';

/** A validated target and its mode: the unit of backlink data. */
export interface TargetKey {
  target: string;
  mode: TargetMode;
}

/**
 * Summary and authority keys kept per credential and raw target, one table per endpoint and mode: a top 100 names
 * the same hosts on every request, three times each (estimate, loader key, cache look-up), and normalising a
 * target and building its key string cost more than this look-up. Nested maps, not one map of a joined id: a
 * joined id is a new string to flatten and hash on every look-up, the parts are strings hashed once. Long
 * targets (URLs with paths) are built each time; bounded by clearing.
 */
class KeptTargetKeys {
  private readonly byCredential = new Map<string, Map<string, CacheKey>>();
  private size = 0;

  constructor(private readonly build: (credentialId: string, target: string) => CacheKey) {}

  get(credentialId: string, target: string): CacheKey {
    if (target.length > TARGET_KEY_CHARS) return this.build(credentialId, target);
    let byTarget = this.byCredential.get(credentialId);
    let key = byTarget?.get(target);
    if (key !== undefined) return key;
    if (this.size >= TARGET_KEYS_MAX) {
      this.byCredential.clear();
      this.size = 0;
      byTarget = undefined;
    }
    if (byTarget === undefined) {
      byTarget = new Map();
      this.byCredential.set(credentialId, byTarget);
    }
    key = withKeyString(this.build(credentialId, target));
    byTarget.set(target, key);
    this.size++;
    return key;
  }
}

const TARGET_KEYS_MAX = 10_000;
const TARGET_KEY_CHARS = 256;

const keptSummaryKeys = (mode: TargetMode) =>
  new KeptTargetKeys((credentialId, target) =>
    credentialKey(credentialId, 'backlinks', 'backlinks/summary', { target: targetKey(target, mode), mode }),
  );
const summaryKeys: Readonly<Record<TargetMode, KeptTargetKeys>> = {
  host: keptSummaryKeys('host'),
  domain: keptSummaryKeys('domain'),
  url: keptSummaryKeys('url'),
};
const authorityKeys = new KeptTargetKeys((credentialId, target) =>
  credentialKey(credentialId, 'authority', 'backlinks/authority', { target: targetKey(target, 'url') }),
);

export const summaryKey = (scope: Pick<LoaderScope, 'clients'>, k: TargetKey): CacheKey =>
  summaryKeys[k.mode].get(scope.clients.seranking.credentialId, k.target);

export const authorityKey = (scope: Pick<LoaderScope, 'clients'>, target: string): CacheKey =>
  authorityKeys.get(scope.clients.seranking.credentialId, target);

/** Backlink summaries: all targets of a request in one call per 100 distinct targets (per mode). */
export const backlinkSummaries = defineLoader('seranking.backlinkSummaries', (scope) => {
  const loader: DataLoader<TargetKey, BacklinkSummary, string> = new DataLoader(
    (keys) =>
      batched(
        keys,
        (k) => k.mode,
        (group) => {
          const mode = group[0]?.mode ?? 'host';
          return scope.cache.fetchMany<TargetKey, BacklinkSummary>(
            group,
            (k) => summaryKey(scope, k),
            (missing, signal) =>
              scope.clients.seranking.backlinkSummaries(
                missing.map((k) => k.target),
                mode,
                { signal },
              ),
            withFetchOptions(scope.fetchOptions, { negative: TOO_LARGE }),
          );
        },
        () => loader,
      ),
    // The summary's cache key identifies the target (mode, normalised target) and is kept for it.
    { cacheKeyFn: (k) => cacheKeyString(summaryKey(scope, k)) },
  );
  return loader;
});

/** InLink Rank and Domain InLink Rank: one call per 100 distinct targets (the endpoint takes no mode). */
export const authorities = defineLoader('seranking.authority', (scope) => {
  const loader: DataLoader<string, Authority, string> = new DataLoader(
    (targets) =>
      batched(
        targets,
        () => 'all',
        (group) =>
          scope.cache.fetchMany<string, Authority>(
            group,
            (t) => authorityKey(scope, t),
            (missing, signal) => scope.clients.seranking.authority(missing, { signal }),
            withFetchOptions(scope.fetchOptions, { negative: TOO_LARGE }),
          ),
        () => loader,
      ),
    { cacheKeyFn: (t) => targetKey(t, 'url') },
  );
  return loader;
});

/** Rows 1 to the window's end of a target's backlinks. */
export const allBacklinks = (ref: TargetRef, args: BacklinksArgs, ctx: Context) => () => {
  const opts = backlinksOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/all', { ...ref, ...backlinksParams(args) }, (signal) =>
    ctx.clients.seranking.backlinks(ref.target, ref.mode, opts, { signal }),
  );
};

/** Rows 1 to the window's end of a target's referring domains. */
export const refDomainRows = (ref: TargetRef, args: ListArgs, ctx: Context) => () => {
  const opts = listOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/refdomains', { ...ref, ...opts }, (signal) =>
    ctx.clients.seranking.refDomains(ref.target, ref.mode, opts, { signal }),
  );
};

/** Rows 1 to the window's end of a target's anchor texts. */
export const anchorRows = (ref: TargetRef, args: ListArgs, ctx: Context) => () => {
  const opts = anchorOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/anchors', { ...ref, ...opts }, (signal) =>
    ctx.clients.seranking.anchors(ref.target, ref.mode, opts, { signal }),
  );
};

/** Rows 1 to the window's end of a target's backlink changes in a date range. */
export const historyRows = (ref: TargetRef, args: ListArgs & RangeArgs, ctx: Context) => () => {
  const opts = historyOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/history', { ...ref, ...historyParams(args) }, (signal) =>
    ctx.clients.seranking.history(ref.target, ref.mode, opts, { signal }),
  );
};

/** A page of a target's backlinks (its rows also tell the estimate which referring domains follow). */
export const backlinkRows = (ref: TargetRef, args: BacklinksArgs, ctx: Context) =>
  pageRows(args, allBacklinks(ref, args, ctx));

/** New and lost backlinks per day in a date range. */
export const dailyChangeCounts = (ref: TargetRef, args: RangeArgs, ctx: Context) => {
  const opts = rangeOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/history/count', { ...ref, ...rangeParams(args) }, (signal) =>
    ctx.clients.seranking.historyCount(ref.target, ref.mode, opts, { signal }),
  );
};
