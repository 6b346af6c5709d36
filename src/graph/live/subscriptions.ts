/**
 * Live rank tracking in the graph: `Subscription.serpUpdated` (one keyword pair) and `trackedSerpUpdated`
 * (every pair of the account), delivered over SSE as each new check arrives (callback or poll, src/live), and
 * `SerpSnapshot.movement`: each URL's position change and the SERP's flux against the pair's previous check.
 */

import { type Context, LoaderRegistry, type LoaderScope, RequestMemos } from '../../context.js';
import { userInputError } from '../../errors/index.js';
import { serpMovement, type UrlMovement } from '../../live/movement.js';
import { liveUpdatesOf, previousSnapshot, samePair } from '../../live/updates.js';
import { CHECK_CREDITS } from '../../pricing/index.js';
import { withFetchOptions } from '../../upstream/cache.js';
import { RequestLedger } from '../../upstream/ledger.js';
import type { SnapshotRef } from '../../upstream/serpmetrics/pairs.js';
import { serpPage } from '../../upstream/serpmetrics/reads.js';
import { builder } from '../builder.js';
import { KeywordPairInput, SerpSnapshot } from '../serp/types.js';
import { validPair } from '../validate.js';

interface MovementRef {
  previous: SnapshotRef;
  flux: number;
  results: UrlMovement[];
  dropped: UrlMovement[];
}

export const UrlMovementType = builder.objectRef<UrlMovement>('UrlMovement').implement({
  description: 'Where one URL stood in the previous check of the pair and where it stands now.',
  fields: (t) => ({
    url: t.expose('url', { type: 'URL', description: 'The result URL.' }),
    position: t.exposeInt('position', {
      nullable: true,
      description: 'Its position in this check; null when it left the top 100.',
    }),
    previousPosition: t.exposeInt('previousPosition', {
      nullable: true,
      description: 'Its position in the previous check; null when it is new.',
    }),
    change: t.exposeInt('change', {
      nullable: true,
      description: 'previous − current: positive moved up, negative moved down; null when it entered or left.',
    }),
  }),
});

export const SerpMovement = builder.objectRef<MovementRef>('SerpMovement').implement({
  description:
    'How a SERP moved against the previous check of the same pair. Flux follows SERPmetrics’ idea (each URL’s ' +
    'movement weighted toward the top, summed): |Δposition| divided by the better of the two positions.',
  fields: (t) => ({
    previous: t.field({
      type: SerpSnapshot,
      description: 'The check compared against.',
      resolve: (m) => m.previous,
    }),
    flux: t.exposeFloat('flux', {
      description: 'The movement of the whole SERP (0: identical order; a swap of positions 1 and 2 scores 2).',
    }),
    results: t.field({
      type: [UrlMovementType],
      description: 'One entry per result of this check, in position order.',
      complexity: { multiplier: 100 },
      resolve: (m) => m.results,
    }),
    dropped: t.field({
      type: [UrlMovementType],
      description: 'URLs of the previous check that left the top 100, in their old order.',
      complexity: { multiplier: 10 },
      resolve: (m) => m.dropped,
    }),
  }),
});

async function movementOf(ctx: Context, snapshot: SnapshotRef): Promise<MovementRef | null> {
  const previous = await previousSnapshot(ctx, snapshot);
  if (previous === null) return null;
  const [now, before] = await Promise.all([serpPage(ctx, snapshot.checkId), serpPage(ctx, previous.checkId)]);
  return { previous, ...serpMovement(now.results, before.results) };
}

builder.objectField(SerpSnapshot, 'movement', (t) =>
  t.field({
    type: SerpMovement,
    nullable: true,
    description:
      'Position changes and flux against the previous daily check of the pair; null when there is none ' +
      '(an untracked pair, or its first check).',
    resolve: (snapshot, _args, ctx) => movementOf(ctx, snapshot),
  }),
);

/** The live updates of this gateway, for a caller using the deployment's own SERPmetrics account. */
function liveFor(ctx: Context) {
  const live = liveUpdatesOf(ctx);
  if (live === undefined) throw userInputError('UPSTREAM_UNAVAILABLE', 'Live updates are not enabled here.');
  if (ctx.clients.serpmetrics.credentialId !== live.credentialId) {
    throw userInputError('FORBIDDEN', 'Live updates follow the deployment’s own SERPmetrics account only.');
  }
  return live;
}

/**
 * Each event of a subscription is resolved like a request of its own: a fresh ledger (per-request read bounds,
 * upstream call counts), fresh DataLoaders and memos, so a burst of checks on `trackedSerpUpdated` is not refused as
 * one oversized request. graphql-js resolves an event's fields with the subscription's one context object, and
 * the root field resolves before its children, so renewing these members here scopes them to the event.
 */
function startEvent(ctx: Context, snapshot: SnapshotRef): void {
  const ledger = new RequestLedger();
  // The event delivers a check SERPmetrics billed when it emerged: its `extensions.cost` reports it.
  ledger.checkCredits = CHECK_CREDITS[snapshot.queue];
  const fetchOptions = withFetchOptions(ctx.fetchOptions, { ledger });
  const { config, clients, cache, signal, deadlineAt } = ctx;
  const memos = new RequestMemos();
  const scope: LoaderScope = { config, clients, cache, signal, deadlineAt, ledger, fetchOptions, memos };
  Object.assign(ctx, { ledger, fetchOptions, memos, loaders: new LoaderRegistry(scope) });
}

builder.subscriptionType({
  description:
    'Live rank tracking over server-sent events (`Accept: text/event-stream`): a new check of a keyword pair is ' +
    'delivered as soon as SERPmetrics reports it (callback) or the gateway’s poller finds it.',
});

builder.subscriptionFields((t) => ({
  serpUpdated: t.field({
    type: SerpSnapshot,
    description:
      'Each new check of one keyword pair (daily, or a priority / delayed check requested through this ' +
      'deployment), with `movement` against the previous check. Validated before subscribing.',
    args: { pair: t.arg({ type: KeywordPairInput, required: true, description: 'The keyword pair.' }) },
    subscribe: async (_root, args, ctx) => {
      const live = liveFor(ctx);
      const pair = await validPair(ctx, args.pair);
      return live.updates((snapshot) => samePair(snapshot, pair));
    },
    resolve: (snapshot, _args, ctx) => {
      startEvent(ctx, snapshot);
      return snapshot;
    },
  }),
  trackedSerpUpdated: t.field({
    type: SerpSnapshot,
    description:
      'Each new check of any keyword pair of the account: daily checks of every tracked keyword, and the ' +
      'priority / delayed checks requested through this deployment.',
    subscribe: (_root, _args, ctx) => liveFor(ctx).updates(() => true),
    resolve: (snapshot, _args, ctx) => {
      startEvent(ctx, snapshot);
      return snapshot;
    },
  }),
}));
