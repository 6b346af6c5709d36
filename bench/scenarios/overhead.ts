/**
 * Overhead: warm-cache Q_TOP100 throughput of the gateway against a bare graphql-yoga server executing the
 * same document over the same SDL into the identical JSON from memory; and what graphql-jit and Yoga's
 * parser / validation cache change (gateway with and without jit; bare Yoga with and without the cache).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type LoadResult, load, median, operation, post, type Validator } from '../lib/load.js';
import { type Child, CORE, freePort, LOG_DIR, startChild } from '../lib/proc.js';
import { fmt, row, type Section } from '../lib/report.js';
import { startWorld } from '../lib/world.js';
import { ENGINE, KEYWORD, validTop100Strict } from './calls.js';

const CONNECTIONS = 8;
const WARMUP_S = 2;
const RUN_S = 5;
const REPEATS = 3;

/** No 244 in this world: every result has a summary, so responses carry no errors at all. */
const SANDBOX = { seranking: { hugeTargets: [] } };

async function bare(payloadFile: string, name: string, options: { jit?: boolean; parserCache?: boolean } = {}) {
  const port = await freePort();
  const child = await startChild({
    name,
    script: 'bench/lib/bare-main.js',
    args: [JSON.stringify({ port, payloadFile, ...options })],
    core: CORE.server,
    readyLine: true,
  });
  return { child, url: String(child.ready.url) };
}

/** Alternating A/B runs after a warm-up of each; the ratio is the median of per-pair ratios. */
async function ab(
  a: { url: string; validate: Validator },
  b: { url: string; validate: Validator },
  body: string,
  runS = RUN_S,
): Promise<{ a: LoadResult[]; b: LoadResult[]; ratio: number }> {
  const run = (t: { url: string; validate: Validator }, durationS: number) =>
    load({ url: t.url, body, validate: t.validate, connections: CONNECTIONS, durationS });
  await run(a, WARMUP_S);
  await run(b, WARMUP_S);
  const ra: LoadResult[] = [];
  const rb: LoadResult[] = [];
  for (let i = 0; i < REPEATS; i++) {
    ra.push(await run(a, runS));
    rb.push(await run(b, runS));
  }
  for (const r of [...ra, ...rb]) {
    if (r.invalid > 0) throw new Error(`${r.invalid} invalid responses under load: ${r.firstProblem}`);
  }
  const ratio = median(ra.map((r, i) => r.rps / (rb[i]?.rps ?? Number.NaN)));
  return { a: ra, b: rb, ratio };
}

const rps = (results: LoadResult[]): string =>
  `${fmt(median(results.map((r) => r.rps)), 0)} req/s (p50 ${fmt(median(results.map((r) => r.p50)), 1)} ms)`;

/** A warm world and the captured warm answer of Q_TOP100 (the payload the bare server serves). */
async function warmWorld(gateway: 'main' | { jit: boolean } = 'main') {
  const world = await startWorld({ sandbox: SANDBOX, gateway });
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
  let server: { child: Child; url: string } | undefined;
  try {
    server = await bare(payloadFile, 'bare-yoga');
    await post(server.url, operation('top100'), { keyword: KEYWORD, engine: ENGINE }, sameData(data));
    await world.resetStats();
    const result = await ab(
      { url: world.url, validate: validTop100Strict },
      { url: server.url, validate: sameData(data) },
      body,
    );
    const calls = await world.calls();
    return {
      title: 'Overhead: warm-cache Q_TOP100 throughput, gateway vs bare graphql-yoga serving the same JSON',
      rows: [
        row('gateway (production build, warm cache)', rps(result.a)),
        row('bare graphql-yoga, same SDL and document, data from memory', rps(result.b)),
        row(
          'throughput ratio gateway / bare (median of 3 alternating pairs)',
          fmt(result.ratio, 3),
          '≥ 0.8',
          result.ratio >= 0.8,
        ),
        row(
          'upstream calls during the warm load',
          String(calls.seranking + calls.serpmetrics),
          '0',
          calls.seranking + calls.serpmetrics === 0,
        ),
      ],
      notes: [
        `autocannon: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up each, then ${REPEATS} × (${RUN_S} s gateway, ${RUN_S} s bare); response bodies of ${fmt(Buffer.byteLength(JSON.stringify({ data })) / 1024, 1)} KiB, each parsed and validated by the load generator.`,
        `per-run req/s gateway ${result.a.map((r) => fmt(r.rps, 0)).join(', ')}; bare ${result.b.map((r) => fmt(r.rps, 0)).join(', ')}.`,
      ],
    };
  } finally {
    await server?.child.stop();
    await world.close();
  }
}

export async function overheadVariantsScenario(): Promise<Section> {
  const rows = [];
  const notes: string[] = [];
  const plain = await warmWorld({ jit: false });
  const jit = await startWorld({ sandbox: SANDBOX, gateway: { jit: true } });
  let bareCached: { child: Child; url: string } | undefined;
  let bareUncached: { child: Child; url: string } | undefined;
  try {
    const query = operation('top100');
    const variables = { keyword: KEYWORD, engine: ENGINE };
    await post(jit.url, query, variables, validTop100Strict);
    const jitWarm = await post(jit.url, query, variables, validTop100Strict);
    if (JSON.stringify(jitWarm.body.data) !== JSON.stringify(plain.data)) throw new Error('jit answers other data');
    const withJit = await ab(
      { url: jit.url, validate: validTop100Strict },
      { url: plain.world.url, validate: validTop100Strict },
      plain.body,
      4,
    );
    rows.push(
      row('gateway + @envelop/graphql-jit', rps(withJit.a)),
      row('gateway without jit (same entry point)', rps(withJit.b)),
      row('throughput ratio jit / no jit', fmt(withJit.ratio, 3), '> 1 to keep it'),
    );
    notes.push(
      `jit runs inside the request ledger here; appended after the core plugins (GatewayDeps.plugins) it would replace the ledger's execute wrapper and upstream accounting (extensions.upstream, metered credits) would break: it must be listed before useUpstreamLedger in src/server.ts.`,
    );
    await jit.close();
    await plain.world.close();

    bareCached = await bare(plain.payloadFile, 'bare-cached', { parserCache: true });
    bareUncached = await bare(plain.payloadFile, 'bare-uncached', { parserCache: false });
    const cache = await ab(
      { url: bareCached.url, validate: sameData(plain.data) },
      { url: bareUncached.url, validate: sameData(plain.data) },
      plain.body,
      4,
    );
    rows.push(
      row('bare Yoga, parser/validation cache on (Yoga default)', rps(cache.a)),
      row('bare Yoga, cache off', rps(cache.b)),
      row('throughput ratio cache on / off', fmt(cache.ratio, 3), '> 1 (keep the default)'),
    );
    notes.push(
      "createGateway leaves Yoga 5's parserAndValidationCache at its default (on), so the gateway already has it; the figure shows what it is worth on this document.",
    );
  } finally {
    await bareCached?.child.stop();
    await bareUncached?.child.stop();
    await jit.close();
    await plain.world.close();
  }
  return { title: 'Overhead variants: graphql-jit and the parser/validation cache', rows, notes };
}
