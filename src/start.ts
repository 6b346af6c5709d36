/**
 * The production launcher (`dist/start.js`, run by `npm start` and the image): gives V8 an old-space limit
 * derived from the cache budget and young-generation semi-spaces sized for bulk requests, then becomes the
 * gateway (same pid, so signals and exit codes are the gateway's own). Without a limit V8 sizes its heap from the
 * machine's memory and RSS drifts far above the cache budget before it collects. An explicit flag (argument or
 * NODE_OPTIONS) wins over ours.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { heapLimitMiB, loadConfig } from './config/index.js';

const HEAP_FLAG = '--max-old-space-size';
const SEMI_SPACE_FLAG = '--max-semi-space-size';
/**
 * MiB per semi-space, twice V8's 16: a 10,000-keyword request holds its export, rows and answer for ~250 ms, and
 * each scavenge in that time copied them once more, then promoted them to the old space, where only a full
 * collection frees them. Side by side on one run (bench keyword sizes, five alternating rounds), 32 MiB cut the
 * 10,000-keyword row's CPU by 14 % and the 100-keyword row's by 6 %, for ~48 MiB more young generation at most.
 */
const SEMI_SPACE_MIB = 32;
const main = fileURLToPath(new URL('./main.js', import.meta.url));

const given = (flag: string): boolean =>
  [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes(flag));

function heapArgs(): string[] {
  const args = given(SEMI_SPACE_FLAG) ? [] : [`${SEMI_SPACE_FLAG}=${SEMI_SPACE_MIB}`];
  if (given(HEAP_FLAG)) return args;
  try {
    return [...args, `${HEAP_FLAG}=${heapLimitMiB(loadConfig(process.env))}`];
  } catch {
    // A bad configuration is main.js's to report, with its message and exit code.
    return args;
  }
}

const args = [...process.execArgv, ...heapArgs(), main, ...process.argv.slice(2)];
if (typeof process.execve === 'function') {
  process.execve(process.execPath, [process.execPath, ...args], process.env);
} else {
  // Platforms without execve (Windows): a child that gets our signals and whose exit code is ours.
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
