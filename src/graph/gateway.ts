/**
 * Fields about the gateway itself (not about SEO data).
 */
import { builder } from './builder.js';

builder.queryField('sandbox', (t) =>
  t.boolean({
    description:
      'True when this gateway answers from its built-in sandbox (deterministic emulators of both APIs, no credits ' +
      'spent) instead of the real SE Ranking and SERPmetrics APIs.',
    // Answered locally: no upstream call, no credits.
    resolve: (_root, _args, ctx) => ctx.sandbox,
  }),
);
