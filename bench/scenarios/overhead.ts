/**
 * Overhead: warm-cache Q_TOP100 throughput of the gateway against a bare graphql-yoga server executing the
 * same document over the same SDL into the identical JSON from memory; and what Yoga's parser / validation
 * cache changes (bare Yoga with and without it). The gateway itself executes queries on graphql-jit.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type LoadResult, load, median, operation, post, type Validator } from '../lib/load.js';
import { type Child, CORE, freePort, LOG_DIR, REPO_ROOT, startChild } from '../lib/proc.js';
import { fmt, row, type Section } from '../lib/report.js';
import { startWorld } from '../lib/world.js';
import { ENGINE, KEYWORD, validTop100Strict } from './calls.js';

const CONNECTIONS = 8;
const WARMUP_S = 3;
const RUN_S = 4;
const REPEATS = 5;

/** No 244 in this world: every result has a summary, so responses carry no errors at all. */
const SANDBOX = { seranking: { hugeTargets: [] } };

async function bare(payloadFile: string, name: string, options: { parserCache?: boolean } = {}) {
  const port = await freePort();
  const child = await startChild({
    name,
    script: 'bench/lib/bare-main.js',
    args: [JSON.stringify({ port, payloadFile, schemaFile: path.join(REPO_ROOT, 'schema.graphql'), ...options })],
    core: CORE.server,
    readyLine: true,
  });
  return { child, url: String(child.ready.url) };
}

interface Arm {
  url: string;
  validate: Validator;
  /** The server process under load, for its CPU time. */
  process: Child;
}

/** Runs the arms in rotation after a warm-up of each; per-arm results in rotation order. */
async function rotate(arms: readonly Arm[], body: string, runS: number, warmupS: number): Promise<LoadResult[][]> {
  const run = (t: Arm, durationS: number) =>
    load({
      url: t.url,
      body,
      validate: t.validate,
      connections: CONNECTIONS,
      durationS,
      serverCpu: () => t.process.cpuSeconds(),
    });
  for (const arm of arms) await run(arm, warmupS);
  const results: LoadResult[][] = arms.map(() => []);
  for (let i = 0; i < REPEATS; i++) {
    for (const [k, arm] of arms.entries()) results[k]?.push(await run(arm, runS));
  }
  for (const r of results.flat()) {
    if (r.invalid > 0) throw new Error(`${r.invalid} invalid responses under load: ${r.firstProblem}`);
  }
  return results;
}

/** Median over repeats of the per-round throughput ratio a / b (rounds ran back to back). */
const ratioOf = (a: LoadResult[], b: LoadResult[]): number =>
  median(a.map((r, i) => r.rps / (b[i]?.rps ?? Number.NaN)));

/** The same for requests per server CPU-second: what each would serve with a core to itself. */
const cpuRatioOf = (a: LoadResult[], b: LoadResult[]): number =>
  median(a.map((r, i) => r.perCpuSecond / (b[i]?.perCpuSecond ?? Number.NaN)));

/** Alternating A/B runs after a warm-up of each; the ratio is the median of per-pair ratios. */
async function ab(
  a: Arm,
  b: Arm,
  body: string,
  runS = RUN_S,
  warmupS = WARMUP_S,
): Promise<{ a: LoadResult[]; b: LoadResult[]; ratio: number; cpuRatio: number }> {
  const [ra = [], rb = []] = await rotate([a, b], body, runS, warmupS);
  return { a: ra, b: rb, ratio: ratioOf(ra, rb), cpuRatio: cpuRatioOf(ra, rb) };
}

const rps = (results: LoadResult[]): string =>
  `${fmt(median(results.map((r) => r.rps)), 0)} req/s (p50 ${fmt(median(results.map((r) => r.p50)), 1)} ms; ${fmt(median(results.map((r) => r.perCpuSecond)), 0)} req per server CPU-second)`;

const HIT_MISS =
  "Missed (result-cache hit), why: a hit still runs Yoga's whole request pipeline (body, parse and validation cache lookups, every plugin hook, the context) and Node's HTTP; the access log's writes are batched, Yoga's per-request body-limit stream and the request's deadline signal and timers are gone (src/security/body-limit.ts, src/context.ts). What would close it: answering a hit ahead of Yoga's pipeline with auth, limits, cost, admission, metrics and the access log kept.";

const EXECUTING_MISS =
  "Missed (executing over cached data), why: the estimate's walk, the cache's per-key path, the request's AbortController, span and URL-pattern tests are gone or cheap (issue 13); a CPU profile of warm Q_TOP100 with the result cache off (BENCH_PROFILE_EXECUTING=1, bench profile) still has the Prometheus plugin's per-request observations (~5 % self), the fetch options' descriptor copy (~2 %), graphql-jit's list completion and garbage collection. What would close it: our own observations in place of @graphql-yoga/plugin-prometheus, keeping every metric name in /metrics.";

/** A warm world and the captured warm answer of Q_TOP100 (the payload the bare server serves). */
async function warmWorld() {
  const world = await startWorld({ sandbox: SANDBOX });
  const query = operation('top100');
  const variables = { keyword: KEYWORD, engine: ENGINE };
  await post(world.url, query, variables, validTop100Strict);
  const warm = await post(world.url, query, variables, validTop100Strict);
  const payloadFile = path.join(LOG_DIR, 'top100-payload.json');
  writeFileSync(payloadFile, JSON.stringify({ data: warm.body.data }));
  const body = JSON.stringify({ query, variables });
  return { world, payloadFile, body, data: warm.body.data };
}

