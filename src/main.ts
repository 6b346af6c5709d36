/**
 * Entry point: configuration → (sandbox with SANDBOX=1, or without keys outside production) → upstream clients →
 * gateway on PORT, with graceful shutdown on SIGTERM / SIGINT.
 */
import type { DestinationStream } from 'pino';
import { createUpstreamClients } from './clients.js';
import { type Config, ConfigError, loadConfig } from './config/index.js';
import { batchedStdout, createLogger, startTracing } from './observability/index.js';
import { connectRedis, redactRedisUrl } from './redis.js';
import { startSandbox } from './sandbox/index.js';
import { SANDBOX_KEYS } from './sandbox/keys.js';
import { createGateway } from './server.js';
import { withSharedRateLimit } from './upstream/resilience/redis-limiter.js';
import { useDashboard } from './web/static.js';

function configOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** pino-pretty (a dev dependency) when asked for and stdout is a terminal; JSON lines written in batches otherwise. */
async function logDestination(c: Config): Promise<DestinationStream> {
  if (c.logFormat !== 'pretty' || !process.stdout.isTTY) return batchedStdout();
  try {
    const { default: pretty } = await import('pino-pretty');
    return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l' });
  } catch {
    process.stderr.write('LOG_FORMAT=pretty needs the dev dependency pino-pretty; logging JSON lines\n');
    return batchedStdout();
  }
}

let config = configOrExit();
// Keys and secrets never reach the logs, whatever object carries them (src/observability/logging.ts).
const logger = createLogger({ level: config.logLevel, destination: await logDestination(config) });
// Off unless the standard OTEL_* variables ask for traces.
const tracing = startTracing(config.tracing);
if (tracing.enabled) logger.info({ exporter: tracing.exporter }, 'OpenTelemetry tracing on');

const sandbox = config.sandbox ? await startSandbox({ host: '127.0.0.1' }) : undefined;
if (sandbox) {
  config = {
    ...config,
    seranking: { ...config.seranking, baseUrl: sandbox.seranking.url, apiKey: SANDBOX_KEYS.seranking },
    serpmetrics: {
      ...config.serpmetrics,
      baseUrl: sandbox.serpmetrics.url,
      apiKey: SANDBOX_KEYS.serpmetricsKey,
      apiSecret: SANDBOX_KEYS.serpmetricsSecret,
    },
  };
  logger.warn(
    { seranking: sandbox.seranking.url, serpmetrics: sandbox.serpmetrics.url },
    'SANDBOX MODE: answering from the built-in emulators of SE Ranking and SERPmetrics (generated data, no credits ' +
      'spent). Set SERANKING_API_KEY, SERPMETRICS_API_KEY and SERPMETRICS_API_SECRET to use the real APIs.',
  );
} else {
  logger.info(
    { seranking: config.seranking.baseUrl, serpmetrics: config.serpmetrics.baseUrl },
    'using the real SE Ranking and SERPmetrics APIs',
  );
}

// Several processes share Redis (cache tier, pub/sub, upstream rate limits); without it each works alone.
const redisUrl = config.live.redisUrl;
const redis = redisUrl ? await connectRedis(redisUrl, logger) : undefined;
if (redisUrl) logger.info({ redis: redactRedisUrl(redisUrl) }, 'sharing cache, live updates and rate limits via Redis');
const upstream = createUpstreamClients(
  config,
  redis
    ? {
        resilience: {
          seranking: withSharedRateLimit(config.resilience.seranking, redis, logger),
          serpmetrics: withSharedRateLimit(config.resilience.serpmetrics, redis, logger),
        },
      }
    : {},
);
const gateway = createGateway(config, {
  clients: upstream.clients,
  resilience: upstream.resilience,
  logger,
  ...(redis ? { redis } : {}),
  // The rank dashboard (web/, built into dist/web) at `/`; the API stays at /graphql.
  plugins: [useDashboard()],
  onClose: async () => {
    await upstream.close();
    await redis?.close();
    await sandbox?.close();
    await tracing.shutdown();
  },
});
const running = await gateway.listen(config.port);
logger.info(
  { url: running.url, sandbox: config.sandbox, node: process.version, startupMs: Math.round(performance.now()) },
  `seograph listening on ${running.url} (Node ${process.version})`,
);
if (sandbox) {
  // The sandbox account reports finished checks to this gateway, as a real account's callback URI would.
  sandbox.serpmetrics.setCallbackUrl(gateway.live.callbackUrl(config.live.publicUrl ?? new URL(running.url).origin));
}

const { shutdownTimeoutMs } = config.observability;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal, timeoutMs: shutdownTimeoutMs }, 'shutting down: answering in-flight requests');
    // close() answers every request within the budget and bounds the release of resources; this is a last resort.
    setTimeout(() => {
      logger.error('shutdown did not finish in time');
      process.exit(1);
    }, shutdownTimeoutMs + 1_000).unref();
    running.close(shutdownTimeoutMs).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
