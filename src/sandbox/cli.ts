// `npm run sandbox`: both emulators on fixed loopback ports (4010 SE Ranking, 4011 SERPmetrics; env
// SANDBOX_SERANKING_PORT / SANDBOX_SERPMETRICS_PORT / SANDBOX_HOST), printing URLs and keys, closing on SIGINT/SIGTERM.
import { SANDBOX_KEYS, SERANKING_DEMO_KEYS, startSandbox } from './index.js';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) {
    console.error(`${name} must be a port number (0–65535), got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}

const host = process.env.SANDBOX_HOST ?? '127.0.0.1';
const sandbox = await startSandbox({
  host,
  seranking: { port: port('SANDBOX_SERANKING_PORT', 4010) },
  serpmetrics: { port: port('SANDBOX_SERPMETRICS_PORT', 4011) },
});

console.log(`seograph sandbox
  SE Ranking   ${sandbox.seranking.url}   Authorization: Token ${SANDBOX_KEYS.seranking}
  SERPmetrics  ${sandbox.serpmetrics.url}   key ${SANDBOX_KEYS.serpmetricsKey}  secret ${SANDBOX_KEYS.serpmetricsSecret}
  admin        ${sandbox.seranking.url}/__sandbox/health   ${sandbox.serpmetrics.url}/__sandbox/health
  SE Ranking demo keys: ${SERANKING_DEMO_KEYS.map((k) => `${k.id}=${k.key}`).join('  ')}
Ctrl-C to stop.`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing the sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
