/**
 * The Mutation type and the SERPmetrics writes: track / untrack keywords (daily queue), append / remove
 * engines, and request priority / delayed checks. Input is validated before any call; each mutation declares
 * its credit cost as complexity; per-item failures come back as `ItemError`s in typed payloads; paid adds are
 * sent once (the client tells the resilience layer which failures are safe to repeat); affected cache entries
 * are dropped after each write.
 */
import type { Context } from '../../context.js';
import { type ErrorCode as ErrorCodeValue, gatewayError, userInputError } from '../../errors/index.js';
import { priced } from '../../pricing/fields.js';
import { CHECK_CREDITS, type SerpmetricsEndpoint } from '../../pricing/index.js';
import { commitCredits, payerOf } from '../../security/charges.js';
import { isUpstreamError, UpstreamError } from '../../upstream/errors.js';
import { normalizePhrase } from '../../upstream/phrase.js';
import { oneOffChecks } from '../../upstream/serpmetrics/one-offs.js';
import type { PairIdentity } from '../../upstream/serpmetrics/pairs.js';
import { allTrackedKeywords, invalidateTracking, trackedKeyword } from '../../upstream/serpmetrics/tracked-reads.js';
import type { Device, QueuedCheck, TrackedKeyword as TrackedKeywordValue } from '../../upstream/serpmetrics/types.js';
import { builder } from '../builder.js';
import { ErrorCode } from '../enums.js';
import {
  INPUT_LIMITS,
  validEngines,
  validKeyword,
  validKeywords,
  validLocation,
  validLocationEngines,
  validPairCount,
} from '../validate.js';
import { CheckRequest, type CheckRequestRef, Device as DeviceEnum, Engine, TrackedKeyword } from './types.js';

builder.mutationType({
  description: 'Change what is tracked and request checks (SERPmetrics). Every field states its credit cost.',
});

/** An UpstreamError as data: GraphQL treats an Error returned by a resolver as thrown, so it is copied. */
interface ItemErrorValue {
  code: ErrorCodeValue;
  message: string;
  upstream: string;
  httpStatus: number | undefined;
  retryable: boolean;
  retryAfter: number | undefined;
}

const itemError = (e: UpstreamError): ItemErrorValue => ({
  code: e.code,
  message: e.message,
  upstream: e.upstream,
  httpStatus: e.httpStatus,
  retryable: e.retryable,
  retryAfter: e.retryAfter,
});

export const ItemError = builder.objectRef<ItemErrorValue>('ItemError').implement({
  description:
    'Why one item of a mutation failed while the others may have succeeded: the same facts a GraphQL error ' +
    'carries in `extensions`.',
  fields: (t) => ({
    code: t.field({ type: ErrorCode, description: 'What went wrong.', resolve: (e) => e.code }),
    message: t.exposeString('message', { description: 'A sentence for people; switch on `code`.' }),
    upstream: t.string({ description: 'The upstream that failed.', resolve: (e) => e.upstream }),
    httpStatus: t.int({
      nullable: true,
      description: 'The upstream HTTP status, when there was one.',
      resolve: (e) => e.httpStatus ?? null,
    }),
    retryable: t.exposeBoolean('retryable', { description: 'Whether trying again later may succeed.' }),
    retryAfter: t.int({
      nullable: true,
      description: 'Seconds to wait before trying again, when the upstream said.',
      resolve: (e) => (e.retryAfter === undefined ? null : Math.ceil(e.retryAfter)),
    }),
  }),
});

// ---- payloads ----

interface TrackResult {
  keyword: string;
  tracked: TrackedKeywordValue | undefined;
  error: UpstreamError | undefined;
}

const TrackKeywordResult = builder.objectRef<TrackResult>('TrackKeywordResult').implement({
  description: 'The outcome for one keyword of `trackKeywords`.',
  fields: (t) => ({
    keyword: t.exposeString('keyword', { description: 'The keyword as sent (trimmed).' }),
    trackedKeyword: t.field({
      type: TrackedKeyword,
      nullable: true,
      description: 'The tracked keyword with its engines now; null when it failed.',
      resolve: (r) => r.tracked ?? null,
    }),
    error: t.field({
      type: ItemError,
      nullable: true,
      description: 'Why it failed; null on success.',
      resolve: (r) => (r.error ? itemError(r.error) : null),
    }),
  }),
});

