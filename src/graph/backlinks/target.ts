/**
 * `Target`: a domain, host or URL with its mode, the unit of SE Ranking's backlink data. `targetRef` is the one
 * validator turning user input into a target, shared with the SERP module; its fields live in types.ts.
 */
import { getDomain, getHostname } from 'tldts';
import type { TargetMode as Mode } from '../../upstream/seranking/types.js';
import { checkTarget } from '../../upstream/seranking/validate.js';
import { builder } from '../builder.js';
import { validTarget } from '../validate.js';
import type { TargetKey } from './data.js';

/** What a `Target` resolves from: the target as validated, and how it is interpreted. */
export type TargetRef = TargetKey;

/**
 * Validates a raw target before any upstream call; a bad one throws `INVALID_TARGET` as a GraphQL error.
 * Hosts are lowercased so one host is one cache entry and one batch item.
 */
export function targetRef(raw: string, mode: Mode = 'host'): TargetRef {
  const target = validTarget(raw);
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
