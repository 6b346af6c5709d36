/**
 * Builds the two upstream clients from the configuration (real APIs or sandbox URLs alike), with
 * the resilience layer on, and one call observer for both: it counts their calls in the request ledger, meters
 * SE Ranking's credits and traces each call; the gateway's metrics watch it too.
 */
import type { Config } from './config/index.js';
import type { UpstreamClients } from './context.js';
import { traceUpstreamCall } from './observability/tracing.js';
import { meterCredits } from './security/charges.js';
import { CallObserver } from './upstream/observer.js';
import { Resilience, type ResilienceOptions } from './upstream/resilience/index.js';
import { SerankingClient } from './upstream/seranking/client.js';
import { SerpmetricsClient } from './upstream/serpmetrics/client.js';

export interface ClientOptions {
  /** Resilience options per upstream, replacing those of the configuration (tests switch parts off). */
  resilience?: { seranking?: ResilienceOptions; serpmetrics?: ResilienceOptions };
  /** An observer to report to (a tenant's clients report through the gateway's); a new one otherwise. */
  calls?: CallObserver;
}

export interface BuiltClients {
  clients: UpstreamClients;
  /** The resilience layer of each client, for the metrics (breaker state, limiter queue, retries). */
  resilience: Record<'seranking' | 'serpmetrics', Resilience>;
  close(): Promise<void>;
}

export function createUpstreamClients(config: Config, options: ClientOptions = {}): BuiltClients {
  const { seranking, serpmetrics } = config;
  if (seranking.apiKey === undefined || serpmetrics.apiKey === undefined) {
    throw new Error('upstream credentials are missing: run with the sandbox or set the API keys');
  }
  const calls = options.calls ?? new CallObserver([meterCredits, traceUpstreamCall]);
  const resilience = {
    seranking: new Resilience('seranking', options.resilience?.seranking ?? config.resilience.seranking),
    serpmetrics: new Resilience('serpmetrics', options.resilience?.serpmetrics ?? config.resilience.serpmetrics),
  };
  const clients: UpstreamClients = {
    seranking: new SerankingClient({
      baseUrl: seranking.baseUrl,
      apiKey: seranking.apiKey,
      maxKeywordsPerExport: seranking.keywordBatchSize,
      resilience: resilience.seranking,
      observer: calls,
    }),
    serpmetrics: new SerpmetricsClient({
      baseUrl: serpmetrics.baseUrl,
      apiKey: serpmetrics.apiKey,
      apiSecret: serpmetrics.apiSecret,
      resilience: resilience.serpmetrics,
      observer: calls,
    }),
    calls,
  };
  return {
    clients,
    resilience,
    close: async () => {
      await Promise.all([clients.seranking.close(), clients.serpmetrics.close()]);
    },
  };
}
