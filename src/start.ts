/**
 * The production launcher (`dist/start.js`, run by `npm start` and the image): gives V8 an old-space limit
 * derived from the cache budget, then becomes the gateway (same pid, so signals and exit codes are the
 * gateway's own). Without a limit V8 sizes its heap from the machine's memory and RSS drifts far above the
 * cache budget before it collects. An explicit --max-old-space-size (argument or NODE_OPTIONS) wins.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { heapLimitMiB, loadConfig } from './config/index.js';

const HEAP_FLAG = '--max-old-space-size';
const main = fileURLToPath(new URL('./main.js', import.meta.url));

function heapArgs(): string[] {
  if ([...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes(HEAP_FLAG))) return [];
  try {
    return [`${HEAP_FLAG}=${heapLimitMiB(loadConfig(process.env))}`];
  } catch {
    // A bad configuration is main.js's to report, with its message and exit code.
    return [];
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
