/**
 * SERPmetrics data for the graph beyond the cached reads (src/upstream/serpmetrics/reads.ts): the latest SERP of
 * a keyword pair (daily or one-off), recording a finished one-off check, and rank history over retained checks.
 */
import type { Context, LoaderScope } from '../../context.js';
import { UpstreamError } from '../../upstream/errors.js';
import type { PairIdentity, SnapshotRef } from '../../upstream/serpmetrics/pairs.js';
import { pairChecks, serpPage } from '../../upstream/serpmetrics/reads.js';
import type { SerpResult } from '../../upstream/serpmetrics/types.js';

/** One point of a domain's rank history: its best position in one check (null: not in the top 100). */
export interface RankPoint {
  checkId: string;
  checkedAt: Date;
  position: number | null;
  url: string | null;
}

/**
 * Records a finished priority / delayed check (from a status read or a callback) so `serp` of its pair shows
 * it. Returns its snapshot reference, or undefined when this gateway does not know what pair the id was for.
 */
export function recordOneOffCheck(
  scope: Pick<Context, 'oneOffChecks' | 'clients'>,
  queue: 'priority' | 'delayed',
  id: string,
  check: { checkId: string; checkedAt: Date },
): SnapshotRef | undefined {
  const registry = scope.oneOffChecks;
  const credentialId = scope.clients.serpmetrics.credentialId;
  const pair = registry.pairOf(credentialId, queue, id);
  if (!pair) return undefined;
  const snapshot: SnapshotRef = { ...pair, ...check, queue };
  registry.completed(credentialId, snapshot);
  return snapshot;
}

/**
 * The latest check of a pair in three separately cached lookups (keyword id, check ids, then the SERP when
 * results are asked for), or a newer finished one-off check of the same pair. Null when the pair is neither
 * tracked nor checked; `PENDING` when it is tracked but has no check yet.
 */
export async function latestSnapshot(
  scope: LoaderScope & Pick<Context, 'oneOffChecks'>,
  pair: PairIdentity,
): Promise<SnapshotRef | null> {
  const oneOff = scope.oneOffChecks.latestOf(scope.clients.serpmetrics.credentialId, pair);
  const daily = await pairChecks(scope, pair);
  const latest = daily?.[0];
  if (latest && (!oneOff || oneOff.checkedAt.getTime() <= latest.checkedAt.getTime())) return latest;
  if (oneOff) return oneOff;
  if (daily) throw new UpstreamError({ code: 'PENDING', upstream: 'serpmetrics', detail: 'no check yet' });
  return null;
}

/** What a rank history follows: every URL of a registrable domain, or one URL (compared by `urlKey`). */
export type RankSubject = { domain: string } | { url: string };

/** One page URL however it is written: scheme, fragment and a trailing slash ignored, host lowercased. */
export function urlKey(raw: string): string | null {
  try {
    const url = new URL(raw);
    return `${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return null;
  }
}

const matcher = (subject: RankSubject): ((r: SerpResult) => boolean) => {
  if ('domain' in subject) return (r) => r.domain.toLowerCase() === subject.domain;
  const wanted = urlKey(subject.url);
  return (r) => urlKey(r.url) === wanted;
};

/**
 * A domain's (or a URL's) best position in each of the given checks, oldest first: one cached SERP per check
 * (shared by every subject and by `serp`), so a cold 30-day history costs at most 30 SERP reads and a warm one none.
 */
export function rankHistory(
  scope: LoaderScope,
  checks: readonly SnapshotRef[],
  subject: RankSubject,
): Promise<RankPoint[]> {
  const oldestFirst = [...checks].sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime());
  const matches = matcher(subject);
  return Promise.all(
    oldestFirst.map(async (check) => {
      const page = await serpPage(scope, check.checkId);
      const best = page.results.find(matches);
      return {
        checkId: check.checkId,
        checkedAt: check.checkedAt,
        position: best?.position ?? null,
        url: best?.url ?? null,
      };
    }),
  );
}
