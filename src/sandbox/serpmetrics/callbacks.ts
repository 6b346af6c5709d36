// The callback sender (serpmetrics.md §8, §10.7): one POST per finished check, form-encoded or JSON, 5 s timeout,
// never retried, at most N in flight, with drop / delay / duplicate fault knobs and a record of every attempt.
import { z } from 'zod';
import { redactUrl } from './accounts.js';

export const CallbackFaultsSchema = z
  .object({
    dropProbability: z.number().min(0).max(1).default(0),
    forceDrop: z.number().int().nonnegative().default(0),
    delayMs: z.number().nonnegative().default(0),
    duplicate: z.boolean().default(false),
  })
  .strict();

export type CallbackFaults = z.infer<typeof CallbackFaultsSchema>;

export type CallbackOutcome = 'delivered' | 'failed' | 'timeout' | 'dropped' | 'duplicate';

export interface CallbackRecord {
  at: number;
  account: string;
  url: string | null;
  encoding: 'form' | 'json';
  fields: Record<string, string>;
  status: number | null;
  ms: number;
  outcome: CallbackOutcome;
}

export interface CallbackCounters {
  attempted: number;
  delivered: number;
  failed: number;
  timeout: number;
  dropped: number;
}

const RING = 1_000;

export class CallbackSender {
  counters: CallbackCounters = { attempted: 0, delivered: 0, failed: 0, timeout: 0, dropped: 0 };
  private records: CallbackRecord[] = [];
  private inFlight = 0;
  private waiting: Array<() => void> = [];
  private readonly controllers = new Set<AbortController>();
  private readonly timers = new Set<NodeJS.Timeout>();

  /**
   * `faults` reads the `callbacks` section of the live fault plan (its `forceDrop` is consumed in place);
   * `draw` is the fault plan's seeded PRNG, so drops reproduce.
   */
  constructor(
    private readonly settings: () => { encoding: 'form' | 'json'; timeoutMs: number; maxInFlight: number },
    private readonly faults: () => CallbackFaults | undefined,
    private readonly draw: () => number,
  ) {}

  /** Queue one callback; delivery happens in the background. */
  enqueue(account: string, url: string, fields: Record<string, string>): void {
    const { encoding } = this.settings();
    const faults = this.faults();
    let drop = false;
    if (faults && faults.forceDrop > 0) {
      faults.forceDrop--;
      drop = true;
    } else if (faults && faults.dropProbability > 0) drop = this.draw() < faults.dropProbability;
    if (drop) {
      this.counters.dropped++;
      this.record({
        at: Date.now(),
        account,
        url: redactUrl(url),
        encoding,
        fields,
        status: null,
        ms: 0,
        outcome: 'dropped',
      });
      return;
    }
    const sends = faults?.duplicate ? 2 : 1;
    const start = (): void => {
      for (let i = 0; i < sends; i++) void this.send(account, url, fields, encoding, i > 0);
    };
    const delayMs = faults?.delayMs ?? 0;
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        start();
      }, delayMs);
      this.timers.add(timer);
    } else start();
  }

  /** Attempts, newest first. */
  list(limit: number): CallbackRecord[] {
    return this.records.slice(-limit).reverse();
  }

  reset(): void {
    this.records = [];
    this.counters = { attempted: 0, delivered: 0, failed: 0, timeout: 0, dropped: 0 };
  }

  /** Abort everything in flight (on close). */
  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const c of this.controllers) c.abort();
  }

  private record(r: CallbackRecord): void {
    this.records.push(r);
    if (this.records.length > RING) this.records.splice(0, this.records.length - RING);
  }

  private async slot(): Promise<void> {
    if (this.inFlight < this.settings().maxInFlight) {
      this.inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
  }

  private release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }

  private async send(
    account: string,
    url: string,
    fields: Record<string, string>,
    encoding: 'form' | 'json',
    duplicate: boolean,
  ): Promise<void> {
    await this.slot();
    const controller = new AbortController();
    this.controllers.add(controller);
    const { timeoutMs } = this.settings();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const started = Date.now();
    this.counters.attempted++;
    let status: number | null = null;
    let outcome: CallbackOutcome;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
          'user-agent': 'seograph-sandbox-serpmetrics/1',
        },
        body: encoding === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
        signal: controller.signal,
        redirect: 'manual',
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      outcome = res.status >= 200 && res.status < 300 ? 'delivered' : 'failed';
    } catch {
      outcome = timedOut ? 'timeout' : 'failed';
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
      this.release();
    }
    if (outcome === 'delivered') this.counters.delivered++;
    else if (outcome === 'timeout') this.counters.timeout++;
    else this.counters.failed++;
    this.record({
      at: started,
      account,
      url: redactUrl(url),
      encoding,
      fields,
      status,
      ms: Date.now() - started,
      outcome: duplicate && outcome === 'delivered' ? 'duplicate' : outcome,
    });
  }
}
