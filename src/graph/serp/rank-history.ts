/**
 * Rank history for the graph: a domain's (or a URL's) best position in each retained check of a pair, read from
 * the cached SERP of each check.
 */
import type { LoaderScope } from '../../context.js';
import type { SnapshotRef } from '../../upstream/serpmetrics/pairs.js';
import { serpPage } from '../../upstream/serpmetrics/reads.js';
import type { SerpResult } from '../../upstream/serpmetrics/types.js';

/** One point of a domain's rank history: its best position in one check (null: not in the top 100). */
export interface RankPoint {
  checkId: string;
  checkedAt: Date;
  position: number | null;
  url: string | null;
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
