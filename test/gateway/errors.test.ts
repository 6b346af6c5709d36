// Error formatting at the GraphQL boundary: every UpstreamError code maps to an ErrorCode with the
// contract's extensions; upstream text never becomes the message.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, gatewayError, isErrorCode, toGraphQLError, userInputError } from '../../src/errors/index.js';
import { errorFromReply, UPSTREAM_ERROR_CODES, UpstreamError } from '../../src/upstream/errors.js';

describe('toGraphQLError', () => {
  it.each(UPSTREAM_ERROR_CODES)('maps %s to the same ErrorCode', (code) => {
    const error = toGraphQLError(new UpstreamError({ code, upstream: 'serpmetrics' }));
    expect(isErrorCode(error.extensions.code)).toBe(true);
    expect(error.extensions).toMatchObject({ code, upstream: 'serpmetrics', retryable: expect.any(Boolean) });
    expect(error.extensions).not.toHaveProperty('httpStatus');
    // PENDING alone always says when to ask again: the data is on its way (issue 17).
    if (code === 'PENDING') expect(error.extensions).toMatchObject({ retryable: true, retryAfter: 30 });
    else expect(error.extensions).not.toHaveProperty('retryAfter');
  });

  it('carries status and Retry-After, never the upstream message', () => {
    const error = toGraphQLError(
      errorFromReply({
        upstream: 'seranking',
        status: 429,
        message: 'Too many requests for key abc123',
        retryAfter: '3',
      }),
    );
    expect(error.message).toBe('The upstream rate limit was reached; retry later.');
    expect(error.extensions).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      upstream: 'seranking',
      httpStatus: 429,
      retryable: true,
      retryAfter: 3,
    });
  });
});

describe('gateway errors', () => {
  it('builds validation errors with a code of the enum', () => {
    const error = userInputError('TOO_MANY_KEYWORDS', 'At most 10000 keywords per request.');
    expect(error.message).toBe('At most 10000 keywords per request.');
    expect(error.extensions).toEqual({ code: 'TOO_MANY_KEYWORDS', retryable: false });
    expect(gatewayError('RATE_LIMITED', 'Slow down.', { retryable: true, retryAfter: 1 }).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfter: 1,
    });
  });

  it('describes every code', () => {
    for (const [code, description] of Object.entries(ERROR_CODES)) expect(description, code).toMatch(/\w/);
    expect(isErrorCode('NOPE')).toBe(false);
  });
});
