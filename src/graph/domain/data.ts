/**
 * The SE Ranking reads behind `Domain` (seranking.md §5.10–5.12), each with the cache key the estimate asks about:
 * one cached call per domain, database and options.
 */
import type { LoaderScope } from '../../context.js';
import type { CacheKey } from '../../upstream/cache.js';
import { rankingFilterQuery } from '../../upstream/seranking/filters.js';
import type { DomainKeywordsOptions, DomainResultType } from '../../upstream/seranking/options.js';
import type { DomainCompetitor, DomainKeyword, DomainOverview } from '../../upstream/seranking/types.js';
import { withFilterQuery } from '../filters.js';
import { cachedRead, serankingKey } from '../seranking.js';

/** What a `Domain` resolves from: the validated domain (no scheme, `www.` or path) and the database code. */
export interface DomainRef {
  domain: string;
  database: string;
}

type Scope = Pick<LoaderScope, 'clients'>;

export const overviewKey = (scope: Scope, d: DomainRef): CacheKey =>
  serankingKey(scope, 'domain', 'domain/overview/db', { ...d });

/** The domain's organic and paid visibility in its database. */
export const domainOverview = (scope: LoaderScope, d: DomainRef): Promise<DomainOverview> =>
  cachedRead(scope, 'domain', 'domain/overview/db', { ...d }, (signal) =>
    scope.clients.seranking.domainOverview(d.domain, d.database, {}, { signal }),
  );

/** The cache-key parameters of a page of ranking keywords: its upstream page, the filter in query form. */
const rankingParams = (d: DomainRef, opts: DomainKeywordsOptions) => ({
  ...d,
  ...withFilterQuery(opts, rankingFilterQuery),
});

export const rankingKey = (scope: Scope, d: DomainRef, opts: DomainKeywordsOptions): CacheKey =>
  serankingKey(scope, 'domain', 'domain/keywords', rankingParams(d, opts));

/** One upstream page of the keywords the domain ranks for. */
export const rankingKeywords = (
  scope: LoaderScope,
  d: DomainRef,
  opts: DomainKeywordsOptions,
): Promise<DomainKeyword[]> =>
  cachedRead(scope, 'domain', 'domain/keywords', rankingParams(d, opts), (signal) =>
    scope.clients.seranking.domainKeywords(d.domain, d.database, opts, { signal }),
  );

export const competitorsKey = (scope: Scope, d: DomainRef, type: DomainResultType): CacheKey =>
  serankingKey(scope, 'domain', 'domain/competitors', { ...d, type });

/** Every competitor of the domain (one call; the graph pages them). */
export const domainCompetitors = (
  scope: LoaderScope,
  d: DomainRef,
  type: DomainResultType,
): Promise<DomainCompetitor[]> =>
  cachedRead(scope, 'domain', 'domain/competitors', { ...d, type }, (signal) =>
    scope.clients.seranking.domainCompetitors(d.domain, d.database, { type }, { signal }),
  );
