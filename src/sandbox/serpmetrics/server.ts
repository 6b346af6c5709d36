// The emulator's state and its node:http server: admin calls under /__sandbox/, every other call through the shared
// pipeline (faults, latency, stats) into maintenance → route → auth → request bucket → params → endpoint handler.
import { FaultInjector, FaultPlanSchema } from '../common/faults.js';
import { type Reply, readBody, sendReply, text } from '../common/http.js';
import { runUpstreamCall } from '../common/pipeline.js';
import { type ServedSandbox, type ServeOptions, serveSandbox } from '../common/serve.js';
import { CallStats } from '../common/stats.js';
import { type AccountPatch, Accounts } from './accounts.js';
import { adminRoutes } from './admin.js';
import { ROUTES } from './api.js';
import { authenticate } from './auth.js';
import { CallbackFaultsSchema, CallbackSender } from './callbacks.js';
import { SandboxClock } from './clock.js';
import { type ConfigPatch, defaultConfig, patchConfig, type SerpmetricsConfig } from './config.js';
import { DEMO_ACCOUNT_ID, seedDemo } from './demo.js';
import { ApiError, errorReply, errors, MESSAGES, messageForStatus } from './envelope.js';
import { RateLimiter } from './limits.js';
import { ParamReader, parseParams, type RequestFields, readFields } from './params.js';
import { Queues } from './queues.js';
import { Store } from './store.js';

/** The SERPmetrics fault plan: the shared plan plus a `callbacks` section (§10.7). */
export const SerpmetricsFaultPlanSchema = FaultPlanSchema.extend({ callbacks: CallbackFaultsSchema.optional() });

export type StatsCounter = 'checks';

export interface SerpmetricsStateOptions {
  config?: ConfigPatch;
  /** account id → fields; applied over the demo accounts, and again after every reset */
  accounts?: Record<string, AccountPatch>;
  /** callback URL of the `default` account */
  callbackUrl?: string;
  /** start the sandbox clock at this unix time (seconds) instead of now */
  startAt?: number;
  /** seed the demo keywords and their 30 days of checks (default true) */
  demo?: boolean;
}

export class SerpmetricsState {
  readonly startConfig: SerpmetricsConfig;
  config: SerpmetricsConfig;
  readonly clock: SandboxClock;
  readonly accounts: Accounts;
  readonly store: Store;
  readonly limiter: RateLimiter;
  readonly callbacks: CallbackSender;
  readonly queues: Queues;
  readonly faults = new FaultInjector(SerpmetricsFaultPlanSchema);
  readonly stats = new CallStats<StatsCounter>({
    upstream: 'serpmetrics',
    counters: ['checks'],
    maxCounters: ['checks'],
  });
  private readonly accountOverrides: Record<string, AccountPatch>;
  private readonly startAtMs: number | undefined;

  constructor(private readonly options: SerpmetricsStateOptions = {}) {
    this.startConfig = patchConfig(defaultConfig(), options.config ?? {});
    this.config = this.startConfig;
    this.startAtMs = options.startAt === undefined ? undefined : options.startAt * 1000;
    this.clock = new SandboxClock(
      this.config.clock.speed,
      this.startAtMs === undefined ? 0 : this.startAtMs - Date.now(),
    );
    this.accountOverrides = { ...options.accounts };
    if (options.callbackUrl !== undefined) {
      this.accountOverrides[DEMO_ACCOUNT_ID] = {
        ...this.accountOverrides[DEMO_ACCOUNT_ID],
        callbackUrl: options.callbackUrl,
      };
    }
    this.accounts = new Accounts(this.accountOverrides);
    this.store = new Store(this.config.seedSalt);
    this.limiter = new RateLimiter(() => this.config);
    this.callbacks = new CallbackSender(
      () => this.config.callbacks,
      () => this.faults.plan.callbacks,
      () => this.faults.draw(),
    );
    this.queues = new Queues(() => this.config, this.clock, this.accounts, this.store, this.callbacks);
    if (options.demo !== false) seedDemo(this.config, this.clock, this.store, this.queues);
  }

  /** PATCH /__sandbox/config: a merge patch; the clock follows `clock.speed`. */
  patchConfig(patch: unknown): SerpmetricsConfig {
    this.config = patchConfig(this.config, patch);
    if (this.clock.speed !== this.config.clock.speed) {
      this.clock.setSpeed(this.config.clock.speed);
      this.clockMoved();
    }
    return this.config;
  }

  /** The scheduler's timer follows clock changes; due items complete at once. */
  clockMoved(): void {
    this.queues.scheduler.runDue();
  }

