/**
 * SERPmetrics request signing (serpmetrics.md §3): `auth = base64(HMAC-SHA256(secret, ts))`, where `ts` comes
 * from a clock corrected by the measured skew toward the server, plus the credential identity used in cache keys.
 */
import { createHash, createHmac } from 'node:crypto';

/** The signature of one timestamp: standard padded base64, 44 characters, never hex. Only `ts` is signed. */
export function signTimestamp(secret: string, ts: number): string {
  return createHmac('sha256', secret).update(String(ts)).digest('base64');
}

/** A short, stable identity for a key: safe in cache keys, logs and metrics (never the key itself). */
export function credentialIdOf(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
}

/** Local wall clock in whole unix seconds, offset by the skew measured against the server. */
export class SkewClock {
  private skew = 0;

  constructor(private readonly nowMs: () => number = Date.now) {}

  /** Seconds to add to the local clock to match the server's. */
  get skewSeconds(): number {
    return this.skew;
  }

  /** The server-aligned unix time to sign with. */
  now(): number {
    return Math.floor(this.nowMs() / 1000) + this.skew;
  }

  /**
   * Records the server's time as read between `sentAtMs` and `receivedAtMs`; the midpoint halves the error a
   * slow round trip would otherwise add.
   */
  observe(serverSeconds: number, sentAtMs: number, receivedAtMs: number): number {
    this.skew = serverSeconds - Math.round((sentAtMs + receivedAtMs) / 2000);
    return this.skew;
  }
}

export interface Credentials {
  apiKey: string;
  /** Absent for accounts SERPmetrics runs without authentication (then `key` alone is sent). */
  apiSecret?: string | undefined;
}

/**
 * The form fields of one request. `params` is a JSON string without absent members; undefined values vanish in
 * JSON.stringify, and `null` is never sent (the real API treats it as absent anyway).
 */
export function signedForm(credentials: Credentials, ts: number, params?: object): URLSearchParams {
  const form = new URLSearchParams({ key: credentials.apiKey });
  if (credentials.apiSecret !== undefined) {
    form.set('ts', String(ts));
    form.set('auth', signTimestamp(credentials.apiSecret, ts));
  }
  if (params !== undefined) form.set('params', JSON.stringify(params, withoutNulls));
  return form;
}

function withoutNulls(_key: string, value: unknown): unknown {
  return value === null ? undefined : value;
}
