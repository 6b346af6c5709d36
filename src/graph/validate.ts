/**
 * The one validation path of arguments bound for either upstream: every check runs before any upstream call and
 * throws a user-input error (a GraphQL error with its `ErrorCode`) carrying the code the upstream would have
 * answered, so a bad argument sends nothing and spends nothing. SE Ranking's rules are its client's own checks
 * (upstream/seranking/validate.ts, which the client applies again to what it sends); SERPmetrics' rules (engine
 * codes, keyword phrases, locations, root domains, per-mutation size limits) live here.
 */
import { type GraphQLResolveInfo, getArgumentValues, isObjectType } from 'graphql';
import { getDomain } from 'tldts';
import type { LoaderScope } from '../context.js';
import { userInputError } from '../errors/index.js';
import { isUpstreamError } from '../upstream/errors.js';
import { checkDate, checkDomain, checkKeyword, checkSource, checkTarget } from '../upstream/seranking/validate.js';
import type { PairIdentity } from '../upstream/serpmetrics/pairs.js';
import { engineList } from '../upstream/serpmetrics/reads.js';
import type { Device, Engine } from '../upstream/serpmetrics/types.js';
import { selectedFields } from './selection.js';
import { type RankSubject, urlKey } from './serp/rank-history.js';
import knownEngines from './serp/serpmetrics-engines.json' with { type: 'json' };

// ---- SE Ranking ----

/** Runs a check of the SE Ranking client; its UpstreamError becomes a user-input error with the same code. */
function serankingChecked<T>(check: () => T, message: string): T {
  try {
    return check();
  } catch (error) {
    if (isUpstreamError(error)) throw userInputError(error.code, message);
    throw error;
  }
}

/** A backlinks target (a bare host or an http(s) URL), trimmed; else `INVALID_TARGET`. */
export const validTarget = (raw: string): string =>
  serankingChecked(() => checkTarget(raw), 'The target is not a valid domain, host or URL.');

/** A regional database of keyword and domain data, lowercased; else `INVALID_SOURCE`. */
export const validDatabase = (database: string): string =>
  serankingChecked(() => checkSource(database), 'The regional database is not served here.');

/** A keyword of SE Ranking's keyword data, trimmed: 1–255 characters, no control characters; else `INVALID_KEYWORDS`. */
export const validKeywordText = (text: string): string =>
  serankingChecked(() => checkKeyword(text), 'A keyword must be 1–255 characters without control characters.');

/** A domain of domain analysis (scheme, `www.`, port and path stripped); else `INVALID_DOMAIN`. */
export const validDomain = (domain: string): string =>
  serankingChecked(() => checkDomain(domain), 'The domain is not a valid hostname.');

const validDate = (value: string | null | undefined, name: string): string | undefined =>
  serankingChecked(() => checkDate(value ?? undefined, name), `${name} must be a calendar date YYYY-MM-DD.`);

/** A range of calendar days `from`–`to` (either may be absent), in order; else `INVALID_PARAMETER`. */
export function validDateRange(from: string | null | undefined, to: string | null | undefined) {
  const dateFrom = validDate(from, 'from');
  const dateTo = validDate(to, 'to');
  if (dateFrom && dateTo && dateFrom > dateTo) throw userInputError('INVALID_PARAMETER', 'from must not be after to.');
  return { dateFrom, dateTo };
}

// ---- SERPmetrics ----

const ENGINE_CODE = /^(google|yahoo|bing|yandex)_[a-z]{2}-[a-z]{2}(-[a-z]{2})?$/;
/** The recorded engine list (a copy of ../shared/upstream): its codes are valid without asking the upstream. */
const KNOWN_ENGINES: ReadonlySet<string> = new Set(knownEngines.map((e) => e.engine_code));

export const INPUT_LIMITS = {
  keywordLength: 255,
  locationLength: 255,
  customerIdLength: 255,
  /** Keywords per tracking mutation (the client sends them 100 per call). */
  keywordsPerMutation: 1_000,
  /** Pairs per priority request: one minute of the upstream's priority bucket. */
  priorityPairs: 60,
  /** Pairs per delayed request: one minute of the upstream's delayed bucket. */
  delayedPairs: 200,
  /** Checks a rank history or a check list may span (the upstream keeps 30). */
  checks: 30,
  serpResults: 100,
} as const;

const unknownEngine = (code: string) =>
  userInputError('INVALID_ENGINE', `Unknown engine code "${code.slice(0, 40)}" (see \`engines\`).`);

/**
 * Engine codes: malformed ones fail at once; codes of the recorded list are valid; other well-formed codes
 * are looked up in the live list (cached a day). Duplicates are dropped, order kept.
 */
export async function validEngines(scope: LoaderScope, raw: readonly string[]): Promise<string[]> {
  const codes = [...new Set(raw.map((c) => c.trim()))];
  if (codes.length === 0) throw userInputError('INVALID_ENGINE', 'At least one engine code is required.');
  const malformed = codes.find((c) => !ENGINE_CODE.test(c));
  if (malformed !== undefined) throw unknownEngine(malformed);
  const unknown = codes.filter((c) => !KNOWN_ENGINES.has(c));
  if (unknown.length > 0) {
    const live = new Set((await engineList(scope)).map((e) => e.code));
    const missing = unknown.find((c) => !live.has(c));
    if (missing !== undefined) throw unknownEngine(missing);
  }
  return codes;
}

export async function validEngine(scope: LoaderScope, raw: string): Promise<string> {
  const [code] = await validEngines(scope, [raw]);
  return code ?? raw.trim();
}

