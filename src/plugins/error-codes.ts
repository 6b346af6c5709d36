/**
 * Every error of a result carries a gateway code: Yoga's HTTP-level rejections (bad body, method, batching) get
 * one and lose their internals.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type ErrorCode, isErrorCode } from '../errors/index.js';
import { useMapErrors } from './map-errors.js';

const HTTP_STATUS_CODES: Readonly<Record<number, ErrorCode>> = { 405: 'METHOD_NOT_ALLOWED', 413: 'REQUEST_TOO_LARGE' };

/** Gives Yoga's HTTP-level rejections (bad body, method, batching) a gateway code and no internals. */
function normaliseRequestError(error: GraphQLError): GraphQLError {
  const { originalError, ...extensions } = error.extensions ?? {};
  const code = extensions.code;
  const http = extensions.http as { status?: number } | undefined;
  const fromYoga = code === 'BAD_REQUEST' && extensions.upstream === undefined;
  if (!fromYoga && isErrorCode(code) && originalError === undefined) return error;
  const mapped: ErrorCode =
    !fromYoga && isErrorCode(code)
      ? code
      : /batching/i.test(error.message)
        ? 'BATCHING_DISABLED'
        : (HTTP_STATUS_CODES[http?.status ?? 0] ?? 'BAD_USER_INPUT');
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...extensions, code: mapped },
  });
}

export const useGatewayErrorCodes = (): Plugin<Record<string, unknown>> => useMapErrors(normaliseRequestError);
