// The dashboard's GraphQL transport: typed documents from codegen over fetch, subscriptions over SSE.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export const ENDPOINT = '/graphql';

/** A codegen document (`documentMode: 'string'`): the text, its trusted-document hash and its types. */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: { hash?: string } | undefined;
};

export interface ErrorExtensions {
  code?: string;
  upstream?: string;
  httpStatus?: number;
  retryable?: boolean;
  retryAfter?: number;
}

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: ErrorExtensions;
}

export interface Result<TData> {
  data: TData | null;
  errors: GraphQLErrorShape[];
  extensions?: Record<string, unknown>;
  /** True while deferred parts of the answer are still to come. */
  hasNext?: boolean;
}

/**
 * Documents go by their trusted-document hash alone (persisted-query extension), so a gateway that only
 * runs its allow-list answers them. A gateway without an allow-list asks for the text instead; that is
 * learnt once per page and every later request carries the text.
 */
let hashesUnderstood = true;

function body<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  text: boolean,
): string {
  const hash = document.__meta__?.hash;
  return JSON.stringify({
    ...(text || !hash ? { query: document.toString() } : {}),
    variables,
    ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}),
  });
}

/** Whether an answer without data says the hash could not be used: the text is needed (for this document, or always). */
function textNeededBy(result: Result<unknown>): 'no' | 'this' | 'always' {
  if (result.data !== null) return 'no';
  if (result.errors.some((error) => error.extensions?.code?.startsWith('PERSISTED_QUERY_NOT'))) return 'this';
  return result.errors.some((error) => /must provide query string/i.test(error.message)) ? 'always' : 'no';
}

async function textNeeded(response: Response): Promise<'no' | 'this' | 'always'> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return 'no';
  const json: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return textNeededBy(parseResult<unknown>(json, response.status));
}

/** POSTs a document, by hash when that works, by text otherwise. */
async function post<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  accept: string,
  signal: AbortSignal | undefined,
  withText = false,
): Promise<Response> {
  const send = (text: boolean) =>
    fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: body(document, variables, text),
      ...(signal ? { signal } : {}),
    });
  if (withText || !document.__meta__?.hash || !hashesUnderstood) return send(true);
  const response = await send(false);
  const needed = await textNeeded(response);
  if (needed === 'no') return response;
  if (needed === 'always') hashesUnderstood = false;
  return send(true);
}

/** A failure of the whole request (network, HTTP status without a GraphQL body) as one error. */
function requestError(message: string, code: string, httpStatus?: number): GraphQLErrorShape {
  return { message, extensions: { code, ...(httpStatus === undefined ? {} : { httpStatus }) } };
}

function parseResult<TData>(json: unknown, status: number): Result<TData> {
  if (typeof json !== 'object' || json === null) {
    return { data: null, errors: [requestError(`HTTP ${status}`, 'INTERNAL_SERVER_ERROR', status)] };
  }
  const record = json as { data?: TData | null; errors?: GraphQLErrorShape[]; extensions?: Record<string, unknown> };
  return {
    data: record.data ?? null,
    errors: Array.isArray(record.errors) ? record.errors : [],
    ...(record.extensions ? { extensions: record.extensions } : {}),
  };
}

const JSON_ACCEPT = 'application/graphql-response+json, application/json';
/** A document with `@defer` asks for the incremental answer: its first part, then each deferred fragment. */
const INCREMENTAL_ACCEPT = `multipart/mixed;deferSpec=20220824, ${JSON_ACCEPT}`;

