// Configuration of the SERPmetrics emulator (serpmetrics.md §10.3, §10.6): defaults, validation of merge patches.
import { z } from 'zod';
import { mergePatch } from '../common/merge-patch.js';

const nonNegative = z.number().finite().nonnegative();
const probability = z.number().min(0).max(1);

const Bucket = z.object({ capacity: z.number().positive(), leakPerSecond: z.number().positive() }).strict();

export const SerpmetricsConfigSchema = z
  .object({
    seedSalt: z.string().min(1),
    dialect: z.enum(['spec', 'real']),
    maintenance: z.boolean(),
    serpSize: z.number().int().min(1).max(100),
    clock: z
      .object({
        /** Sandbox seconds per real second; 0 freezes the clock (tests then move it with the admin API). */
        speed: nonNegative,
      })
      .strict(),
    auth: z.object({ timestampWindowSeconds: nonNegative }).strict(),
    quirks: z
      .object({
        fluxStatusError: z.boolean(),
        emptyMapAsArray: z.boolean(),
        omitRequestTime: z.boolean(),
        queuedItemKey: z.enum(['phrase', 'keyword', 'both']),
        sitelinks: z.enum(['object', 'array']),
        escapedSlashes: z.boolean(),
        usersTimeBare: z.boolean(),
      })
      .strict(),
    callbacks: z
      .object({
        encoding: z.enum(['form', 'json']),
        timeoutMs: z.number().int().positive(),
        maxInFlight: z.number().int().positive(),
      })
      .strict(),
    queue: z
      .object({
        priority: z
          .object({ delayMs: nonNegative, jitterMs: nonNegative, retryDelayMs: nonNegative, maxRetries: nonNegative })
          .strict(),
        delayed: z.object({ delayMs: nonNegative, jitterMs: nonNegative }).strict(),
        daily: z
          .object({
            firstDelayMs: nonNegative,
            jitterMs: nonNegative,
            intervalMs: z.number().positive(),
            retryDelayMs: nonNegative,
          })
          .strict(),
        failureRate: z.object({ priority: probability, delayed: probability, daily: probability }).strict(),
        arrearsDelayFactor: z.number().min(1),
      })
      .strict(),
    rateLimit: z
      .object({ priority: Bucket, delayed: Bucket, requests: Bucket, retryAfterHeader: z.boolean() })
      .strict(),
    limits: z
      .object({
        priorityChecksPerRequest: z.number().int().positive(),
        delayedChecksPerRequest: z.number().int().positive(),
        dailyPairsPerRequest: z.number().int().positive(),
      })
      .strict(),
    costs: z
      .object({
        daily: nonNegative,
        priority: nonNegative,
        delayed: nonNegative,
        apiCreditPerCall: nonNegative,
        check: nonNegative,
      })
      .strict(),
    retention: z.object({ days: z.number().positive(), checksPerPair: z.number().int().positive() }).strict(),
  })
  .strict();

export type SerpmetricsConfig = z.infer<typeof SerpmetricsConfigSchema>;

export function defaultConfig(): SerpmetricsConfig {
  return {
    seedSalt: 'seograph-sandbox-v1',
    dialect: 'spec',
    maintenance: false,
    serpSize: 100,
    clock: { speed: 1 },
    auth: { timestampWindowSeconds: 600 },
    quirks: {
      fluxStatusError: true,
      emptyMapAsArray: true,
      omitRequestTime: true,
      queuedItemKey: 'phrase',
      sitelinks: 'object',
      escapedSlashes: true,
      usersTimeBare: false,
    },
    callbacks: { encoding: 'form', timeoutMs: 5_000, maxInFlight: 16 },
    queue: {
      priority: { delayMs: 3_000, jitterMs: 2_000, retryDelayMs: 300_000, maxRetries: 6 },
      delayed: { delayMs: 15_000, jitterMs: 15_000 },
      daily: { firstDelayMs: 10_000, jitterMs: 5_000, intervalMs: 86_400_000, retryDelayMs: 300_000 },
      failureRate: { priority: 0, delayed: 0, daily: 0 },
      arrearsDelayFactor: 2,
    },
    rateLimit: {
      priority: { capacity: 60, leakPerSecond: 1 },
      delayed: { capacity: 200, leakPerSecond: 200 / 60 },
      requests: { capacity: 100, leakPerSecond: 20 },
      retryAfterHeader: false,
    },
    limits: { priorityChecksPerRequest: 10, delayedChecksPerRequest: 100, dailyPairsPerRequest: 1_000 },
    costs: { daily: 1, priority: 6, delayed: 1, apiCreditPerCall: 0, check: 0 },
    retention: { days: 30, checksPerPair: 30 },
  };
}

/** A deep partial, as accepted by start options and `PATCH /__sandbox/config`. */
export type ConfigPatch = { [K in keyof SerpmetricsConfig]?: DeepPartial<SerpmetricsConfig[K]> };
type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Apply a merge patch and validate the result; throws a readable Error on a bad patch. */
export function patchConfig(current: SerpmetricsConfig, patch: unknown): SerpmetricsConfig {
  const parsed = SerpmetricsConfigSchema.safeParse(mergePatch(current, patch));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid config: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown error'}`);
  }
  return parsed.data;
}
