/**
 * Backlinks (SE Ranking): the `Target` type (a domain, host or URL with its mode) and `targetRef`,
 * the one validator turning user input into a target, shared with the SERP module.
 */
import { isUpstreamError } from '../upstream/errors.js';
import type { TargetMode as Mode } from '../upstream/seranking/types.js';
import { checkTarget } from '../upstream/seranking/validate.js';
import { builder } from './builder.js';
import { TargetMode } from './enums.js';
import { userInputError } from './errors.js';

/** What a `Target` resolves from: the target as validated, and how it is interpreted. */
export interface TargetRef {
  target: string;
  mode: Mode;
}

/**
 * Validates a raw target before any upstream call; a bad one throws `INVALID_TARGET` as a GraphQL error.
 * Hosts are lowercased so one host is one cache entry and one batch item.
 */
export function targetRef(raw: string, mode: Mode = 'host'): TargetRef {
  let target: string;
  try {
    target = checkTarget(raw);
  } catch (error) {
    if (isUpstreamError(error))
      throw userInputError('INVALID_TARGET', 'The target is not a valid domain, host or URL.');
    throw error;
  }
  return { target: mode === 'url' ? target : target.toLowerCase(), mode };
}

export const Target = builder.objectRef<TargetRef>('Target');

Target.implement({
  description:
    'A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile ' +
    'and authority.',
  fields: (t) => ({
    target: t.exposeString('target', {
      description: 'The domain, host or URL, as validated (hosts lowercased).',
      complexity: 0,
    }),
    mode: t.field({
      type: TargetMode,
      description: 'How the target is interpreted: one host, a whole domain, or one URL.',
      complexity: 0,
      resolve: (ref) => ref.mode,
    }),
  }),
});
