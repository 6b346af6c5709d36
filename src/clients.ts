/**
 * Builds the two upstream clients from the configuration (real APIs or sandbox URLs alike), with
 * the resilience layer on, and registers their origins so the request ledger can count their calls.
 */
import type { Config } from './config/index.js';
import type { UpstreamClients } from './context.js';
import { registerUpstreamOrigin } from './upstream/ledger.js';
import { Resilience, type ResilienceOptions } from './upstream/resilience/index.js';
import { SerankingClient } from './upstream/seranking/client.js';
import { SerpmetricsClient } from './upstream/serpmetrics/client.js';

export interface ClientOptions {
  /** Resilience options per upstream, replacing those of the configuration (tests switch parts off). */
  resilience?: { seranking?: ResilienceOptions; serpmetrics?: ResilienceOptions };
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
  registerUpstreamOrigin(seranking.baseUrl, 'seranking');
  registerUpstreamOrigin(serpmetrics.baseUrl, 'serpmetrics');
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
    }),
    serpmetrics: new SerpmetricsClient({
      baseUrl: serpmetrics.baseUrl,
      apiKey: serpmetrics.apiKey,
      apiSecret: serpmetrics.apiSecret,
      resilience: resilience.serpmetrics,
    }),
  };
  return {
    clients,
    resilience,
    close: async () => {
      await Promise.all([clients.seranking.close(), clients.serpmetrics.close()]);
    },
  };
}
