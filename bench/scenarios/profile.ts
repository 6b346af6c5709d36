/**
 * Profile: a V8 CPU profile (`node --cpu-prof`) of the gateway under the overhead scenario's warm Q_TOP100
 * load, reduced to the top self-time frames and a share per area (GC, graphql, Yoga/envelop, seograph, Node
 * internals). Run it before and after a change to see where the warm path's CPU went.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, operation, post } from '../lib/load.js';
import { LOG_DIR } from '../lib/proc.js';
import { fmt, row, type Section } from '../lib/report.js';
import { startWorld } from '../lib/world.js';
import { ENGINE, KEYWORD, validTop100Strict } from './calls.js';

const LOAD_S = 10;
const TOP = 15;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  /** Microseconds on the monotonic clock (as `process.hrtime`), so a window can be cut from the bench process. */
  startTime: number;
}

/** Which part of the stack a frame belongs to, by its script. */
function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  if (url.includes('/seograph-bench/src/')) return 'seograph';
  if (/node_modules\/(graphql|@graphql-tools\/executor|graphql-jit)\//.test(url)) return 'graphql execution';
  if (url.includes('node_modules/dataloader/')) return 'dataloader';
  if (/node_modules\/(graphql-yoga|@envelop|@whatwg-node|@graphql-yoga)\//.test(url)) return 'Yoga / envelop';
  if (url.includes('node_modules/')) return `other packages`;
  if (url.startsWith('node:') || url === '') return 'Node internals';
  return 'other';
}

const shortName = (frame: ProfileNode['callFrame']): string => {
  const file = frame.url.replace(/^.*\/(node_modules|seograph-bench)\//, '').replace(/^file:\/\//, '');
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
};

/**
 * Self time per frame and per area, as shares of busy (non-idle) time; only samples inside `window`
 * (microseconds of the monotonic clock) when given.
 */
export function summarise(
  profile: CpuProfile,
  window?: { fromUs: number; toUs: number },
): { busyMs: number; top: [string, number][]; areas: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const areas = new Map<string, number>();
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    if (!node || node.callFrame.functionName === '(idle)') return;
    busy += dt;
    const name = shortName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + dt);
    const area = areaOf(node.callFrame);
    areas.set(area, (areas.get(area) ?? 0) + dt);
  });
  const share = (m: Map<string, number>): [string, number][] =>
    [...m].map(([k, v]): [string, number] => [k, v / busy]).sort((a, b) => b[1] - a[1]);
  return { busyMs: busy / 1000, top: share(self).slice(0, TOP), areas: share(areas) };
}

/**
 * The CPU profile a gateway wrote into `dir` when it exited: the largest one, since the launcher (src/start.js)
 * writes its own short profile when it execs the gateway.
 */
export function readProfile(dir: string): { file: string; profile: CpuProfile } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f));
  const file = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (file === undefined) throw new Error(`no .cpuprofile in ${dir}`);
  return { file, profile: JSON.parse(readFileSync(file, 'utf8')) as CpuProfile };
}

/** Microseconds of the monotonic clock, the time base of a CPU profile's samples. */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

export async function profileScenario(): Promise<Section> {
  const dir = path.join(LOG_DIR, `cpu-prof-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const world = await startWorld({
    sandbox: { seranking: { hugeTargets: [] } },
    // BENCH_PROFILE_EXECUTING=1: the result cache off, so every request executes over the warm shared cache.
    env: process.env.BENCH_PROFILE_EXECUTING === '1' ? { RESULT_CACHE_MAX_BYTES: '0' } : {},
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  let requests = 0;
  try {
    const query = operation('top100');
    const variables = { keyword: KEYWORD, engine: ENGINE };
    await post(world.url, query, variables, validTop100Strict);
    const result = await load({
      url: world.url,
      body: JSON.stringify({ query, variables }),
      validate: validTop100Strict,
      connections: 8,
      durationS: LOAD_S,
    });
    requests = result.requests;
  } finally {
    // The profile is written when the gateway exits.
    await world.close();
  }
  const { file, profile } = readProfile(dir);
  const summary = summarise(profile);
  const pct = (x: number): string => `${fmt(100 * x, 1)} %`;
  return {
    title: 'Profile: where the gateway CPU goes on warm Q_TOP100 (node --cpu-prof, self time)',
    rows: [
      row('busy CPU per request', `${fmt(summary.busyMs / Math.max(1, requests), 2)} ms (${requests} requests)`),
      ...summary.areas.map(([area, share]) => row(`area: ${area}`, pct(share))),
      ...summary.top.map(([frame, share]) => row(`frame: \`${frame}\``, pct(share))),
    ],
    notes: [
      `${LOAD_S} s of 8-connection autocannon load after one warming request; the profile (${file}) covers start-up too, which the warm load dwarfs. Shares are of busy (non-idle) samples.`,
    ],
  };
}