/** The bare server must answer the very same data. */
function sameData(expected: unknown): Validator {
  const text = JSON.stringify(expected);
  return (status, body) => {
    if (status !== 200) return `HTTP ${status}`;
    if (body.errors) return 'errors';
    return JSON.stringify(body.data) === text ? undefined : 'different data';
  };
}

export async function overheadScenario(): Promise<Section> {
  const { world, payloadFile, body, data } = await warmWorld();
  // The same gateway with the result cache off: every request executes over a warm shared cache, as a query
  // differing only in its variables (another keyword whose data is all cached) would.
  const executing = await startWorld({ sandbox: SANDBOX, env: { RESULT_CACHE_MAX_BYTES: '0' } });
  let server: { child: Child; url: string } | undefined;
  try {
    const variables = { keyword: KEYWORD, engine: ENGINE };
    await post(executing.url, operation('top100'), variables, validTop100Strict);
    server = await bare(payloadFile, 'bare-yoga');
    await post(server.url, operation('top100'), variables, sameData(data));
    await world.resetStats();
    await executing.resetStats();
    const [cached = [], executed = [], bareRuns = []] = await rotate(
      [
        { url: world.url, validate: validTop100Strict, process: world.gateway },
        { url: executing.url, validate: validTop100Strict, process: executing.gateway },
        { url: server.url, validate: sameData(data), process: server.child },
      ],
      body,
      RUN_S,
      WARMUP_S,
    );
    const calls = await world.calls();
    const executingCalls = await executing.calls();
    const cachedCpu = cpuRatioOf(cached, bareRuns);
    const executedCpu = cpuRatioOf(executed, bareRuns);
    const ratio = ratioOf(cached, bareRuns);
    return {
      title: 'Overhead: warm-cache Q_TOP100 throughput, gateway vs bare graphql-yoga serving the same JSON',
      rows: [
        row('gateway (production build, warm cache, result cache on: the default)', rps(cached)),
        row('gateway, result cache off (executes every request over the warm shared cache)', rps(executed)),
        row('bare graphql-yoga, same SDL and document, data from memory', rps(bareRuns)),
        row(
          `warm Q_TOP100, requests per server CPU-second, gateway / bare Yoga (median of ${REPEATS} rotations)`,
          fmt(cachedCpu, 3),
          '≥ 1.6',
          cachedCpu >= 1.6,
        ),
        row(
          'a warm query that differs only in variables (result cache off: executes over cached data) / bare Yoga, per server CPU-second',
          fmt(executedCpu, 3),
          '≥ 0.8',
          executedCpu >= 0.8,
        ),
        row('throughput ratio gateway / bare (load-generator bound, see notes)', fmt(ratio, 3)),
        row(
          'upstream calls during the warm load (both gateways)',
          String(calls.seranking + calls.serpmetrics + executingCalls.seranking + executingCalls.serpmetrics),
          '0',
          calls.seranking + calls.serpmetrics + executingCalls.seranking + executingCalls.serpmetrics === 0,
        ),
      ],
      notes: [
        `autocannon: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up each, then ${REPEATS} × (${RUN_S} s gateway, ${RUN_S} s gateway without result cache, ${RUN_S} s bare); response bodies of ${fmt(Buffer.byteLength(JSON.stringify({ data })) / 1024, 1)} KiB, each parsed and validated by the load generator (both gateways answer extensions.upstream and extensions.cost as well).`,
        `per-run req/s gateway ${cached.map((r) => fmt(r.rps, 0)).join(', ')}; without result cache ${executed.map((r) => fmt(r.rps, 0)).join(', ')}; bare ${bareRuns.map((r) => fmt(r.rps, 0)).join(', ')}. Requests per server CPU-second (server CPU from /proc) is the figure to read: it is steadier on a machine shared with other work, and the servers are load-generator bound (autocannon shares its core with the sandbox), so req/s understate the faster ones.`,
        ...(cachedCpu >= 1.6 ? [] : [HIT_MISS]),
        ...(executedCpu >= 0.8 ? [] : [EXECUTING_MISS]),
      ],
    };
  } finally {
    await server?.child.stop();
    await executing.close();
    await world.close();
  }
}

export async function parserCacheScenario(): Promise<Section> {
  const plain = await warmWorld();
  await plain.world.close();
  let cached: { child: Child; url: string } | undefined;
  let uncached: { child: Child; url: string } | undefined;
  try {
    cached = await bare(plain.payloadFile, 'bare-cached', { parserCache: true });
    uncached = await bare(plain.payloadFile, 'bare-uncached', { parserCache: false });
    const result = await ab(
      { url: cached.url, validate: sameData(plain.data), process: cached.child },
      { url: uncached.url, validate: sameData(plain.data), process: uncached.child },
      plain.body,
      3,
      2,
    );
    return {
      title: "Overhead variant: Yoga's parser/validation cache (bare Yoga, Q_TOP100 document)",
      rows: [
        row('bare Yoga, parser/validation cache on (the Yoga 5 default)', rps(result.a)),
        row('bare Yoga, cache off', rps(result.b)),
        row('throughput ratio cache on / off', fmt(result.ratio, 3), '> 1: keep the default'),
        row('requests per server CPU-second, cache on / off', fmt(result.cpuRatio, 3)),
      ],
      notes: [
        "createGateway does not set parserAndValidationCache, so the gateway runs with Yoga's default (on); measured on the bare server because the gateway offers no switch for it.",
      ],
    };
  } finally {
    await cached?.child.stop();
    await uncached?.child.stop();
  }
}