/** One engine of the live list (cached a day), or `INVALID_ENGINE`; a malformed code costs no call. */
export async function engineByCode(scope: LoaderScope, raw: string): Promise<Engine> {
  const code = raw.trim();
  if (!ENGINE_CODE.test(code)) throw unknownEngine(code);
  const engine = (await engineList(scope)).find((e) => e.code === code);
  if (!engine) throw unknownEngine(code);
  return engine;
}

/** A keyword phrase: trimmed and whitespace-collapsed, 1–255 characters, else `INVALID_KEYWORDS`. */
export function validKeyword(raw: string): string {
  const phrase = raw.trim().replace(/\s+/g, ' ');
  const length = [...phrase].length;
  if (length < 1 || length > INPUT_LIMITS.keywordLength) {
    throw userInputError('INVALID_KEYWORDS', `A keyword must have 1 to ${INPUT_LIMITS.keywordLength} characters.`);
  }
  return phrase;
}

export function validKeywords(raw: readonly string[]): string[] {
  if (raw.length === 0) throw userInputError('INVALID_KEYWORDS', 'At least one keyword is required.');
  if (raw.length > INPUT_LIMITS.keywordsPerMutation) {
    throw userInputError('TOO_MANY_KEYWORDS', `At most ${INPUT_LIMITS.keywordsPerMutation} keywords per request.`);
  }
  return raw.map(validKeyword);
}

/** A location (used by Google engines upstream): trimmed; empty means none. */
export function validLocation(raw: string | null | undefined): string | null {
  const location = raw?.trim() ?? '';
  if (location === '') return null;
  if ([...location].length > INPUT_LIMITS.locationLength) {
    throw userInputError(
      'INVALID_PARAMETER',
      `A location must have at most ${INPUT_LIMITS.locationLength} characters.`,
    );
  }
  return location;
}

/**
 * SERPmetrics takes a location for Google engines only (serpmetrics.md §7.2): another engine would ignore it yet
 * still be checked and charged as the pair asked for, so it is `INVALID_PARAMETER` before any call.
 */
export function validLocationEngines(location: string | null, engines: readonly string[]): void {
  if (location === null) return;
  const other = engines.find((e) => !e.startsWith('google_'));
  if (other !== undefined) {
    throw userInputError(
      'INVALID_PARAMETER',
      `A location applies to Google engines only, not \`${other.slice(0, 40)}\`.`,
    );
  }
}

/** The registrable domain of a domain, host or URL (public suffix list), else `INVALID_DOMAIN`. */
export function validRootDomain(raw: string): string {
  const domain = getDomain(raw.trim().toLowerCase());
  if (!domain) throw userInputError('INVALID_DOMAIN', 'The domain is not a valid domain name.');
  return domain;
}

/** What a rank history follows: a domain or one http(s) URL, exactly one of them, else `INVALID_PARAMETER`. */
export function validRankSubject(args: {
  domain?: string | null | undefined;
  url?: string | null | undefined;
}): RankSubject {
  const { domain, url } = args;
  if ((domain == null) === (url == null)) {
    throw userInputError('INVALID_PARAMETER', 'Give either `domain` or `url`, not both.');
  }
  if (domain != null) return { domain: validRootDomain(domain) };
  const raw = (url ?? '').trim();
  if (!/^https?:\/\//i.test(raw) || urlKey(raw) === null) {
    throw userInputError('INVALID_PARAMETER', 'The url must be an absolute http(s) URL.');
  }
  return { url: raw };
}

/** The largest value a GraphQL `Int` carries (32-bit signed): computed results beyond it cannot be sent. */
export const GRAPHQL_INT_MAX = 2 ** 31 - 1;

/** A count argument within 1..max, else `INVALID_PARAMETER`. */
export function validCount(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw userInputError('INVALID_PARAMETER', `\`${name}\` must be between 1 and ${max}.`);
  }
  return value;
}

/** Keyword × engine pairs of a one-off check request within the queue's per-request ceiling. */
export function validPairCount(keywords: number, engines: number, max: number): number {
  const pairs = keywords * engines;
  if (pairs > max) {
    throw userInputError('TOO_MANY_CHECKS', `${pairs} keyword × engine pairs requested; at most ${max} per request.`);
  }
  return pairs;
}

/** A pair from query arguments, validated (the engine against the engine lists). */
export async function validPair(
  scope: LoaderScope,
  args: { keyword: string; engine: string; location?: string | null | undefined; device?: Device | null | undefined },
): Promise<PairIdentity> {
  const keyword = validKeyword(args.keyword);
  const location = validLocation(args.location);
  const engine = await validEngine(scope, args.engine);
  validLocationEngines(location, [engine]);
  return { keyword, engine, location, device: args.device ?? 'desktop' };
}

/**
 * Checks the `first` of every `results` selected under a snapshot field before the snapshot is looked up, so an
 * out-of-range count is refused without any upstream call.
 */
export function validResultsSelection(info: GraphQLResolveInfo): void {
  const snapshot = info.schema.getType('SerpSnapshot');
  const results = isObjectType(snapshot) ? snapshot.getFields().results : undefined;
  if (!results) return;
  for (const node of selectedFields(info)) {
    if (node.name.value !== 'results') continue;
    const { first } = getArgumentValues(results, node, info.variableValues) as { first?: number | null };
    validCount('first', first ?? INPUT_LIMITS.serpResults, INPUT_LIMITS.serpResults);
  }
}
