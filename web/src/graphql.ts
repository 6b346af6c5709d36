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

/** Runs a query or mutation; never throws: failures come back as `errors` with an `extensions.code`. */
export async function request<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<Result<TResult>> {
  let response: Response;
  try {
    response = await post(document, variables, 'application/graphql-response+json, application/json', signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { data: null, errors: [requestError('The gateway cannot be reached.', 'NETWORK_ERROR')] };
  }
  const json: unknown = await response.json().catch(() => null);
  return parseResult<TResult>(json, response.status);
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
