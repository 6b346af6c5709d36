// Awaiting a call that must fail with an UpstreamError, for tests that then check its code and fields.
// Exports: rejection.
import { UpstreamError } from '../../src/upstream/errors.js';

/** The UpstreamError `promise` rejects with; anything else (or success) fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UpstreamError) return error;
    throw error;
  }
  throw new Error('expected an UpstreamError');
}
