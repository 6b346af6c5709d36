/**
 * A stalled stdout (a log collector that stopped reading) must not grow the gateway's memory: the batched
 * destination holds at most its bound of unwritten lines and drops (and counts) the rest.
 */
import { execFileSync } from 'node:child_process';
import { constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { batchedDestination, createLogger, droppedLogLines } from '../../src/observability/logging.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The write end of a pipe nobody reads, non-blocking (as stdout is to a stalled collector, minus the blocking). */
function stalledPipe(): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'seograph-log-'));
  const fifo = path.join(dir, 'stdout');
  execFileSync('mkfifo', [fifo]);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  // Read-write, so opening does not wait for a reader; nothing ever reads it. The destination closes it.
  return openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
}

describe('the log destination when stdout does not drain', () => {
  it('holds at most its bound of lines and counts the ones it drops', () => {
    const bound = 256 * 1024;
    const destination = batchedDestination(stalledPipe(), bound);
    // Its retries of the full pipe may still be due when it is destroyed.
    destination.on('error', () => undefined);
    cleanups.unshift(() => destination.destroy());
    const logger = createLogger({ level: 'info', destination });
    const before = droppedLogLines();
    const lines = 2_000;
    // ~1 kB a line: 2 MB in all, against a 64 kB pipe and a 256 kB bound.
    for (let i = 0; i < lines; i++) logger.info({ i }, 'x'.repeat(1_000));
    const dropped = droppedLogLines() - before;
    const kept = lines - dropped;
    expect(dropped).toBeGreaterThan(0);
    // What the pipe took plus what waits: the bound, give or take a line.
    expect(kept * 1_050).toBeLessThan(64 * 1024 + bound + 2_100);
  });
});
