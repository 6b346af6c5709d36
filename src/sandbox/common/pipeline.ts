// The path of one upstream call through an emulator: fault decision, latency, handler, after-faults, reply, stats.
// Exports: HandlerResult, UpstreamCall, runUpstreamCall, sleep, truncatedJson.
import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { ZodType } from 'zod';
import type { FaultInjector, FaultPlan, Injection } from './faults.js';
import { type Reply, sendReply } from './http.js';
import type { CallStats } from './stats.js';

export interface HandlerResult<C extends string> {
  reply: Reply;
  /** stats counters of this call (items sent, credits charged...) */
  counters: Record<C, number>;
}

export interface UpstreamCall<C extends string> {
  res: ServerResponse;
  method: string;
  /** request path without the query string */
  path: string;
  /** the query string to log (CallRecord.query) */
  query?: string;
  /** stats key: method plus route path, e.g. `GET /v1/backlinks/summary` */
  endpoint: string;
  /** key id for fault rules and stats ('anonymous' without credentials, 'unknown' for a key nobody knows) */
  key: string;
  faults: FaultInjector<ZodType<FaultPlan>>;
  stats: CallStats<C>;
  /** counters of a call that never reached the handler */
  noCounters: Record<C, number>;
  /** the emulator's error reply for an injected status (its §3.4-style message) */
  errorReply: (status: number, headers: Record<string, string>) => Reply;
  /** aborted when the server closes, so pending latency and hangs stop at once */
  signal: AbortSignal;
  handle: () => Promise<HandlerResult<C>>;
}

/** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await delay(ms, undefined, { signal }).catch(() => undefined);
}

/** A JSON body cut in half: unparseable on purpose (`malformed` fault). */
export function truncatedJson(body: string): string {
  const cut = Math.max(1, Math.floor(body.length / 2));
  return body.length > 1 ? body.slice(0, cut) : '{"';
}

export async function runUpstreamCall<C extends string>(call: UpstreamCall<C>): Promise<void> {
  const started = Date.now();
  const decision = call.faults.decide({ method: call.method, path: call.path, key: call.key });
  let injected = decision.before !== null || decision.after !== null;
  await sleep(decision.latencyMs, call.signal);

  let result: HandlerResult<C> | null = null;
  const before = decision.before;
  if (before?.action === 'hang') await sleep(before.hangMs, call.signal);
  if (before && before.action !== 'hang') {
    result = { reply: injectedReply(call, before, null), counters: call.noCounters };
  } else {
    try {
      result = await call.handle();
    } catch {
      result = { reply: call.errorReply(500, {}), counters: call.noCounters };
      injected = false;
    }
    if (decision.after) {
      if (decision.after.action === 'hang') await sleep(decision.after.hangMs, call.signal);
      else result = { reply: injectedReply(call, decision.after, result.reply), counters: result.counters };
    }
  }

  const dropped = before?.action === 'reset' || decision.after?.action === 'reset';
  if (dropped) call.res.socket?.destroy();
  else sendReply(call.res, result.reply);
  call.stats.record({
    at: started,
    method: call.method,
    path: call.path,
    ...(call.query ? { query: call.query } : {}),
    endpoint: call.endpoint,
    key: call.key,
    status: dropped ? 0 : result.reply.status,
    ms: Date.now() - started,
    injected,
    counters: result.counters,
  });
}

function injectedReply<C extends string>(call: UpstreamCall<C>, injection: Injection, real: Reply | null): Reply {
  switch (injection.action) {
    case 'status': {
      if (injection.body === undefined) return call.errorReply(injection.status, injection.headers);
      return {
        status: injection.status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...injection.headers },
        body: JSON.stringify(injection.body),
      };
    }
    case 'malformed':
      return {
        status: injection.status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...injection.headers },
        body: truncatedJson(real?.body ?? '{"data":[{"id":1,"name":"sandbox"}]}'),
      };
    case 'hang':
    case 'reset':
      return real ?? call.errorReply(500, {});
  }
}
