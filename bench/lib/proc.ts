/**
 * Child processes of the benchmark: the production build of the gateway and the bench's own entry points
 * (sandbox, bare Yoga), compiled once with tsc and started with `node`, each pinned to a
 * core with `taskset`; readiness from a `READY <json>` line or from `/health`; RSS read from /proc.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setPriority } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where `bench/tsconfig.json` compiles src/ and bench/ (inside node_modules so imports resolve). */
export const BUILD_DIR = path.join(REPO_ROOT, 'node_modules/.cache/seograph-bench');
export const LOG_DIR = '/tmp/seograph-bench-logs';

/** Cores: the gateway (or the server under test) on one, load generator and emulators on the other. */
export const CORE = { server: '0', load: '1' } as const;

/** Compiles the gateway and the bench entry points with tsc, file by file, so bench entry points can import any module. */
export function build(): { ms: number; typeErrors: boolean } {
  const started = Date.now();
  let typeErrors = false;
  try {
    execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/tsc'), ['-p', 'bench/tsconfig.json'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
  } catch {
    // tsc still emits when files other engineers are writing do not typecheck; what matters is the output.
    typeErrors = true;
  }
  if (!existsSync(path.join(BUILD_DIR, 'src/main.js'))) throw new Error('build produced no src/main.js');
  return { ms: Date.now() - started, typeErrors };
}

/**
 * Niceness of every bench process (`BENCH_NICE`, default -10): on a machine shared with other work the
 * scheduler favours the processes under measurement, so figures reflect seograph rather than the neighbours.
 */
export const NICE = Number(process.env.BENCH_NICE ?? '-10');

export function pinSelf(core: string): void {
  try {
    execFileSync('taskset', ['-cp', core, String(process.pid)], { stdio: 'ignore' });
  } catch {
    // taskset missing: run unpinned.
  }
  try {
    setPriority(NICE);
  } catch {
    // Not allowed (not root): default priority.
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  /** The parsed `READY` line, for entries that print one. */
  ready: Record<string, unknown>;
  rssBytes(): number;
  /** CPU time (user + system) the process has used so far, in seconds. */
  cpuSeconds(): number;
  /** The same, of its main thread only (the rest: V8's collector and compiler threads, libuv's pool). */
  mainThreadCpuSeconds(): number;
  /** The scheduler's CPU time of its live threads, read in ns (as seconds): for windows too short for ticks. */
  schedCpuSeconds(): number;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  /** Script path relative to BUILD_DIR, e.g. `src/main.js`. */
  script: string;
  args?: string[];
  env?: Record<string, string>;
  core: string;
  /** Wait for a `READY {json}` line on stdout; otherwise poll `healthUrl`. */
  readyLine?: boolean;
  healthUrl?: string;
  nodeArgs?: string[];
}

const children = new Set<Child>();

export async function startChild(options: StartOptions): Promise<Child> {
  const script = path.join(BUILD_DIR, options.script);
  // nice and taskset exec() node, so the child's pid is node's.
  const proc = spawn(
    'nice',
    [
      '-n',
      String(NICE),
      'taskset',
      '-c',
      options.core,
      process.execPath,
      ...(options.nodeArgs ?? []),
      script,
      ...(options.args ?? []),
    ],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Named by the bench's pid too: two runs at once (their children count from 1 each) append to their own files.
  const log = createWriteStream(path.join(LOG_DIR, `${options.name}-${process.pid}.log`), { flags: 'a' });
  proc.stderr?.pipe(log);
  let ready: Record<string, unknown> = {};
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  if (options.readyLine) {
    ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
      let buffered = '';
      const onData = (chunk: Buffer): void => {
        buffered += chunk.toString('utf8');
        const line = buffered.split('\n').find((l) => l.startsWith('READY '));
        if (line !== undefined) {
          proc.stdout?.off('data', onData);
          proc.stdout?.pipe(log);
          resolve(JSON.parse(line.slice('READY '.length)) as Record<string, unknown>);
        }
      };
      proc.stdout?.on('data', onData);
      exited.then((code) => reject(new Error(`${options.name} exited (${code}) before READY; see ${LOG_DIR}`)));
    });
  } else {
    proc.stdout?.pipe(log);
    const url = options.healthUrl;
    if (url === undefined) throw new Error('startChild needs readyLine or healthUrl');
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`${options.name} exited (${proc.exitCode}); see ${LOG_DIR}`);
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`${options.name} not healthy after 30 s`);
      await sleep(100);
    }
  }
  const pid = proc.pid ?? 0;
  const child: Child = {
    name: options.name,
    pid,
    process: proc,
    ready,
    rssBytes: () => rssOf(pid),
    cpuSeconds: () => cpuOf(pid),
    mainThreadCpuSeconds: () => mainThreadCpuOf(pid),
    schedCpuSeconds: () => schedCpuOf(pid),
    stop: async () => {
      children.delete(child);
      if (proc.exitCode !== null) return;
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
  children.add(child);
  return child;
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  return kb === undefined ? 0 : Number(kb) * 1024;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

/** User + system seconds of a /proc `stat` file (a process's: all its threads; a task's: that thread). */
function statCpuSeconds(file: string): number {
  const stat = readFileSync(file, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export const cpuOf = (pid: number): number => statCpuSeconds(`/proc/${pid}/stat`);

/** CPU seconds of the process's main thread alone: JavaScript, the atomic pauses of its collections, syscalls. */
export const mainThreadCpuOf = (pid: number): number => statCpuSeconds(`/proc/${pid}/task/${pid}/stat`);

/**
 * CPU seconds of every thread of the process, summed from each thread's `schedstat` (time on a CPU, in ns). `stat`
 * counts USER_HZ ticks (10 ms), too coarse for a window of 0.2 s; a thread that ended took its time with it, which
 * V8's and libuv's threads, alive for the process's life, do not.
 */
export function schedCpuOf(pid: number): number {
  let nanoseconds = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let schedstat: string;
    try {
      schedstat = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8');
    } catch (error) {
      // The thread ended between the listing and the read.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ESRCH') continue;
      throw error;
    }
    nanoseconds += Number(schedstat.split(' ')[0]);
  }
  // A kernel without scheduler statistics prints zeros: no figure rather than a wrong one.
  if (!Number.isFinite(nanoseconds) || nanoseconds <= 0) throw new Error(`no schedstat CPU time for pid ${pid}`);
  return nanoseconds / 1e9;
}

/** Stops every child still running (also on a failed scenario). */
export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => c.stop()));
}
