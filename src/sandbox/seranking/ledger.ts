// API keys of the SE Ranking emulator and their credit ledgers (seranking.md §7.1, §7.5): lookup by key string,
// per-key limit/used, licence and disabled state, and the admin view that never shows key strings.
import { z } from 'zod';
import { SERANKING_DEMO_KEYS } from '../keys.js';

export interface KeyState {
  id: string;
  key: string;
  limit: number;
  used: number;
  rateLimitPerSecond: number;
  license: 'active' | 'expired';
  disabled: boolean;
  /** when the subscription started (account/subscription) */
  startedAt: string;
}

export const KeyInputSchema = z.strictObject({
  key: z.string().min(1).optional(),
  units: z.number().int().min(0).optional(),
  rateLimitPerSecond: z.number().int().min(1).optional(),
  license: z.enum(['active', 'expired']).optional(),
  disabled: z.boolean().optional(),
});
export type KeyInput = z.output<typeof KeyInputSchema>;

export interface KeySummary {
  id: string;
  units: number;
  used: number;
  limit: number;
  rateLimitPerSecond: number;
  license: 'active' | 'expired';
  disabled: boolean;
}

const START = '2026-01-01 00:00:00';

export class KeyLedger {
  #byId = new Map<string, KeyState>();
  readonly #defaultKey: string;

  constructor(defaultKey: string) {
    this.#defaultKey = defaultKey;
    this.reset();
  }

  /** Restore the demo keys and balances. */
  reset(): void {
    this.#byId.clear();
    for (const demo of SERANKING_DEMO_KEYS) {
      this.#byId.set(demo.id, {
        id: demo.id,
        key: demo.id === 'default' ? this.#defaultKey : demo.key,
        limit: demo.units,
        used: 0,
        rateLimitPerSecond: demo.rateLimitPerSecond,
        license: demo.license,
        disabled: demo.disabled,
        startedAt: START,
      });
    }
  }

  byKey(key: string): KeyState | undefined {
    for (const state of this.#byId.values()) if (state.key === key) return state;
    return undefined;
  }

  byId(id: string): KeyState | undefined {
    return this.#byId.get(id);
  }

  list(): KeySummary[] {
    return [...this.#byId.values()].map(summarize);
  }

  /** PUT (create or replace; a new key needs `key`) or PATCH (`partial`, the key must exist). */
  upsert(id: string, input: KeyInput, partial: boolean): KeySummary {
    const current = this.#byId.get(id);
    if (!current && partial) throw new Error(`no key with id ${id}`);
    if (!current && input.key === undefined) throw new Error('a new key needs "key"');
    const taken = input.key === undefined ? undefined : this.byKey(input.key);
    if (taken && taken.id !== id) throw new Error(`that key string already belongs to ${taken.id}`);
    const base: KeyState =
      partial && current
        ? current
        : {
            id,
            key: input.key ?? current?.key ?? '',
            limit: 10_000_000,
            used: 0,
            rateLimitPerSecond: 10,
            license: 'active',
            disabled: false,
            startedAt: START,
          };
    const next: KeyState = {
      ...base,
      ...(input.key === undefined ? {} : { key: input.key }),
      ...(input.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: input.rateLimitPerSecond }),
      ...(input.license === undefined ? {} : { license: input.license }),
      ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
    };
    if (input.units !== undefined) next.limit = next.used + input.units;
    this.#byId.set(id, next);
    return summarize(next);
  }

  /** Charge `cost` if the balance allows it; false (nothing charged) otherwise. */
  charge(state: KeyState, cost: number): boolean {
    if (state.limit - state.used < cost) return false;
    state.used += cost;
    return true;
  }

  /** Whether `cost` fits the balance, without charging. */
  affords(state: KeyState, cost: number): boolean {
    return state.limit - state.used >= cost;
  }
}

function summarize(s: KeyState): KeySummary {
  return {
    id: s.id,
    units: s.limit - s.used,
    used: s.used,
    limit: s.limit,
    rateLimitPerSecond: s.rateLimitPerSecond,
    license: s.license,
    disabled: s.disabled,
  };
}
