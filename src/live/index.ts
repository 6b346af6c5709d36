/**
 * Live updates and multi-process sharing, wired into one gateway: the callback route, the Yoga plugin that
 * gives subscriptions a context without the per-request deadline, the live updates service (pub/sub, poller),
 * shared with the deployment's other processes through Redis when `REDIS_URL` is set.
 */
import { randomBytes } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { type Context, type ContextDeps, createContext } from '../context.js';
import { CALLBACK_PATH, useSerpmetricsCallbacks } from './callback-route.js';
import { LiveUpdates, type LiveUpdatesOptions } from './updates.js';

export { CALLBACK_PATH } from './callback-route.js';

/**
 * A subscription lives as long as its client stays: its context gets no request deadline (the client going
 * away still cancels it), or every event after the first 15 s would resolve against an aborted signal.
 */
const SUBSCRIPTION_DEADLINE_MS = 7 * 24 * 3600 * 1000;

function useSubscriptionContext(deps: Omit<ContextDeps, 'clients'>): Plugin<Record<string, unknown>> {
  return {
    onSubscribe({ context }) {
      const base = context as Partial<Context> & { request?: Request };
      if (base.clients === undefined) return;
      // The request's own deadline is let go; the subscription's context replaces it on the same object.
      base.release?.();
      createContext(
        { ...deps, clients: base.clients },
        { disconnect: base.request?.signal, deadlineMs: SUBSCRIPTION_DEADLINE_MS },
        context,
      );
    },
  };
}

export interface GatewayLive {
  updates: LiveUpdates;
  /** The secret path token of the callback route. */
  token: string;
  plugins: ReadonlyArray<Plugin<Record<string, unknown>>>;
  /** The callback URL to give SERPmetrics, under the gateway's public base URL. */
  callbackUrl(publicBaseUrl: string): string;
  close(): Promise<void>;
}

/** Shown in logs instead of the token: enough to tell deployments apart, useless to a reader of the logs. */
const redactToken = (token: string): string => `${token.slice(0, 4)}…(${token.length} chars)`;

export function createGatewayLive(options: LiveUpdatesOptions): GatewayLive {
  const { config, logger } = options;
  const configured = config.live.callbackToken;
  const token = configured ?? randomBytes(24).toString('base64url');
  logger.info(
    { path: `${CALLBACK_PATH}${redactToken(token)}`, generated: configured === undefined },
    configured === undefined
      ? 'SERPmetrics callback route ready; its token was generated for this process (set SERPMETRICS_CALLBACK_TOKEN to fix it)'
      : 'SERPmetrics callback route ready',
  );
  const updates = new LiveUpdates(options);
  updates.start(config.live.pollIntervalMs);
  return {
    updates,
    token,
    plugins: [
      useSerpmetricsCallbacks({ token, receive: (event) => updates.receiveCallback(event) }),
      useSubscriptionContext({ ...options, live: updates }),
    ],
    callbackUrl: (publicBaseUrl) => `${publicBaseUrl.replace(/\/+$/, '')}${CALLBACK_PATH}${token}`,
    close: () => updates.close(),
  };
}
