/**
 * `Target`: a domain, host or URL with its mode, the unit of SE Ranking's backlink data. `targetRef` is the one
 * validator turning user input into a target, shared with the SERP module; its fields live in types.ts.
 */
import { getDomain, getHostname } from 'tldts';
import { userInputError } from '../../errors/index.js';
import { isUpstreamError } from '../../upstream/errors.js';
import type { TargetMode as Mode } from '../../upstream/seranking/types.js';
import { checkTarget } from '../../upstream/seranking/validate.js';
import { builder } from '../builder.js';
import type { TargetKey } from './data.js';

/** What a `Target` resolves from: the target as validated, and how it is interpreted. */
export type TargetRef = TargetKey;

/**
 * Runs input checks of the SE Ranking client before any upstream call; their UpstreamErrors become
 * user-input errors with the same code (nothing was sent, nothing spent).
 */
export function checked<T>(check: () => T, message: string): T {
  try {
    return check();
  } catch (error) {
    if (isUpstreamError(error)) throw userInputError(error.code, message);
    throw error;
  }
}

/**
 * Validates a raw target before any upstream call; a bad one throws `INVALID_TARGET` as a GraphQL error.
 * Hosts are lowercased so one host is one cache entry and one batch item.
 */
export function targetRef(raw: string, mode: Mode = 'host'): TargetRef {
  const target = checked(() => checkTarget(raw), 'The target is not a valid domain, host or URL.');
  return { target: mode === 'url' ? target : target.toLowerCase(), mode };
}

/** The registrable domain of a page URL as a domain-mode target (null when the URL has no usable host). */
export function domainTargetOf(url: string): TargetRef | null {
  const host = getHostname(url);
  const domain = host ? (getDomain(host) ?? host) : null;
  if (!domain) return null;
  try {
    return { target: checkTarget(domain).toLowerCase(), mode: 'domain' };
  } catch {
    return null;
  }
}

export const Target = builder.objectRef<TargetRef>('Target');
