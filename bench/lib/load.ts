/**
 * Load and measurement helpers: GraphQL posts with response validation, autocannon runs that validate every
 * response, sequential latency samples, medians and percentiles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { REPO_ROOT } from './proc.js';

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
  extensions?: { upstream?: unknown; [k: string]: unknown };
}

/** Returns a problem description, or undefined when the response is what the scenario expects. */
export type Validator = (status: number, body: GraphQLResponse) => string | undefined;

export function operation(name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'bench', `${name}.graphql`), 'utf8');
}

/** HTTP 200, no `errors` (except codes allowed), and the scenario's shape check. */
export function expectData(shape: (data: Record<string, unknown>) => string | undefined, allowCodes: string[] = []) {
  return (status: number, body: GraphQLResponse): string | undefined => {
    if (status !== 200) return `HTTP ${status}`;
    const bad = (body.errors ?? []).filter((e) => !allowCodes.includes(e.extensions?.code ?? ''));
    if (bad.length > 0) return `errors: ${bad.map((e) => `${e.extensions?.code ?? '?'} ${e.message}`).join('; ')}`;
    if (!body.data) return 'no data';
    return shape(body.data);
  };
}

export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  validate: Validator,
): Promise<{ body: GraphQLResponse; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse;
  const ms = performance.now() - started;
  const problem = validate(res.status, body);
  if (problem !== undefined) throw new Error(`invalid response: ${problem.slice(0, 400)}`);
  return { body, ms };
}

export interface LoadResult {
  requests: number;
  rps: number;
  /** Requests per CPU-second of the server (when its process was given): throughput at one busy core. */
  perCpuSecond: number;
  p50: number;
  p99: number;
  invalid: number;
  firstProblem: string | undefined;
  statusCounts: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  /** Fixed body, or a generator for a fresh body per request (cold keys). */
  body: string | (() => string);
  validate: Validator;
  connections: number;
  durationS: number;
  /** Reads the server's CPU seconds, to relate requests to the CPU they cost. */
  serverCpu?: () => number;
}

/** One autocannon run; every response body is parsed and validated. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  let invalid = 0;
  let firstProblem: string | undefined;
  const statusCounts: Record<string, number> = {};
  const makeBody = typeof options.body === 'string' ? undefined : options.body;
  const cpuBefore = options.serverCpu?.();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: typeof options.body === 'string' ? options.body : undefined,
    requests: [
      {
        ...(makeBody ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: makeBody() }) } : {}),
        onResponse: (status: number, text: string) => {
          statusCounts[status] = (statusCounts[status] ?? 0) + 1;
          let problem: string | undefined;
          try {
            problem = options.validate(status, JSON.parse(text) as GraphQLResponse);
          } catch (error) {
            problem = `unparseable body: ${String(error)}`;
          }
          if (problem !== undefined) {
            invalid++;
            firstProblem ??= problem.slice(0, 300);
          }
        },
      },
    ],
  });
  const cpu = cpuBefore === undefined ? undefined : (options.serverCpu?.() ?? 0) - cpuBefore;
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    perCpuSecond: cpu === undefined || cpu <= 0 ? Number.NaN : result.requests.total / cpu,
    p50: result.latency.p50,
    p99: result.latency.p99,
    invalid: invalid + result.errors + result.timeouts,
    firstProblem: firstProblem ?? (result.errors + result.timeouts > 0 ? 'socket errors / timeouts' : undefined),
    statusCounts,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}
