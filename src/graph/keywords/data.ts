/**
 * Keyword metrics per regional database: a per-request DataLoader over SE Ranking's keyword export and the
 * cache key the estimate asks about.
 */
import DataLoader from 'dataloader';
import { defineLoader, type LoaderRegistry, type LoaderScope } from '../../context.js';
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
    (keys) => metricsRows(scope, keys, () => loader),
    { cacheKeyFn: (k) => cacheKeyString(metricsKey(scope, k)) },
  );
  return loader;
});

/** The rows of many keywords, one `fetchMany` per regional database (the loader's batch). */
function metricsRows(
  scope: LoaderScope,
  keys: readonly KeywordKey[],
  loader: () => DataLoader<KeywordKey, KeywordMetrics, string>,
): Promise<Array<KeywordMetrics | Error>> {
  return batched(
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
    loader,
  );
}

/**
 * The rows of a `keywords` list, fetched as the loader's batch fetches them but without the loader: a loader made
 * a promise, closures and a map entry per keyword of a bulk request (about 0.7 KB a keyword), all alive until the
 * request ended. A root list starts before any other field of its request has loaded or primed a row, and a
 * keyword loaded elsewhere at the same time joins the same flight of the shared cache: still one export.
 */
export async function keywordRows(
  scope: LoaderScope & { loaders: LoaderRegistry },
  keys: readonly KeywordKey[],
): Promise<Array<KeywordMetrics | Error>> {
  const loader = () => scope.loaders.get(keywordMetrics);
  // A keyword asked twice is fetched and counted once, as the loader did: by its cache key (the normalised phrase).
  const slots = new Map<string, number>();
  const distinct: KeywordKey[] = [];
  const slotOf = new Array<number>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as KeywordKey;
    const id = cacheKeyString(metricsKey(scope, key));
    let slot = slots.get(id);
    if (slot === undefined) {
      slot = distinct.length;
      slots.set(id, slot);
      distinct.push(key);
    }
    slotOf[i] = slot;
  }
  if (distinct.length === keys.length) return metricsRows(scope, keys, loader);
  const rows = await metricsRows(scope, distinct, loader);
  return slotOf.map((slot) => rows[slot] as KeywordMetrics | Error);
}

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
