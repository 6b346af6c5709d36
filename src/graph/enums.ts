/**
 * The shared enums of the graph: RegionalDatabase and SerpFeature (built from the SE Ranking client's reference
 * lists, kept equal to ../shared/upstream by a test), TargetMode and ErrorCode.
 */
import { ERROR_CODES } from '../errors/index.js';
import { SERP_FEATURES as FEATURES, REGIONAL_DATABASES as SOURCES } from '../upstream/seranking/sources.js';
import { builder } from './builder.js';

interface CodeName {
  code: string;
  name: string;
}

/** Upstream code → GraphQL enum name: `us` → `US`, `featured_snippets` → `FEATURED_SNIPPETS`. */
const enumName = (code: string): string => code.toUpperCase();

/**
 * The regional databases a field can take: every code of the list except `worldwide`, which only the
 * worldwide overview takes (implicitly), so no field accepts it (seranking.md §4.5).
 */
export const REGIONAL_DATABASES: readonly CodeName[] = SOURCES.filter(({ code }) => code !== 'worldwide');
export const SERP_FEATURES: readonly CodeName[] = FEATURES;

export const RegionalDatabase = builder.enumType('RegionalDatabase', {
  description:
    'An SE Ranking regional database (the `source` of keyword and domain data), named by its ISO 3166-1 ' +
    'alpha-2 code, except `UK` (not `GB`) for the United Kingdom.',
  values: Object.fromEntries(
    REGIONAL_DATABASES.map(({ code, name }) => [
      enumName(code),
      { value: code, description: `${name} (upstream code \`${code}\`).` },
    ]),
  ),
});

/** What the terse upstream names of some SERP features mean. */
const FEATURE_NOTES: Readonly<Record<string, string>> = {
  tads: 'Ads above the organic results',
  bads: 'Ads below the organic results',
  mads: 'Ads between the organic results',
  sads: 'Ads beside the organic results',
  no: 'No SERP feature: plain organic results only',
  sge: 'AI-generated overview (Search Generative Experience)',
  gmb: 'Google Business Profile panel',
  amp: 'Accelerated Mobile Pages results',
  appbar_events: 'Events app bar',
};

export const SerpFeature = builder.enumType('SerpFeature', {
  description:
    'A search-result feature shown on a SERP (snippets, packs, ads ...), as SE Ranking reports them in keyword ' +
    'data and accepts them as filters.',
  values: Object.fromEntries(
    SERP_FEATURES.map(({ code, name }) => [
      enumName(code),
      { value: code, description: `${FEATURE_NOTES[code] ?? name} (upstream code \`${code}\`).` },
    ]),
  ),
});

export const TargetMode = builder.enumType('TargetMode', {
  description: 'How a backlinks target is interpreted.',
  values: {
    HOST: { value: 'host', description: 'The exact host (`blog.example.com` without other subdomains).' },
    DOMAIN: {
      value: 'domain',
      description: 'The registrable domain with all its subdomains (`example.com`, `*.example.com`).',
    },
    URL: { value: 'url', description: 'One exact page URL.' },
  },
});

export const ErrorCode = builder.enumType('ErrorCode', {
  description:
    'The `extensions.code` of every error this gateway returns. Clients switch on it; messages are for people. ' +
    '`extensions` may also carry `upstream`, `httpStatus`, `retryable` and `retryAfter` (seconds).',
  values: Object.fromEntries(
    Object.entries(ERROR_CODES).map(([code, description]) => [code, { value: code, description }]),
  ),
});