interface IncrementalPart {
  hasNext?: boolean;
  data?: unknown;
  errors?: GraphQLErrorShape[];
  incremental?: Array<{ path: ReadonlyArray<string | number>; data?: unknown; errors?: GraphQLErrorShape[] }>;
  extensions?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

/** Merges a deferred fragment's fields into the answer so far: objects key by key, lists item by item. */
function mergeInto(target: unknown, source: unknown): unknown {
  if (Array.isArray(target) && Array.isArray(source)) return target.map((item, i) => mergeInto(item, source[i]));
  if (!isRecord(target) || !isRecord(source)) return source === undefined ? target : source;
  const merged: Record<string | number, unknown> = { ...target };
  for (const [key, value] of Object.entries(source)) merged[key] = mergeInto(target[key], value);
  return merged;
}

function mergeAt(data: unknown, path: ReadonlyArray<string | number>, fragment: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return mergeInto(data, fragment);
  if (Array.isArray(data) && typeof head === 'number') {
    return data.map((item, i) => (i === head ? mergeAt(item, rest, fragment) : item));
  }
  if (!isRecord(data)) return data;
  return { ...data, [head]: mergeAt(data[head], rest, fragment) };
}

/**
 * The JSON parts of a `multipart/mixed` body as they arrive. A part ends at the next `CRLF--boundary`, which JSON
 * text cannot contain (its line breaks are escaped).
 */
async function* multipartParts(stream: ReadableStream<Uint8Array>, boundary: string): AsyncGenerator<IncrementalPart> {
  const delimiter = `\r\n--${boundary}`;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const jsonOf = (part: string): IncrementalPart | undefined => {
    const start = part.indexOf('\r\n\r\n');
    const text = start === -1 ? '' : part.slice(start + 4).trim();
    return text.startsWith('{') ? (JSON.parse(text) as IncrementalPart) : undefined;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let end = buffer.indexOf(delimiter);
      while (end !== -1) {
        const part = jsonOf(buffer.slice(0, end));
        buffer = buffer.slice(end + delimiter.length);
        if (part) yield part;
        end = buffer.indexOf(delimiter);
      }
      if (done) {
        const last = jsonOf(buffer);
        if (last) yield last;
        return;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Runs a query or mutation and yields its result, then (for a `@defer` document answered in parts) the result
 * again after each deferred fragment is merged in. Never throws: failures come back as `errors` with a code.
 */
export async function* requestParts<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
): AsyncGenerator<Result<TResult>> {
  const incremental = document.toString().includes('@defer');
  let response: Response;
  try {
    response = await post(document, variables, incremental ? INCREMENTAL_ACCEPT : JSON_ACCEPT, undefined);
  } catch {
    yield { data: null, errors: [requestError('The gateway cannot be reached.', 'NETWORK_ERROR')] };
    return;
  }
  const type = response.headers.get('content-type') ?? '';
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (!type.startsWith('multipart/mixed') || !boundary || !response.body) {
    const json: unknown = await response.json().catch(() => null);
    yield parseResult<TResult>(json, response.status);
    return;
  }
  let data: unknown = null;
  const errors: GraphQLErrorShape[] = [];
  try {
    for await (const part of multipartParts(response.body, boundary)) {
      if (part.data !== undefined) data = part.data;
      errors.push(...(part.errors ?? []));
      for (const item of part.incremental ?? []) {
        if (item.data !== undefined) data = mergeAt(data, item.path, item.data);
        errors.push(...(item.errors ?? []));
      }
      yield { data: (data ?? null) as TResult | null, errors: [...errors], hasNext: part.hasNext === true };
    }
  } catch {
    yield {
      data: (data ?? null) as TResult | null,
      errors: [...errors, requestError('The answer was cut off.', 'NETWORK_ERROR')],
    };
  }
}

/** Runs a query or mutation to its complete result; never throws (see `requestParts`). */
export async function request<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
): Promise<Result<TResult>> {
  let last: Result<TResult> = { data: null, errors: [requestError('No answer.', 'INTERNAL_SERVER_ERROR')] };
  for await (const result of requestParts(document, variables)) last = result;
  return last;
}

export type SubscriptionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Failures a reconnect cannot fix: the document or the client itself is refused. */
const FINAL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
]);

export interface SubscriptionHandlers<TResult> {
  next(result: Result<TResult>): void;
  state(state: SubscriptionState, error?: GraphQLErrorShape): void;
}

/** Splits an SSE byte stream into events (`event:` + joined `data:` lines); comments are keep-alives. */
async function* sseEvents(stream: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: string }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length > 0 || event !== 'message') yield { event, data: data.join('\n') };
        end = buffer.indexOf('\n\n');
      }
    }
  } finally {
    // Leaving early (a refusal, an unsubscribe) must close the HTTP stream too.
    await reader.cancel().catch(() => undefined);
  }
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Subscribes over SSE (POST with `Accept: text/event-stream`, so the request is preflighted and carries
 * the same body as a query) and reconnects with backoff when the stream drops. Returns the unsubscribe.
 */
export function subscribe<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  const controller = new AbortController();
  let attempt = 0;
  // Over SSE a refused hash arrives as an event, not as a status: the next attempt sends the text.
  let withText = false;

  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      handlers.state(attempt === 0 ? 'connecting' : 'reconnecting');
      let failure: GraphQLErrorShape | undefined;
      let retryNow = false;
      try {
        const response = await post(document, variables, 'text/event-stream', controller.signal, withText);
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok || !type.includes('text/event-stream') || !response.body) {
          const result = parseResult<TResult>(await response.json().catch(() => null), response.status);
          failure = result.errors[0] ?? requestError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
        } else {
          handlers.state('live');
          attempt = 0;
          for await (const { event, data } of sseEvents(response.body)) {
            if (event === 'complete') break;
            if (event !== 'next' && event !== 'message') continue;
            const result = parseResult<TResult>(JSON.parse(data), 200);
            const needed = withText ? 'no' : textNeededBy(result);
            if (needed !== 'no') {
              if (needed === 'always') hashesUnderstood = false;
              withText = true;
              retryNow = true;
              break;
            }
            if (result.data === null && result.errors[0]) {
              failure = result.errors[0];
              break;
            }
            handlers.next(result);
          }
        }
      } catch {
        if (controller.signal.aborted) return;
        failure = requestError('The live connection dropped.', 'NETWORK_ERROR');
      }
      if (retryNow) continue;
      if (failure && (FINAL_CODES.has(failure.extensions?.code ?? '') || failure.extensions?.retryable === false)) {
        handlers.state('offline', failure);
        return;
      }
      const retryAfter = failure?.extensions?.retryAfter;
      const delay = retryAfter ? retryAfter * 1000 : (RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 30_000);
      attempt += 1;
      handlers.state('reconnecting', failure);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        controller.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  void run();
  return () => controller.abort();
}
