// Seeded pseudo-random streams for the sandbox (seranking.md §7.2), shared by both emulators.
// Exports: rng(...parts) → () => number in [0, 1); uniform, intBetween, pick, chance, shuffle helpers.
import { createHash } from 'node:crypto';

export type Rng = () => number;

/** sfc32 seeded from sha256 of the joined parts: same parts, same stream, in any process. */
export function rng(...parts: readonly string[]): Rng {
  const h = createHash('sha256').update(parts.join('\u001f')).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  return () => {
    const sum = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const t = (sum + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Uniform float in [lo, hi). */
export function uniform(r: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * r();
}

/** Uniform integer in [lo, hi], both ends included. */
export function intBetween(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** One element of a non-empty list. */
export function pick<T>(r: Rng, list: readonly T[]): T {
  const item = list[Math.floor(r() * list.length)];
  if (item === undefined) throw new RangeError('pick() needs a non-empty list');
  return item;
}

/** True with probability p. */
export function chance(r: Rng, p: number): boolean {
  return r() < p;
}

/** A seeded Fisher–Yates shuffle (returns a new array). */
export function shuffle<T>(r: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