const dailyCredits = (tracked: ReadonlyArray<TrackedKeywordValue | undefined>) =>
  tracked.reduce((sum, k) => sum + (k ? k.engines.length * CHECK_CREDITS.daily : 0), 0);

const TrackKeywordsPayload = builder.objectRef<{ results: TrackResult[] }>('TrackKeywordsPayload').implement({
  description: 'What `trackKeywords` did, per keyword.',
  fields: (t) => ({
    results: t.field({
      type: [TrackKeywordResult],
      description: 'One result per keyword sent, in order.',
      resolve: (p) => p.results,
    }),
    dailyCredits: t.int({
      description: 'Credits the keywords tracked by this call spend per day (1 per keyword and engine).',
      resolve: (p) => dailyCredits(p.results.map((r) => r.tracked)),
    }),
  }),
});

interface UntrackResult {
  keyword: string;
  error: UpstreamError | undefined;
}

const UntrackKeywordResult = builder.objectRef<UntrackResult>('UntrackKeywordResult').implement({
  description: 'The outcome for one keyword of `untrackKeywords`.',
  fields: (t) => ({
    keyword: t.exposeString('keyword', { description: 'The keyword as sent (trimmed).' }),
    untracked: t.boolean({
      description: 'True when the keyword is no longer tracked.',
      resolve: (r) => r.error === undefined,
    }),
    error: t.field({
      type: ItemError,
      nullable: true,
      description: 'Why it failed (`NOT_FOUND` when it was not tracked); null on success.',
      resolve: (r) => (r.error ? itemError(r.error) : null),
    }),
  }),
});

const UntrackKeywordsPayload = builder.objectRef<{ results: UntrackResult[] }>('UntrackKeywordsPayload').implement({
  description: 'What `untrackKeywords` did, per keyword.',
  fields: (t) => ({
    results: t.field({
      type: [UntrackKeywordResult],
      description: 'One result per keyword sent, in order.',
      resolve: (p) => p.results,
    }),
  }),
});

const EnginesChangePayload = builder.objectRef<{ tracked: TrackedKeywordValue }>('EnginesChangePayload').implement({
  description: 'A tracked keyword after its engines changed.',
  fields: (t) => ({
    trackedKeyword: t.field({
      type: TrackedKeyword,
      description: 'The keyword with its engines now.',
      resolve: (p) => p.tracked,
    }),
    dailyCredits: t.int({
      description: 'Credits the keyword now spends per day (1 per engine).',
      resolve: (p) => dailyCredits([p.tracked]),
    }),
  }),
});

interface RequestResult {
  keyword: string;
  engine: string;
  request: CheckRequestRef | undefined;
  error: UpstreamError | undefined;
  /** The add may have been queued (and charged) although its answer was lost. */
  outcomeUnknown?: boolean;
}

const OUTCOME_UNKNOWN_MESSAGE =
  'The check request may have reached SERPmetrics before the connection failed: credits may have been spent. ' +
  'Do not repeat it; if it was queued, its result will appear in `serpUpdated` and `serp` of its pair.';

const requestItemError = (r: RequestResult): ItemErrorValue | null => {
  if (!r.error) return null;
  const error = itemError(r.error);
  return r.outcomeUnknown
    ? { ...error, code: 'WRITE_OUTCOME_UNKNOWN', message: OUTCOME_UNKNOWN_MESSAGE, retryable: false }
    : error;
};

const CheckRequestResult = builder.objectRef<RequestResult>('CheckRequestResult').implement({
  description: 'The outcome for one keyword × engine pair of a check request.',
  fields: (t) => ({
    keyword: t.exposeString('keyword', { description: 'The keyword as sent (trimmed).' }),
    engine: t.field({ type: Engine, description: 'The engine.', resolve: (r) => ({ code: r.engine }) }),
    request: t.field({
      type: CheckRequest,
      nullable: true,
      description: 'The queued check (follow it with `checkRequest`); null when it failed.',
      resolve: (r) => r.request ?? null,
    }),
    error: t.field({
      type: ItemError,
      nullable: true,
      description: 'Why it was not queued (`WRITE_OUTCOME_UNKNOWN`: it may have been); null on success.',
      resolve: requestItemError,
    }),
  }),
});

