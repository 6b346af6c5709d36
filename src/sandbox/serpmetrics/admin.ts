// The SERPmetrics admin API (serpmetrics.md §10.7): the shared routes (health, faults, calls) plus config, accounts,
// clock, queue, callbacks, statistics with check and credit totals, and reset.
import { z } from 'zod';
import { AdminError, type AdminRoute, commonAdminRoutes, parseBody, resetFlags } from '../common/admin.js';
import { AccountPatchSchema, accountSummary } from './accounts.js';
import type { SerpmetricsState } from './server.js';
import type { QueueName } from './store.js';

const ClockPatch = z
  .object({
    offsetSeconds: z.number().finite().optional(),
    /** absolute sandbox time in unix seconds */
    now: z.number().finite().nonnegative().optional(),
    speed: z.number().finite().nonnegative().optional(),
  })
  .strict();

const Advance = z.object({ seconds: z.number().finite().nonnegative() }).strict();

const QUEUES = ['daily', 'priority', 'delayed'] as const;
const Drain = z.object({ queues: z.array(z.enum(QUEUES)).default([...QUEUES]) }).strict();

const RESET_PARTS = ['stats', 'ledgers', 'faults', 'rateLimits', 'queues', 'keywords', 'clock'] as const;

function limitOf(query: URLSearchParams, fallback: number): number {
  const limit = Number(query.get('limit') ?? String(fallback));
  if (!Number.isInteger(limit) || limit < 0) throw new AdminError('limit must be a non-negative integer');
  return limit;
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function adminRoutes(state: SerpmetricsState): AdminRoute[] {
  const clockView = () => ({
    now: state.clock.nowSeconds(),
    nowMs: state.clock.nowMs(),
    offsetSeconds: Math.round(state.clock.offsetMs() / 1000),
    speed: state.clock.speed,
  });

  const statsView = (): Record<string, unknown> => {
    const snapshot = state.stats.snapshot();
    const counters = state.queues.counters;
    const totals = asRecord(snapshot.totals);
    const byKey = asRecord(snapshot.byKey);
    for (const [id, charged] of counters.chargedByAccount) {
      byKey[id] = { ...asRecord(byKey[id]), serpCreditsCharged: charged };
    }
    return {
      ...snapshot,
      totals: {
        ...totals,
        checksSent: totals.checks ?? 0,
        checks: { ...counters.checks, failed: counters.failed },
        serpCreditsCharged: counters.serpCreditsCharged,
      },
      byKey,
      callbacks: { ...state.callbacks.counters },
    };
  };

  const own: AdminRoute[] = [
    { method: 'GET', path: '/config', handler: () => state.config },
    { method: 'PATCH', path: '/config', handler: ({ body }) => state.patchConfig(body ?? {}) },
    {
      method: 'GET',
      path: '/accounts',
      handler: () => state.accounts.list().map((a) => accountSummary(a, state.clock.nowMs())),
    },
    {
      method: 'PUT',
      path: '/accounts/:id',
      handler: ({ params, body }) => {
        const id = params.id ?? '';
        const account = state.accounts.upsert(id, parseBody(AccountPatchSchema, body));
        state.accountsChanged();
        return accountSummary(account, state.clock.nowMs());
      },
    },
    {
      method: 'PATCH',
      path: '/accounts/:id',
      handler: ({ params, body }) => {
        const id = params.id ?? '';
        if (!state.accounts.get(id)) throw new AdminError(`no account ${id}`, 404);
        const account = state.accounts.upsert(id, parseBody(AccountPatchSchema, body));
        state.accountsChanged();
        return accountSummary(account, state.clock.nowMs());
      },
    },
    { method: 'GET', path: '/clock', handler: clockView },
    {
      method: 'PATCH',
      path: '/clock',
      handler: ({ body }) => {
        const patch = parseBody(ClockPatch, body);
        if (patch.speed !== undefined) state.patchConfig({ clock: { speed: patch.speed } });
        if (patch.offsetSeconds !== undefined) state.clock.setOffsetMs(patch.offsetSeconds * 1000);
        if (patch.now !== undefined) state.clock.setNowMs(patch.now * 1000);
        state.clockMoved();
        return clockView();
      },
    },
    {
      method: 'POST',
      path: '/clock/advance',
      handler: ({ body }) => {
        const { seconds } = parseBody(Advance, body);
        const result = state.queues.advance(seconds);
        return { now: state.clock.nowSeconds(), ...result };
      },
    },
    {
      method: 'GET',
      path: '/queue',
      handler: () => {
        const pending = state.queues.pending();
        const counts: Record<QueueName | 'held', number> = {
          daily: 0,
          priority: 0,
          delayed: 0,
          held: state.queues.heldCount(),
        };
        for (const t of pending) counts[t.queue]++;
        return {
          counts,
          pending: pending.map((t) => {
            const keyword = t.queue === 'daily' ? state.store.keywords.get(t.keywordId) : undefined;
            return {
              queue: t.queue,
              id: t.queue === 'daily' ? t.keywordId : t.id,
              account: t.accountId,
              phrase: t.queue === 'daily' ? (keyword?.phrase ?? null) : t.phrase,
              engine: t.engine,
              dueAt: Math.floor(t.dueAtMs / 1000),
              attempt: t.attempt,
            };
          }),
        };
      },
    },
    {
      method: 'POST',
      path: '/queue/drain',
      handler: ({ body }) => ({ ...state.queues.drain(parseBody(Drain, body).queues) }),
    },
    { method: 'GET', path: '/callbacks', handler: ({ query }) => state.callbacks.list(limitOf(query, 100)) },
    { method: 'GET', path: '/stats', handler: statsView },
    {
      method: 'POST',
      path: '/reset',
      handler: ({ body }) => {
        state.reset(resetFlags(body, RESET_PARTS));
        return { ok: true };
      },
    },
  ];
  const ownKeys = new Set(own.map((r) => `${r.method} ${r.path}`));
  return [
    ...own,
    ...commonAdminRoutes({ upstream: 'serpmetrics', faults: state.faults, stats: state.stats }).filter(
      (r) => !ownKeys.has(`${r.method} ${r.path}`),
    ),
  ];
}
