/**
 * The request body limit (REQUEST_TOO_LARGE), as Yoga's `maxRequestBodySize` applies it but without its
 * per-request stream: Yoga pipes every body through a byte-counting TransformStream (a pipeline, a second
 * Request and an AbortController per request, ~4 % of a warm request's CPU). A body that declares its
 * Content-Length is checked by that header alone, since Node's HTTP parser never reads past it; only a body
 * without one (chunked) is counted as it streams. Errors as Yoga words them (the gateway's code mapping
 * turns them into REQUEST_TOO_LARGE and BAD_USER_INPUT, src/plugins/error-codes.ts).
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

// Yoga's own rule: one non-negative integer, nothing else (comma-joined values are request smuggling).
const CONTENT_LENGTH = /^\d+$/;

const tooLarge = () =>
  createGraphQLError('Request body too large', {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });

const invalidLength = () =>
  createGraphQLError('Content-Length header is invalid.', {
    extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
  });

type FetchAPI = Pick<typeof globalThis, 'Request' | 'TransformStream'>;

/** A body without a declared length, counted chunk by chunk as the parser reads it. */
function countedBody(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  const { body } = request;
  if (!body) return request;
  // A native stream pipes through a native transform, whatwg-node's ponyfill through its own (as Yoga does).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: 'half',
  } as RequestInit);
}

/** Give Yoga `maxRequestBodySize: false` and list this after every plugin that sets a request parser. */
export function useRequestBodyLimit(limit: number): Plugin<Record<string, unknown>> {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw invalidLength();
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (requestParser === undefined || request.body === null) return;
      setRequestParser((req) => requestParser(countedBody(req, limit, fetchAPI)));
    },
  };
}
