/**
 * What the live updates remember: which checks were already published (so each is published once across
 * callbacks, polls and processes), the last published daily check of each keyword pair (what the poller
 * compares against), and who runs the current poll round. In memory for one process; in Redis when several
 * processes share it.
 */

import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { KEY_PREFIX } from '../redis.js';
import type { SharedOneOffs } from '../upstream/serpmetrics/one-offs.js';

/** The newest check of a pair that was published. */
export interface PairCheck {
  checkId: string;
  /** Epoch ms. */
  checkedAt: number;
}

export interface LiveStore {
  /** True for the first caller with this check id; false when it was published (or is being published). */
  claimCheck(credentialId: string, checkId: string): Promise<boolean>;
  /** Gives a claim back after a failed publication, so a later callback or poll can try again. */
  releaseCheck(credentialId: string, checkId: string): Promise<void>;
  lastCheck(credentialId: string, pair: string): Promise<PairCheck | undefined>;
  /** Records `check` unless a newer one is already there. */
  setLastCheck(credentialId: string, pair: string, check: PairCheck): Promise<void>;
  /** True when this process runs the poll round of this credential (one process per round). */
  leadPollRound(credentialId: string, roundMs: number): Promise<boolean>;
}

/** How long a published check id is remembered: longer than any callback delay or poll backlog. */
export const SEEN_TTL_MS = 3 * 24 * 3600 * 1000;

const scoped = (credentialId: string, id: string): string => `${credentialId}|${id}`;

export class MemoryLiveStore implements LiveStore {
  private readonly seen = new LRUCache<string, true>({ max: 100_000, ttl: SEEN_TTL_MS });
  private readonly pairs = new Map<string, PairCheck>();
  private readonly rounds = new Map<string, number>();

  async claimCheck(credentialId: string, checkId: string): Promise<boolean> {
    const key = scoped(credentialId, checkId);
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }

  async releaseCheck(credentialId: string, checkId: string): Promise<void> {
    this.seen.delete(scoped(credentialId, checkId));
  }

  async lastCheck(credentialId: string, pair: string): Promise<PairCheck | undefined> {
    return this.pairs.get(scoped(credentialId, pair));
  }

  async setLastCheck(credentialId: string, pair: string, check: PairCheck): Promise<void> {
    const key = scoped(credentialId, pair);
    const current = this.pairs.get(key);
    if (current === undefined || current.checkedAt <= check.checkedAt) this.pairs.set(key, check);
  }

  async leadPollRound(credentialId: string, roundMs: number): Promise<boolean> {
    const now = Date.now();
    const until = this.rounds.get(credentialId) ?? 0;
    if (until > now) return false;
    // A little short of the round, so the next tick of the same process is not refused by timer drift.
    this.rounds.set(credentialId, now + Math.max(1, roundMs - 20));
    return true;
  }
}

const SET_IF_NEWER = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local ok, decoded = pcall(cjson.decode, current)
  if ok and decoded.checkedAt and decoded.checkedAt > tonumber(ARGV[3]) then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`;

/** The shared store: plain keys and hashes under `seograph:live:`. */
export class RedisLiveStore implements LiveStore, SharedOneOffs {
  constructor(private readonly redis: Redis) {}

  private key(kind: string, credentialId: string, id?: string): string {
    return `${KEY_PREFIX}live:${kind}:${credentialId}${id === undefined ? '' : `:${id}`}`;
  }

  async claimCheck(credentialId: string, checkId: string): Promise<boolean> {
    const ok = await this.redis.set(this.key('seen', credentialId, checkId), '1', 'PX', SEEN_TTL_MS, 'NX');
    return ok === 'OK';
  }

  async releaseCheck(credentialId: string, checkId: string): Promise<void> {
    await this.redis.del(this.key('seen', credentialId, checkId));
  }

  async lastCheck(credentialId: string, pair: string): Promise<PairCheck | undefined> {
    const raw = await this.redis.hget(this.key('pairs', credentialId), pair);
    return raw === null ? undefined : (JSON.parse(raw) as PairCheck);
  }

  async setLastCheck(credentialId: string, pair: string, check: PairCheck): Promise<void> {
    await this.redis.eval(
      SET_IF_NEWER,
      1,
      this.key('pairs', credentialId),
      pair,
      JSON.stringify(check),
      String(check.checkedAt),
      String(SEEN_TTL_MS),
    );
  }

  async setOneOff(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(`${KEY_PREFIX}live:oneoff:${key}`, value, 'PX', ttlMs);
  }

  async getOneOff(key: string): Promise<string | undefined> {
    return (await this.redis.get(`${KEY_PREFIX}live:oneoff:${key}`)) ?? undefined;
  }

  async leadPollRound(credentialId: string, roundMs: number): Promise<boolean> {
    const ok = await this.redis.set(this.key('poll', credentialId), '1', 'PX', Math.max(1, roundMs - 20), 'NX');
    return ok === 'OK';
  }
}