const CheckRequestPayload = builder
  .objectRef<{ results: RequestResult[]; pricePerPair: number }>('CheckRequestPayload')
  .implement({
    description: 'What a priority or delayed check request queued, per keyword × engine pair.',
    fields: (t) => ({
      results: t.field({
        type: [CheckRequestResult],
        description: 'One result per pair, keyword-major (every engine of the first keyword, then the next).',
        resolve: (p) => p.results,
      }),
      credits: t.int({
        description: 'Credits the queued checks will cost; charged only when their data arrives.',
        resolve: (p) => p.results.filter((r) => r.request).length * p.pricePerPair,
      }),
    }),
  });

// ---- helpers ----

const identityOf = (k: Pick<PairIdentity, 'keyword' | 'location' | 'device'>) =>
  JSON.stringify([normalizePhrase(k.keyword), k.location?.toLowerCase() ?? null, k.device]);

/** Failures after which a write may or may not have happened upstream. */
const AMBIGUOUS = new Set(['UPSTREAM_TIMEOUT', 'UPSTREAM_ERROR', 'UPSTREAM_BAD_RESPONSE']);

const notTracked = () =>
  new UpstreamError({
    code: 'NOT_FOUND',
    upstream: 'serpmetrics',
    detail: 'not tracked with this location and device',
  });
const missingItem = () => new UpstreamError({ code: 'UPSTREAM_BAD_RESPONSE', upstream: 'serpmetrics', detail: 'data' });

/**
 * A paid add whose request may have reached the upstream before its answer was lost: the caller learns that it may
 * have paid, for what, and where the result will appear if the checks were queued (the callback or poller fills
 * the pair's latest SERP and publishes it to `serpUpdated`).
 */
const outcomeUnknown = (queue: 'priority' | 'delayed', pairs: readonly PairIdentity[], cause: UpstreamError) =>
  gatewayError('WRITE_OUTCOME_UNKNOWN', OUTCOME_UNKNOWN_MESSAGE, {
    upstream: 'serpmetrics',
    retryable: false,
    cause: cause.code,
    queue: queue.toUpperCase(),
    pairs: pairs.map(({ keyword, engine, location, device }) => ({ keyword, engine, location, device })),
    credits: pairs.length * CHECK_CREDITS[queue],
    result: {
      subscription: 'serpUpdated(keyword, engine, location, device)',
      query: 'serp(keyword, engine, location, device)',
    },
  });

/** Runs an upstream write with the request's ledger, so its calls show in the response's `extensions`. */
const write = <T>(ctx: Context, run: () => Promise<T>): Promise<T> => ctx.ledger.run(run);

/** The pair's tracked keyword read fresh from upstream (the cached answer is dropped first). */
async function freshTracked(ctx: Context, identity: Pick<PairIdentity, 'keyword' | 'location' | 'device'>) {
  invalidateTracking(ctx, [identity]);
  const tracked = await trackedKeyword(ctx, identity);
  if (!tracked) throw userInputError('NOT_FOUND', 'The keyword is not tracked with this location and device.');
  return tracked;
}

// Each mutation takes one input object (its keyword pairs: phrases, engines, location and device together).
const KEYWORDS_FIELD = 'Keyword phrases, 1–255 characters each (at most 1,000).';
const ENGINES_FIELD = 'Engine codes, e.g. `["google_en-us"]` (see `engines`).';
const LOCATION_FIELD =
  'A location such as `Brooklyn, NY, USA`, for Google engines only: with another engine the request is ' +
  '`INVALID_PARAMETER` before any call.';

const TrackKeywordsInput = builder.inputType('TrackKeywordsInput', {
  description: 'Keywords to track, on engines, from one location and device.',
  fields: (t) => ({
    keywords: t.stringList({ required: true, description: KEYWORDS_FIELD }),
    engines: t.stringList({ required: true, description: ENGINES_FIELD }),
    location: t.string({ description: LOCATION_FIELD }),
    device: t.field({ type: DeviceEnum, defaultValue: 'desktop', description: 'The device to check as.' }),
  }),
});

