/**
 * SERPmetrics data for the graph beyond the cached reads (src/upstream/serpmetrics/): the latest check of a
 * keyword pair (daily or one-off) and the recording of a finished one-off check.
 */
import type { Context, LoaderScope } from '../../context.js';
import { UpstreamError } from '../../upstream/errors.js';
import type { PairIdentity, SnapshotRef } from '../../upstream/serpmetrics/pairs.js';
import { pairChecks } from '../../upstream/serpmetrics/tracked-reads.js';

/**
 * Records a finished priority / delayed check (from a status read or a callback) so `serp` of its pair shows
 * it. Returns its snapshot reference, or undefined when this gateway does not know what pair the id was for.
 */
export function recordOneOffCheck(
  scope: Pick<Context, 'oneOffChecks' | 'clients'>,
  queue: 'priority' | 'delayed',
  id: string,
  check: { checkId: string; checkedAt: Date },
): SnapshotRef | undefined {
  const registry = scope.oneOffChecks;
  const credentialId = scope.clients.serpmetrics.credentialId;
  const pair = registry.pairOf(credentialId, queue, id);
  if (!pair) return undefined;
  const snapshot: SnapshotRef = { ...pair, ...check, queue };
  registry.completed(credentialId, snapshot);
  return snapshot;
}

/**
 * The latest check of a pair in three separately cached lookups (keyword id, check ids, then the SERP when
 * results are asked for), or a newer finished one-off check of the same pair. Null when the pair is neither
 * tracked nor checked; `PENDING` when it is tracked but has no check yet.
 */
export async function latestSnapshot(
  scope: LoaderScope & Pick<Context, 'oneOffChecks'>,
  pair: PairIdentity,
): Promise<SnapshotRef | null> {
  const oneOff = scope.oneOffChecks.latestOf(scope.clients.serpmetrics.credentialId, pair);
  const daily = await pairChecks(scope, pair);
  const latest = daily?.[0];
  if (latest && (!oneOff || oneOff.checkedAt.getTime() <= latest.checkedAt.getTime())) return latest;
  if (oneOff) return oneOff;
  if (daily) throw new UpstreamError({ code: 'PENDING', upstream: 'serpmetrics', detail: 'no check yet' });
  return null;
}
