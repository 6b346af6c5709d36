// Configuration of the SE Ranking emulator (seranking.md §7.7): zod schema and defaults.
import { z } from 'zod';
import { DEFAULT_HUGE_TARGETS } from '../common/catalogue.js';

const Cost = z.strictObject({ per: z.enum(['target', 'row', 'request']), units: z.number().min(0) });
export type Cost = z.output<typeof Cost>;

/** Default prices (seranking.md §4.4), by route path. Paths missing here are free. */
export const DEFAULT_COSTS: Record<string, Cost> = {
  '/v1/backlinks/summary': { per: 'target', units: 100 },
  '/v1/backlinks/metrics': { per: 'target', units: 100 },
  '/v1/backlinks/authority': { per: 'target', units: 100 },
  '/v1/backlinks/all': { per: 'row', units: 1 },
  '/v1/backlinks/refdomains': { per: 'row', units: 1 },
  '/v1/backlinks/anchors': { per: 'row', units: 1 },
  '/v1/backlinks/history': { per: 'row', units: 1 },
  '/v1/backlinks/history/count': { per: 'request', units: 100 },
  '/v1/domain/overview/db': { per: 'request', units: 100 },
  '/v1/domain/overview/worldwide': { per: 'request', units: 100 },
  '/v1/domain/keywords': { per: 'row', units: 1 },
  '/v1/domain/competitors': { per: 'request', units: 100 },
  '/v1/keywords/export': { per: 'row', units: 10 },
  '/v1/keywords/similar': { per: 'row', units: 10 },
  '/v1/keywords/related': { per: 'row', units: 10 },
  '/v1/keywords/questions': { per: 'row', units: 10 },
  '/v1/account/subscription': { per: 'request', units: 0 },
  '/v1/account/credit-balance': { per: 'request', units: 0 },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const SerankingSandboxConfigSchema = z.strictObject({
  seedSalt: z.string().min(1).default('seograph-sandbox-v1'),
  /** anchor of generated dates; null (the default, also after a `null` patch) = today's UTC date, read per request */
  dataDate: z.string().regex(DATE, 'YYYY-MM-DD').nullable().default(null),
  hugeTargets: z.array(z.string()).default([...DEFAULT_HUGE_TARGETS]),
  costs: z.record(z.string(), Cost).default({ ...DEFAULT_COSTS }),
  limits: z
    .strictObject({
      maxTargets: z.number().int().min(1).default(100),
      maxKeywords: z.number().int().min(1).default(10_000),
    })
    .default({ maxTargets: 100, maxKeywords: 10_000 }),
  rateLimit: z.strictObject({ retryAfterHeader: z.boolean().default(false) }).default({ retryAfterHeader: false }),
  exportExtraFields: z.boolean().default(true),
  maintenance: z.boolean().default(false),
  dialect: z.enum(['spec', 'real']).default('spec'),
});
export type SerankingSandboxConfig = z.output<typeof SerankingSandboxConfigSchema>;

/** Defaults, then `overrides` (throws a ZodError on bad values). */
export function makeConfig(overrides: unknown = {}): SerankingSandboxConfig {
  return SerankingSandboxConfigSchema.parse(overrides ?? {});
}

/** The UTC date generated data is anchored to. */
export function dataDateOf(config: SerankingSandboxConfig): string {
  return config.dataDate ?? new Date().toISOString().slice(0, 10);
}
