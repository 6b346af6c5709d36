/**
 * Admission control: a bounded number of GraphQL operations execute at once per process, the rest wait in a
 * bounded queue whose wait counts against the request's deadline (it starts when the HTTP request arrives).
 * Two lanes, so cheap work never queues behind expensive work: an operation whose last run (same document,
 * variables and client) was answered entirely from the cache runs in the `warm` lane; anything else (first
 * seen, or it went upstream last time) in the `cold` lane, which has its own slots and queue. A full queue, a
 * wait the lane's recent pace says would pass the deadline, a deadline that passes while queued, or a process
 * that is shutting down: refused at once, HTTP 503 with `Retry-After`, code OVERLOADED (or SHUTTING_DOWN).
 * The pace is the rate at which the lane's slots came free over the last seconds: operation times are no guide
 * when some end in a millisecond (refused further down) and others wait seconds upstream, and a queue admitted
 * on a too-short guess ages until its waiters are refused all together, sending their clients back at once.
 *
 * Not cockatiel's bulkhead: its queued callers cannot leave at their deadline (an aborted waiter keeps its queue
 * slot until dequeued), and refusing waits that would pass the deadline needs the lane's pace.
 */
import { createHash } from 'node:crypto';
import type { DocumentNode, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { type Context, variablesJson } from '../context.js';
import { gatewayError } from '../errors/index.js';
import { identityOf } from '../security/auth.js';

export const LANES = ['warm', 'cold'] as const;
export type LaneName = (typeof LANES)[number];

export type RefusalReason = 'queueFull' | 'deadline' | 'shutdown';

export interface AdmissionOptions {
  warmConcurrency: number;
  coldConcurrency: number;
  /** Queue length per lane. */
  maxQueued: number;
}

/** What the metrics read: per lane, operations running, waiting, and refused so far by reason. */
export interface LaneSnapshot {
  lane: LaneName;
  inFlight: number;
  queued: number;
  refused: Record<RefusalReason, number>;
}

class Refusal {
  constructor(
    readonly reason: RefusalReason,
    readonly retryAfterS: number,
  ) {}
}

interface Waiter {
  admit(): void;
  refuse(refusal: Refusal): void;
}

/** A first guess of an operation's duration, before the lane has measured its pace. */
const INITIAL_MEAN_MS = 50;
/** The pace is measured over the slots freed in this last stretch of time ... */
const PACE_WINDOW_MS = 3_000;
/** ... once at least this many were (before, the mean duration stands in). */
const PACE_MIN_RELEASES = 8;
/** Release times kept per lane: enough for a busy warm lane's window to span a useful stretch. */
const PACE_MAX_RELEASES = 512;

class Lane {
  running = 0;
  readonly refused: Record<RefusalReason, number> = { queueFull: 0, deadline: 0, shutdown: 0 };
  private readonly queue: Waiter[] = [];
  /** Exponentially weighted mean of the lane's execution times: its pace until enough slots came free. */
  private meanMs = INITIAL_MEAN_MS;
  /** When slots came free (performance.now()), oldest first; at most PACE_MAX_RELEASES. */
  private readonly releases: number[] = [];

  constructor(
    readonly name: LaneName,
    private readonly concurrency: number,
    private readonly maxQueued: number,
  ) {}

  get queued(): number {
    return this.queue.length;
  }

  get full(): boolean {
    return this.queue.length >= this.maxQueued && this.running >= this.concurrency;
  }

  /** How long a newcomer would wait: until as many slots came free as there are waiters ahead of it, plus one. */
  private expectedWaitMs(): number {
    const now = performance.now();
    while (this.releases.length > 0 && (this.releases[0] as number) < now - PACE_WINDOW_MS) this.releases.shift();
    const oldest = this.releases[0];
    if (oldest === undefined || this.releases.length < PACE_MIN_RELEASES)
      return Math.ceil((this.queue.length + 1) / this.concurrency) * this.meanMs;
    const perMs = this.releases.length / Math.max(1, now - oldest);
    return (this.queue.length + 1) / perMs;
  }

  refusal(reason: RefusalReason): Refusal {
    this.refused[reason] += 1;
    return new Refusal(reason, Math.max(1, Math.ceil(this.expectedWaitMs() / 1000)));
  }

  /**
   * A slot (call the returned release once done), or a refusal. Leaves the queue when the request's signal
   * aborts; `signalOf` is only called then (a request admitted at once makes no signal).
   */
  acquire(signalOf: () => AbortSignal, deadlineAt: number): Promise<(() => void) | Refusal> | (() => void) | Refusal {
    if (this.running < this.concurrency && this.queue.length === 0) return this.take();
    if (this.queue.length >= this.maxQueued) return this.refusal('queueFull');
    if (Date.now() + this.expectedWaitMs() > deadlineAt) return this.refusal('deadline');
    const signal = signalOf();
    if (signal.aborted) return this.refusal('deadline');
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(this.take());
        },
        refuse: (refusal) => {
          signal.removeEventListener('abort', onAbort);
          resolve(refusal);
        },
      };
      const onAbort = (): void => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        resolve(this.refusal('deadline'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  /** Refuses everyone still waiting (shutdown). */
  refuseQueued(reason: RefusalReason): void {
    for (const waiter of this.queue.splice(0)) waiter.refuse(this.refusal(reason));
  }

  private take(): () => void {
    this.running += 1;
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const now = performance.now();
      this.meanMs = 0.8 * this.meanMs + 0.2 * (now - started);
      this.releases.push(now);
      if (this.releases.length > PACE_MAX_RELEASES) this.releases.shift();
      this.queue.shift()?.admit();
    };
  }
}

/** Operations remembered as warm (answered from the cache last time), by a hash of what identifies them. */
const REMEMBERED_OPERATIONS = 10_000;

export class Admission {
  private readonly lanes: Record<LaneName, Lane>;
  private readonly warm = new LRUCache<string, true>({ max: REMEMBERED_OPERATIONS });
  private closed = false;

  constructor(options: AdmissionOptions) {
    this.lanes = {
      warm: new Lane('warm', options.warmConcurrency, options.maxQueued),
      cold: new Lane('cold', options.coldConcurrency, options.maxQueued),
    };
  }

  /** True when the warm lane cannot take more work: readiness turns false so a balancer sends it elsewhere. */
  get overloaded(): boolean {
    return this.lanes.warm.full;
  }

  snapshot(): LaneSnapshot[] {
    return LANES.map((lane) => ({
      lane,
      inFlight: this.lanes[lane].running,
      queued: this.lanes[lane].queued,
      refused: { ...this.lanes[lane].refused },
    }));
  }

  /** Shutdown: queued operations are refused with SHUTTING_DOWN, and so is every operation after them. */
  shutdown(): void {
    this.closed = true;
    for (const lane of LANES) this.lanes[lane].refuseQueued('shutdown');
  }

  laneOf(key: string): LaneName {
    return this.warm.has(key) ? 'warm' : 'cold';
  }

  /** A slot in the lane, or the GraphQL error refusing the operation. */
  async admit(
    lane: LaneName,
    signalOf: () => AbortSignal,
    deadlineAt: number,
  ): Promise<{ release: () => void } | { refused: GraphQLError }> {
    const target = this.lanes[lane];
    const outcome = this.closed ? target.refusal('shutdown') : await target.acquire(signalOf, deadlineAt);
    return outcome instanceof Refusal ? { refused: refusalError(outcome) } : { release: outcome };
  }

  /** Records whether the operation went upstream, which decides its lane next time. */
  learn(key: string, wentUpstream: boolean): void {
    if (wentUpstream) this.warm.delete(key);
    else this.warm.set(key, true);
  }
}

function refusalError(refusal: Refusal): GraphQLError {
  const http = { status: 503, headers: { 'retry-after': String(refusal.retryAfterS) } };
  return refusal.reason === 'shutdown'
    ? gatewayError('SHUTTING_DOWN', 'This gateway process is shutting down; retry on another.', {
        retryable: true,
        retryAfter: refusal.retryAfterS,
        http,
      })
    : gatewayError('OVERLOADED', 'The gateway is at capacity; the operation was not run. Retry later.', {
        retryable: true,
        retryAfter: refusal.retryAfterS,
        http,
      });
}

interface YogaContext extends Pick<Partial<Context>, 'memos'> {
  request?: Request;
  params?: { query?: string; variables?: Record<string, unknown> | null; operationName?: string | null };
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** The hash of a document's text, once per parsed document (Yoga's parser cache answers the same one). */
const documentHashes = new WeakMap<DocumentNode, string>();

/** Variables longer than this are remembered by their hash: the key stays small, a short one is not hashed. */
const VARIABLES_KEPT_CHARS = 256;

/** What identifies an operation for its lane: document, variables, operation name and client. */
function operationKey(ctx: YogaContext, document: DocumentNode): string {
  const params = ctx.params ?? {};
  const client = ctx.request ? (identityOf(ctx.request)?.name ?? '') : '';
  let text = documentHashes.get(document);
  if (text === undefined) {
    text = sha1(params.query ?? '');
    documentHashes.set(document, text);
  }
  const json = variablesJson(ctx.memos, params.variables);
  const variables = json.length > VARIABLES_KEPT_CHARS ? sha1(json) : json;
  return `${text}\0${variables}\0${params.operationName ?? ''}\0${client}`;
}

/** Waits for a slot before execution and gives it back when the result is out (subscriptions are not admitted). */
export function useAdmission(admission: Admission): Plugin<Record<string, unknown>> {
  return {
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const ctx = args.contextValue as Partial<Context> & YogaContext;
      const { deadlineAt, ledger } = ctx;
      if (deadlineAt === undefined || !ledger) return;
      const key = operationKey(ctx, args.document);
      // The signal is read only if the operation has to queue: one admitted at once makes none.
      const admitted = await admission.admit(admission.laneOf(key), () => ctx.signal as AbortSignal, deadlineAt);
      if ('refused' in admitted) {
        setResultAndStopExecution({ errors: [admitted.refused] });
        return;
      }
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        admitted.release();
        const { seranking, serpmetrics } = ledger.upstreamCalls;
        admission.learn(key, seranking + serpmetrics + ledger.cache.misses + ledger.cache.coalesced > 0);
      };
      setExecuteFn(async (executeArgs) => {
        try {
          return await executeFn(executeArgs);
        } finally {
          release();
        }
      });
      // A plugin after this one may answer without executing (result cache, cost and budget refusals): the
      // slot must come back then too, or every such request leaks one until the lane refuses everything.
      return { onExecuteDone: release };
    },
  };
}