  /** Admin account changes may bring an account back into standing: release its held checks. */
  accountsChanged(): void {
    this.queues.releaseHeld();
    this.queues.scheduler.runDue();
  }

  reset(parts: {
    stats: boolean;
    ledgers: boolean;
    faults: boolean;
    rateLimits: boolean;
    queues: boolean;
    keywords: boolean;
    clock: boolean;
    config: boolean;
  }): void {
    if (parts.config) {
      this.config = this.startConfig;
      this.clock.setSpeed(this.config.clock.speed);
    }
    if (parts.clock) {
      if (this.startAtMs === undefined) this.clock.setOffsetMs(0);
      else this.clock.setNowMs(this.startAtMs);
    }
    if (parts.stats) {
      this.stats.reset();
      this.queues.resetCounters();
      this.callbacks.reset();
    }
    if (parts.faults) this.faults.clear();
    if (parts.rateLimits) this.limiter.reset();
    if (parts.ledgers) this.accounts.reset(this.accountOverrides);
    if (parts.queues || parts.keywords) {
      this.queues.clear();
      this.store.clear();
      if (this.options.demo !== false) seedDemo(this.config, this.clock, this.store, this.queues);
    }
    this.queues.scheduler.arm();
  }

  /** The whole path of one API call after the pipeline's fault decision. */
  handle(path: string, fields: RequestFields): { reply: Reply; counters: Record<StatsCounter, number> } {
    const config = this.config;
    const now = this.clock.nowSeconds();
    let checks = 0;
    try {
      if (config.maintenance) throw new ApiError(503, MESSAGES.unavailable);
      const route = ROUTES.get(path);
      if (!route) throw errors.unknownEndpoint(path);
      const account = authenticate(fields, this.accounts, now, config.auth.timestampWindowSeconds);
      const bucket = this.limiter.take(account.id, 'requests', 1, this.clock.nowMs());
      if (!bucket.ok) {
        throw new ApiError(
          429,
          MESSAGES.tooManyRequests,
          config.rateLimit.retryAfterHeader ? { retryAfterSeconds: bucket.retryAfterSeconds } : {},
        );
      }
      const ctx = {
        config,
        clock: this.clock,
        store: this.store,
        queues: this.queues,
        limiter: this.limiter,
        account,
        params: new ParamReader(parseParams(fields.params)),
        now,
        checks: 0,
      };
      try {
        const reply = route(ctx);
        const apiCost = config.costs.apiCreditPerCall + (path === '/keywords/check' ? config.costs.check : 0);
        if (apiCost > 0) account.apiCredit = Math.round((account.apiCredit - apiCost) * 1e6) / 1e6;
        return { reply, counters: { checks: ctx.checks } };
      } finally {
        checks = ctx.checks;
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      return { reply: errorReply(config, now, err), counters: { checks } };
    }
  }

  /** The reply of an injected status, with the §5.3 message. */
  injectedReply(status: number, headers: Record<string, string>): Reply {
    const reply = errorReply(this.config, this.clock.nowSeconds(), new ApiError(status, messageForStatus(status)));
    return { ...reply, headers: { ...reply.headers, ...headers } };
  }

  stop(): void {
    this.queues.scheduler.stop();
    this.callbacks.stop();
  }
}

/** Listen on `host:port` and serve the API and the admin API of `state`. */
export function serve(state: SerpmetricsState, options: ServeOptions): Promise<ServedSandbox> {
  return serveSandbox(options, {
    adminRoutes: adminRoutes(state),
    adminAtPrefix: true,
    api: async (req, res, url, closing) => {
      const method = (req.method ?? 'GET').toUpperCase();
      const path = url.pathname.replace(/\/+$/, '') || '/';
      let fields: RequestFields;
      try {
        fields = await readFields(req, url, await readBody(req, 8 * 1024 * 1024));
      } catch {
        sendReply(res, text(413, 'request body too large or unreadable'));
        return;
      }
      const key = fields.key?.trim();
      const keyId = key ? (state.accounts.byKey(key)?.id ?? 'unknown') : 'anonymous';
      await runUpstreamCall<StatsCounter>({
        res,
        method,
        path,
        endpoint: ROUTES.has(path) ? `${method} ${path}` : `${method} (unknown endpoint)`,
        key: keyId,
        faults: state.faults,
        stats: state.stats,
        noCounters: { checks: 0 },
        errorReply: (status, headers) => state.injectedReply(status, headers),
        signal: closing,
        handle: async () => state.handle(path, fields),
      });
    },
    failed: (res) => {
      if (!res.headersSent) sendReply(res, text(500, 'sandbox error'));
    },
    stop: () => state.stop(),
  });
}
