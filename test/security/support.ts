// Helpers of the security tests: documents of an exact depth, alias, directive or token count, bodies
// of an exact size, and a raw HTTP poster that shows status, headers and body whatever they are.

/** `{ __type(name: "Query") { ofType { ... { name } } } }` with exactly `n` levels (n ≥ 2). */
export const depth = (n: number): string =>
  `{ __type(name: "Query") { ${'ofType { '.repeat(n - 2)}name${' }'.repeat(n - 2)} } }`;

/** `n` aliases of `__typename`. */
export const aliases = (n: number): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

/** `n` directives, one per `__typename` selection. */
export const directives = (n: number): string =>
  `{ ${Array.from({ length: n }, () => '__typename @include(if: true)').join(' ')} }`;

/**
 * A document of exactly `n` tokens (n ≥ 2) that no other limit refuses: fragment spreads (9 tokens
 * each with their definition) and up to 8 `__typename` selections.
 */
export function tokens(n: number): string {
  const fragments = Math.floor((n - 2) / 9);
  const rest = n - 2 - 9 * fragments;
  const spreads = Array.from({ length: fragments }, (_, i) => `...F${i}`).join(' ');
  const defs = Array.from({ length: fragments }, (_, i) => `fragment F${i} on Query { __typename }`).join(' ');
  return `{ ${spreads} ${'__typename '.repeat(rest)}} ${defs}`;
}

/** `n` selections of the same field (graphql-cop's field duplication sends 500). */
export const repeats = (n: number): string => `{ ${'__typename '.repeat(n)}}`;

/** A JSON body of exactly `bytes` bytes running `{ __typename }` (padded by a comment). */
export function bodyOfBytes(bytes: number): string {
  const empty = JSON.stringify({ query: '{ __typename } #' });
  const body = JSON.stringify({ query: `{ __typename } #${'x'.repeat(bytes - empty.length)}` });
  if (Buffer.byteLength(body) !== bytes) throw new Error('padding miscounted');
  return body;
}

export interface RawResult {
  status: number;
  headers: Headers;
  text: string;
  json: {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

export async function rawRequest(url: string, init: RequestInit): Promise<RawResult> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: RawResult['json'] = {};
  try {
    json = JSON.parse(text) as RawResult['json'];
  } catch {
    json = {};
  }
  return { status: res.status, headers: res.headers, text, json };
}

export const rawPost = (url: string, body: string, headers: Record<string, string> = {}): Promise<RawResult> =>
  rawRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
