/**
 * SERPmetrics keyword pairs and their checks as the gateway names them: a pair's identity (phrase, engine,
 * location, device), its key as one string, and a reference to one check of it. Shared by the graph, the
 * cached reads and the live updates.
 */
import { normalizePhrase } from '../phrase.js';
import type { Device } from './types.js';

/** A keyword pair as users name it: phrase, engine, location and device (the upstream identity + engine). */
export interface PairIdentity {
  keyword: string;
  engine: string;
  location: string | null;
  device: Device;
}

/** What a `SerpSnapshot` resolves from: one check of a pair; its results are read (cached) on demand. */
export interface SnapshotRef extends PairIdentity {
  checkId: string;
  checkedAt: Date;
  queue: CheckQueue;
}

export type CheckQueue = 'daily' | 'priority' | 'delayed';

/** The identity of a keyword pair as one string (phrase normalised, location case-insensitive). */
export const pairKey = (p: PairIdentity): string =>
  JSON.stringify([normalizePhrase(p.keyword), p.engine, p.location?.toLowerCase() ?? null, p.device]);
