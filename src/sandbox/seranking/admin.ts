// The SE Ranking emulator's admin routes (seranking.md §7.8): the shared health/faults/stats/calls, plus config,
// keys and reset.
import { AdminError, type AdminRoute, commonAdminRoutes, parseBody, resetFlags } from '../common/admin.js';
import { mergePatch } from '../common/merge-patch.js';
import { makeConfig } from './config.js';
import { KeyInputSchema } from './ledger.js';
import type { SerankingState } from './server.js';

export function serankingAdminRoutes(state: SerankingState): AdminRoute[] {
  const upsertKey = (id: string, body: unknown, partial: boolean) => {
    try {
      return state.ledger.upsert(id, parseBody(KeyInputSchema, body), partial);
    } catch (err) {
      if (err instanceof Error && !('issues' in err)) throw new AdminError(err.message, partial ? 404 : 400);
      throw err;
    }
  };
  return [
    ...commonAdminRoutes({ upstream: 'seranking', faults: state.faults, stats: state.stats }),
    { method: 'GET', path: '/config', handler: () => state.config },
    {
      method: 'PATCH',
      path: '/config',
      handler: ({ body }) => {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          throw new AdminError('config patch must be a JSON object');
        }
        state.config = makeConfig(mergePatch(state.config, body));
        return state.config;
      },
    },
    { method: 'GET', path: '/keys', handler: () => state.ledger.list() },
    { method: 'PUT', path: '/keys/:id', handler: ({ params, body }) => upsertKey(params.id ?? '', body, false) },
    { method: 'PATCH', path: '/keys/:id', handler: ({ params, body }) => upsertKey(params.id ?? '', body, true) },
    {
      method: 'POST',
      path: '/reset',
      handler: ({ body }) => {
        state.reset(resetFlags(body, ['stats', 'ledgers', 'faults', 'rateLimits'] as const));
        return { ok: true };
      },
    },
  ];
}
