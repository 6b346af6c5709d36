// The emulator's records: tracked keywords, queued priority/delayed items, executed checks, and their ids
// (24-hex ObjectIds whose first 8 digits are a unix time, the rest seeded; serpmetrics.md §7.7, §10.3).
import { rng } from '../common/rng.js';
import type { Device } from './params.js';
import { normalizePhrase } from './params.js';
import type { ScheduledTask } from './scheduler.js';

export type QueueName = 'daily' | 'priority' | 'delayed';

/** The next daily check of one (keyword, engine). */
export interface DailyTask extends ScheduledTask {
  readonly queue: 'daily';
  readonly id: string;
  readonly accountId: string;
  readonly keywordId: string;
  readonly engine: string;
  dueAtMs: number;
  attempt: number;
}

/** One priority or delayed check request: its own queue item and, once done, its status answer. */
export interface QueueItem extends ScheduledTask {
  readonly queue: 'priority' | 'delayed';
  readonly id: string;
  readonly accountId: string;
  readonly phrase: string;
  readonly engine: string;
  readonly location: string | null;
  readonly device: Device;
  readonly callback: string | null;
  readonly cid: string | null;
  state: 'queued' | 'retrying' | 'done' | 'failed';
  dueAtMs: number;
  attempt: number;
  checkId: string | null;
  processed: number | null;
}

export type Task = DailyTask | QueueItem;

export interface Keyword {
  readonly id: string;
  readonly accountId: string;
  readonly phrase: string;
  readonly location: string | null;
  readonly device: Device;
  engines: string[];
  deleted: boolean;
  /** engine → its scheduled next daily check */
  readonly tasks: Map<string, DailyTask>;
}

export interface Check {
  readonly id: string;
  readonly accountId: string;
  readonly queue: QueueName;
  readonly phrase: string;
  readonly engine: string;
  /** null for non-Google engines, which ignore `location` (§7.2) */
  readonly location: string | null;
  readonly device: Device;
  /** SERP version: the account's number of earlier checks of this phrase/engine/location/device (§10.3) */
  readonly n: number;
  /** unix seconds when the check ran */
  readonly timestamp: number;
  readonly keywordId: string | null;
}

export function objectId(unixSeconds: number, r: () => number): string {
  const time = (Math.max(0, Math.floor(unixSeconds)) >>> 0).toString(16).padStart(8, '0');
  let rest = '';
  for (let i = 0; i < 2; i++)
    rest += Math.floor(r() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return time + rest;
}

/** Location as it affects a check: Google only (§7.2). */
export function effectiveLocation(engine: string, location: string | null): string | null {
  return engine.startsWith('google_') ? location : null;
}

export function serpKey(phrase: string, engine: string, location: string | null, device: string): string {
  return [normalizePhrase(phrase), engine, location ?? '', device].join('\u001f');
}

export class Store {
  readonly keywords = new Map<string, Keyword>();
  readonly items = new Map<string, QueueItem>();
  readonly checks = new Map<string, Check>();
  /** `${keywordId}|${engine}` → check ids, oldest first */
  readonly pairChecks = new Map<string, string[]>();
  private readonly identities = new Map<string, string>();
  private readonly serpCounters = new Map<string, number>();
  private idCounter = 0;

  constructor(private readonly seedSalt: string) {}

  newId(accountId: string, kind: string, unixSeconds: number): string {
    for (;;) {
      const id = objectId(unixSeconds, rng(this.seedSalt, 'id', accountId, kind, String(this.idCounter++)));
      if (!this.keywords.has(id) && !this.items.has(id) && !this.checks.has(id)) return id;
    }
  }

  keywordByIdentity(accountId: string, phrase: string, location: string | null, device: string): Keyword | undefined {
    const id = this.identities.get(this.identity(accountId, phrase, location, device));
    return id === undefined ? undefined : this.keywords.get(id);
  }

  addKeyword(k: Keyword): void {
    this.keywords.set(k.id, k);
    this.identities.set(this.identity(k.accountId, k.phrase, k.location, k.device), k.id);
  }

  deleteKeyword(k: Keyword): void {
    k.deleted = true;
    this.keywords.delete(k.id);
    this.identities.delete(this.identity(k.accountId, k.phrase, k.location, k.device));
  }

  /** Keywords of an account in creation order. */
  keywordsOf(accountId: string): Keyword[] {
    return [...this.keywords.values()].filter((k) => k.accountId === accountId);
  }

  /** Record a check; keeps at most `perPair` checks of a daily keyword pair. */
  addCheck(fields: Omit<Check, 'id' | 'n'>, perPair: number): Check {
    const key = serpKey(fields.phrase, fields.engine, fields.location, fields.device);
    const counterKey = `${fields.accountId}\u001f${key}`;
    const n = this.serpCounters.get(counterKey) ?? 0;
    this.serpCounters.set(counterKey, n + 1);
    let id = objectId(fields.timestamp, rng(this.seedSalt, 'check', fields.accountId, key, String(n)));
    while (this.checks.has(id)) id = this.newId(fields.accountId, 'check', fields.timestamp);
    const check: Check = { ...fields, id, n };
    this.checks.set(id, check);
    if (fields.keywordId !== null) {
      const pair = `${fields.keywordId}|${fields.engine}`;
      const list = this.pairChecks.get(pair) ?? [];
      list.push(id);
      while (list.length > perPair) {
        const old = list.shift();
        if (old !== undefined) this.checks.delete(old);
      }
      this.pairChecks.set(pair, list);
    }
    return check;
  }

  clear(): void {
    this.keywords.clear();
    this.items.clear();
    this.checks.clear();
    this.pairChecks.clear();
    this.identities.clear();
    this.serpCounters.clear();
    this.idCounter = 0;
  }

  private identity(accountId: string, phrase: string, location: string | null, device: string): string {
    return [accountId, normalizePhrase(phrase), (location ?? '').trim().toLowerCase(), device].join('\u001f');
  }
}
