/**
 * Requests Node's HTTP parser refuses before any handler runs: one that does not arrive in full by its deadline (a
 * stalled or trickled body, slow headers), headers over Node's size limit, malformed HTTP, CONNECT. Node answers
 * these with a bare status line (CONNECT with none), and a stalled request only after its own 300 s request timeout
 * (checked every 30 s), so a client that stops sending held its connection for minutes. Here the request deadline
 * bounds the whole request, and each refusal is a typed GraphQL error in JSON.
 */
import { type IncomingMessage, type Server, type ServerOptions, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '../errors/index.js';

/** How often Node checks connections against the request timeout: a stalled request is answered this soon after it. */
const CONNECTIONS_CHECK_MS = 500;

/** Node's timeouts for receiving a request: headers and body within the request deadline. */
export const requestTimeouts = (requestDeadlineMs: number): ServerOptions => ({
  requestTimeout: requestDeadlineMs,
  headersTimeout: requestDeadlineMs,
  connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
});

interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
}

const REFUSALS: Readonly<Record<string, Refusal>> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'BAD_USER_INPUT',
    message: 'The request did not arrive in full before its deadline.',
  },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'REQUEST_TOO_LARGE',
    message: 'The request headers are larger than allowed.',
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    code: 'REQUEST_TOO_LARGE',
    message: 'The chunk extensions of the request body are larger than allowed.',
  },
};

const MALFORMED: Refusal = { status: 400, code: 'BAD_USER_INPUT', message: 'The request is not valid HTTP.' };

/** The gateway is no proxy: Node closes a CONNECT request's connection without a word unless someone answers. */
const CONNECT: Refusal = {
  status: 405,
  code: 'METHOD_NOT_ALLOWED',
  message: 'GraphQL only supports GET and POST requests.',
};

/** The whole HTTP response of a refusal; the connection closes after it. */
function refusalResponse({ status, code, message }: Refusal): string {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, retryable: false } }] });
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Answers the requests Node's parser refuses, as Node would but with a typed error (its own checks kept), and
 * CONNECT requests, which Node hands to no request handler.
 */
export function answerClientErrors(server: Server): void {
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    socket.write(refusalResponse(CONNECT));
    socket.destroy();
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node's default: write nothing into a response already under way on this connection, or to a closed peer.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent: boolean } })._httpMessage;
    if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
      socket.write(refusalResponse(REFUSALS[error.code ?? ''] ?? MALFORMED));
    }
    socket.destroy(error);
  });
}