const UntrackKeywordsInput = builder.inputType('UntrackKeywordsInput', {
  description: 'Tracked keywords to remove (with all their engines), by phrase, location and device.',
  fields: (t) => ({
    keywords: t.stringList({ required: true, description: KEYWORDS_FIELD }),
    location: t.string({ description: 'Their location, if they were tracked with one.' }),
    device: t.field({ type: DeviceEnum, defaultValue: 'desktop', description: 'Their device.' }),
  }),
});

const EnginesChangeInput = builder.inputType('EnginesChangeInput', {
  description: 'One tracked keyword (phrase, location, device) and the engines to add or remove.',
  fields: (t) => ({
    keyword: t.string({ required: true, description: 'The tracked keyword phrase.' }),
    engines: t.stringList({ required: true, description: ENGINES_FIELD }),
    location: t.string({ description: 'Its location, if it was tracked with one.' }),
    device: t.field({ type: DeviceEnum, defaultValue: 'desktop', description: 'Its device.' }),
  }),
});

const CheckRequestInput = builder.inputType('CheckRequestInput', {
  description: 'One-off checks of each keyword × engine pair, from one location and device.',
  fields: (t) => ({
    keywords: t.stringList({ required: true, description: KEYWORDS_FIELD }),
    engines: t.stringList({ required: true, description: ENGINES_FIELD }),
    location: t.string({ description: LOCATION_FIELD }),
    device: t.field({ type: DeviceEnum, defaultValue: 'desktop', description: 'The device to check as.' }),
    customerId: t.string({
      description: 'Your own reference (≤ 255 characters), echoed in callbacks (delayed checks only).',
    }),
  }),
});

type PairArgs = { keywords: readonly string[]; engines: readonly string[] };
const pairs = (args: PairArgs) => args.keywords.length * new Set(args.engines).size;

/** A paid SERPmetrics write: every request spends (nothing to find in a cache), per keyword × engine pair. */
const pairsPrice = (endpoint: SerpmetricsEndpoint, count: (args: PairArgs) => number = pairs) => ({
  price: priced<unknown, { input: PairArgs }>({
    upstream: 'serpmetrics',
    endpoint,
    units: (args) => count(args.input),
  }),
});

/** Appends or removes engines of one tracked keyword: the same validation, read-back and invalidation. */
async function changeEngines(
  ctx: Context,
  args: {
    keyword: string;
    location?: string | null | undefined;
    device?: Device | null | undefined;
    engines: readonly string[];
  },
  change: 'append' | 'remove',
) {
  const identity = {
    keyword: validKeyword(args.keyword),
    location: validLocation(args.location),
    device: args.device ?? 'desktop',
  };
  const engines = await validEngines(ctx, args.engines);
  if (change === 'append') validLocationEngines(identity.location, engines);
  const tracked = await freshTracked(ctx, identity);
  const client = ctx.clients.serpmetrics;
  const options = { signal: ctx.signal };
  const updated = await write(ctx, () =>
    change === 'append'
      ? client.appendEngines(tracked.keywordId, engines, options)
      : client.removeEngines(tracked.keywordId, engines, options),
  );
  // Removed engines take their check lists with them; appended ones have none cached yet.
  const checkLists = change === 'remove' ? engines.map((engine) => ({ keywordId: tracked.keywordId, engine })) : [];
  invalidateTracking(ctx, [identity], checkLists);
  return { tracked: { ...tracked, ...updated } };
}

