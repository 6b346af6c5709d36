/**
 * The shared enums of the graph: RegionalDatabase and SerpFeature (built from the SE Ranking client's reference
 * lists, kept equal to ../shared/upstream by a test), TargetMode and ErrorCode.
 */
import { ERROR_CODES } from '../errors/index.js';
import { FIELD_DATABASES, SERP_FEATURES } from '../upstream/seranking/sources.js';
import { describedEnum } from './builder.js';

interface CodeName {
  code: string;
  name: string;
}

/** Upstream code → GraphQL enum name: `us` → `US`, `featured_snippets` → `FEATURED_SNIPPETS`. */
const enumName = (code: string): string => code.toUpperCase();

/** An enum of upstream codes, each value named by `enumName` and described with its code. */
const codeEnum = (name: string, description: string, list: readonly CodeName[], about: (c: CodeName) => string) =>
  describedEnum(
    name,
    description,
    Object.fromEntries(
      list.map((c) => [enumName(c.code), [c.code, `${about(c)} (upstream code \`${c.code}\`).`] as const]),
    ),
  );

export const RegionalDatabase = codeEnum(
  'RegionalDatabase',
  'An SE Ranking regional database (the `source` of keyword and domain data), named by its ISO 3166-1 ' +
    'alpha-2 code, except `UK` (not `GB`) for the United Kingdom.',
  FIELD_DATABASES,
  ({ name }) => name,
);

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

export const SerpFeature = codeEnum(
  'SerpFeature',
  'A search-result feature shown on a SERP (snippets, packs, ads ...), as SE Ranking reports them in keyword ' +
    'data and accepts them as filters.',
  SERP_FEATURES,
  ({ code, name }) => FEATURE_NOTES[code] ?? name,
);

export const TargetMode = describedEnum('TargetMode', 'How a backlinks target is interpreted.', {
  HOST: ['host', 'The exact host (`blog.example.com` without other subdomains).'],
  DOMAIN: ['domain', 'The registrable domain with all its subdomains (`example.com`, `*.example.com`).'],
  URL: ['url', 'One exact page URL.'],
});

export const ErrorCode = describedEnum(
  'ErrorCode',
  'The `extensions.code` of every error this gateway returns. Clients switch on it; messages are for people. ' +
    '`extensions` may also carry `upstream`, `httpStatus`, `retryable` and `retryAfter` (seconds).',
  Object.fromEntries(Object.entries(ERROR_CODES).map(([code, description]) => [code, [code, description] as const])),
);
