/**
 * Keyword metrics per regional database: a per-request DataLoader over SE Ranking's keyword export and the
 * cache key the estimate asks about.
 */
import DataLoader from 'dataloader';
import { defineLoader, type LoaderScope } from '../../context.js';
import { type CacheKey, cacheKeyString } from '../../upstream/cache.js';
import { normalizePhrase } from '../../upstream/phrase.js';
import { keywordFilterQuery } from '../../upstream/seranking/filters.js';
import type { SuggestionOptions } from '../../upstream/seranking/options.js';
import type { KeywordMetrics, KeywordSuggestions } from '../../upstream/seranking/types.js';
import { withFilterQuery } from '../filters.js';
import { batched, cachedRead, serankingKey } from '../seranking.js';

/** A validated keyword in one regional database: the unit of keyword metrics. */
export interface KeywordKey {
  text: string;
  database: string;
}

/**
 * A keyword's metrics key, made once per request (the request's `memos`): the estimate (priced warm and cold) and
 * the loader ask for the same 10,000 keys of a bulk request, and a key's string is most of what a cold keyword
 * allocates.
 */
export function metricsKey(scope: Pick<LoaderScope, 'clients' | 'memos'>, k: KeywordKey): CacheKey {
  let byDatabase = scope.memos.keywordMetricsKeys;
  if (!byDatabase) {
    byDatabase = new Map();
    scope.memos.keywordMetricsKeys = byDatabase;
  }
  let byText = byDatabase.get(k.database);
  if (!byText) {
    byText = new Map();
    byDatabase.set(k.database, byText);
  }
  let key = byText.get(k.text);
  if (!key) {
    // Parameters in sorted order, so their JSON needs no sorted copy.
    key = serankingKey(scope, 'keywordMetrics', 'keywords/export', {
      database: k.database,
      keyword: normalizePhrase(k.text),
    });
    key.id = cacheKeyString(key);
    byText.set(k.text, key);
  }
  return key;
}

/**
 * Keyword metrics: the keywords of a request not in the cache become exports of at most the configured
 * batch size each (the client splits), one regional database per export. A keyword's loader key is its memoised
 * cache-key string (the estimate made it already): no second string, nor a weak entry, per keyword.
 */
export const keywordMetrics = defineLoader('seranking.keywordMetrics', (scope) => {
  const loader: DataLoader<KeywordKey, KeywordMetrics, string> = new DataLoader(
    (keys) =>
      batched(
        keys,
        (k) => k.database,
        (group) => {
          const database = group[0]?.database ?? '';
          return scope.cache.fetchMany<KeywordKey, KeywordMetrics>(
            group,
            (k) => metricsKey(scope, k),
            (missing, signal) =>
              scope.clients.seranking.keywordMetrics(
                missing.map((k) => k.text),
                database,
                { signal },
              ),
            scope.fetchOptions,
          );
        },
        () => loader,
      ),
    { cacheKeyFn: (k) => cacheKeyString(metricsKey(scope, k)) },
  );
  return loader;
});

export type IdeaEndpoint = 'similar' | 'related' | 'questions';

/** The cache-key parameters of a page of ideas: the seed's identity, the page and the filter in query form. */
const ideaParams = (k: KeywordKey, opts: SuggestionOptions) => ({
  keyword: normalizePhrase(k.text),
  database: k.database,
  ...withFilterQuery(opts, keywordFilterQuery),
});

export const ideasKey = (
  scope: Pick<LoaderScope, 'clients'>,
  endpoint: IdeaEndpoint,
  k: KeywordKey,
  opts: SuggestionOptions,
): CacheKey => serankingKey(scope, 'keywordIdeas', `keywords/${endpoint}`, ideaParams(k, opts));

/** A page of similar, related or question keywords for a seed. */
export function keywordIdeas(
  scope: LoaderScope,
  endpoint: IdeaEndpoint,
  k: KeywordKey,
  opts: SuggestionOptions,
): Promise<KeywordSuggestions> {
  const client = scope.clients.seranking;
  const call = {
    similar: client.similarKeywords,
    related: client.relatedKeywords,
    questions: client.keywordQuestions,
  }[endpoint].bind(client);
  return cachedRead(scope, 'keywordIdeas', `keywords/${endpoint}`, ideaParams(k, opts), (signal) =>
    call(k.text, k.database, opts, { signal }),
  );
}