/** Queues one-off checks and remembers each id's pair (status answers and callbacks name only the id). */
async function requestChecks(
  ctx: Context,
  queue: 'priority' | 'delayed',
  args: {
    keywords: readonly string[];
    engines: readonly string[];
    location?: string | null | undefined;
    device?: Device | null | undefined;
    customerId?: string | null | undefined;
  },
): Promise<{ results: RequestResult[]; pricePerPair: number }> {
  const keywords = validKeywords(args.keywords);
  const location = validLocation(args.location);
  const device = args.device ?? 'desktop';
  const cid = args.customerId?.trim() || undefined;
  if (cid !== undefined && [...cid].length > INPUT_LIMITS.customerIdLength) {
    throw userInputError('INVALID_PARAMETER', `A customer id has at most ${INPUT_LIMITS.customerIdLength} characters.`);
  }
  const max = queue === 'priority' ? INPUT_LIMITS.priorityPairs : INPUT_LIMITS.delayedPairs;
  validPairCount(keywords.length, new Set(args.engines.map((e) => e.trim())).size, max);
  const engines = await validEngines(ctx, args.engines);
  validLocationEngines(location, engines);
  const client = ctx.clients.serpmetrics;
  const options = { location: location ?? undefined, device, signal: ctx.signal };
  const registry = oneOffChecks(ctx);
  const payer = payerOf(ctx.ledger);
  const requested = keywords.flatMap((keyword) => engines.map((engine) => ({ keyword, engine, location, device })));
  // A call whose outcome is unknown as a whole is that of each of its pairs.
  const queued: Array<QueuedCheck | UpstreamError> = await write(ctx, () =>
    queue === 'priority'
      ? client.priorityAdd(keywords, engines, options)
      : client.delayedAdd(keywords, engines, { ...options, cid }),
  ).catch((error: unknown) => {
    if (!isUpstreamError(error) || !AMBIGUOUS.has(error.code)) throw error;
    return requested.map(() => error);
  });
  const results = await Promise.all(
    requested.map(async (pair, i): Promise<RequestResult> => {
      const { keyword, engine } = pair;
      const item = queued[i];
      if (item === undefined || isUpstreamError(item)) {
        const error = item ?? missingItem();
        return { keyword, engine, request: undefined, error, outcomeUnknown: AMBIGUOUS.has(error.code) };
      }
      await registry.remember(client.credentialId, queue, item.id, pair, payer);
      const request: CheckRequestRef = { queue, id: item.id, pair, state: 'pending', check: undefined };
      return { keyword, engine, request, error: undefined };
    }),
  );
  const unknown = requested.filter((_, i) => results[i]?.outcomeUnknown);
  // A later callback naming an id this gateway never learned can then be matched to its pair.
  registry.awaitOutcome(client.credentialId, queue, unknown, payer);
  const cause = results.find((r) => r.outcomeUnknown)?.error;
  if (cause && unknown.length === requested.length) throw outcomeUnknown(queue, unknown, cause);
  const pricePerPair = CHECK_CREDITS[queue];
  // Billed when each check completes; held in the client's window from now on.
  commitCredits(ctx.ledger, results.filter((r) => r.request).length * pricePerPair);
  return { results, pricePerPair };
}

// ---- mutations ----

builder.mutationFields((t) => ({
  trackKeywords: t.field({
    type: TrackKeywordsPayload,
    nullable: true,
    description:
      'Adds keywords to the daily queue on the given engines (re-adding a keyword with the same location and ' +
      'device replaces its engines). Costs 1 credit per keyword × engine pair and day, charged as checks arrive.',
    args: { input: t.arg({ type: TrackKeywordsInput, required: true, description: 'What to track.' }) },
    extensions: pairsPrice('keywords/add'),
    resolve: async (_root, { input: args }, ctx) => {
      const keywords = validKeywords(args.keywords);
      const location = validLocation(args.location);
      const device = args.device ?? 'desktop';
      const engines = await validEngines(ctx, args.engines);
      validLocationEngines(location, engines);
      const client = ctx.clients.serpmetrics;
      const added = await write(ctx, () =>
        client.addKeywords(keywords, engines, { location: location ?? undefined, device, signal: ctx.signal }),
      );
      const identities = keywords.map((keyword) => ({ keyword, location, device }));
      invalidateTracking(ctx, identities);
      // An add that timed out may have been recorded: read back (adding again would be harmless, but the
      // answer is what the caller needs). Checks are charged per check, never per add.
      const readBack = added.some((r) => isUpstreamError(r) && AMBIGUOUS.has(r.code))
        ? new Map((await allTrackedKeywords(ctx).catch(() => [])).map((k) => [identityOf(k), k]))
        : new Map<string, TrackedKeywordValue>();
      const results = keywords.map((keyword, i): TrackResult => {
        const item = added[i];
        if (item !== undefined && !isUpstreamError(item)) return { keyword, tracked: item, error: undefined };
        const found = readBack.get(identityOf({ keyword, location, device }));
        if (found && engines.every((e) => found.engines.includes(e))) {
          return { keyword, tracked: found, error: undefined };
        }
        return { keyword, tracked: undefined, error: item ?? missingItem() };
      });
      return { results };
    },
  }),
  untrackKeywords: t.field({
    type: UntrackKeywordsPayload,
    nullable: true,
    description: 'Removes keywords (with all their engines) from the daily queue. Free; their past checks stay.',
    args: { input: t.arg({ type: UntrackKeywordsInput, required: true, description: 'What to untrack.' }) },
    resolve: async (_root, { input: args }, ctx) => {
      const keywords = validKeywords(args.keywords);
      const location = validLocation(args.location);
      const device = args.device ?? 'desktop';
      const identities = keywords.map((keyword) => ({ keyword, location, device }));
      invalidateTracking(ctx, identities);
      const all = new Map((await allTrackedKeywords(ctx)).map((k) => [identityOf(k), k]));
      const found = identities.map((identity) => all.get(identityOf(identity)));
      const ids = [...new Set(found.flatMap((k) => (k ? [k.keywordId] : [])))];
      const client = ctx.clients.serpmetrics;
      const deleted = ids.length > 0 ? await write(ctx, () => client.deleteKeywords(ids, { signal: ctx.signal })) : [];
      const outcome = new Map(ids.map((id, i) => [id, deleted[i]]));
      invalidateTracking(
        ctx,
        identities,
        found.flatMap((k) => (k ? k.engines.map((engine) => ({ keywordId: k.keywordId, engine })) : [])),
      );
      const results = keywords.map((keyword, i): UntrackResult => {
        const k = found[i];
        if (!k) return { keyword, error: notTracked() };
        const result = outcome.get(k.keywordId);
        return { keyword, error: result !== undefined && isUpstreamError(result) ? result : undefined };
      });
      return { results };
    },
  }),
  appendEngines: t.field({
    type: EnginesChangePayload,
    nullable: true,
    description:
      'Adds engines to a tracked keyword, keeping the others. Costs 1 credit per added engine and day, charged ' +
      'as checks arrive.',
    args: { input: t.arg({ type: EnginesChangeInput, required: true, description: 'The keyword and engines.' }) },
    extensions: pairsPrice('keywords/append_engines', (args) => new Set(args.engines).size),
    resolve: (_root, { input }, ctx) => changeEngines(ctx, input, 'append'),
  }),
  removeEngines: t.field({
    type: EnginesChangePayload,
    nullable: true,
    description: 'Removes engines from a tracked keyword (its past checks stay readable). Free.',
    args: { input: t.arg({ type: EnginesChangeInput, required: true, description: 'The keyword and engines.' }) },
    resolve: (_root, { input }, ctx) => changeEngines(ctx, input, 'remove'),
  }),
  requestPriorityCheck: t.field({
    type: CheckRequestPayload,
    nullable: true,
    description:
      'Queues fast one-off checks (minutes) of each keyword × engine pair, at most 60 pairs. Costs 6 credits per ' +
      'pair, charged only when its data arrives. Never repeated after an ambiguous failure (no double charge).',
    args: { input: t.arg({ type: CheckRequestInput, required: true, description: 'The pairs to check.' }) },
    extensions: pairsPrice('priority/add'),
    resolve: (_root, { input }, ctx) => requestChecks(ctx, 'priority', input),
  }),
  requestDelayedCheck: t.field({
    type: CheckRequestPayload,
    nullable: true,
    description:
      'Queues cheap one-off checks (usually within a day) of each keyword × engine pair, at most 200 pairs. Costs ' +
      '1 credit per pair, charged only when its data arrives. Never repeated after an ambiguous failure.',
    args: { input: t.arg({ type: CheckRequestInput, required: true, description: 'The pairs to check.' }) },
    extensions: pairsPrice('delayed/add'),
    resolve: (_root, { input }, ctx) => requestChecks(ctx, 'delayed', input),
  }),
}));
