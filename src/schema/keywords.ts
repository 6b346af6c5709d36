/**
 * Keywords (SE Ranking): the `Keyword` type, a search term in one regional database, with its metrics
 * and ideas. The SERP module adds `serp` / `ranking` to it.
 */
import { builder } from './builder.js';
import { RegionalDatabase } from './enums.js';

/** What a `Keyword` resolves from: the text as given (trimmed) and the regional database code. */
export interface KeywordRef {
  text: string;
  database: string;
}

export const Keyword = builder.objectRef<KeywordRef>('Keyword');

Keyword.implement({
  description: 'A search term in one SE Ranking regional database, with its metrics and keyword ideas.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The keyword as asked for (trimmed).', complexity: 0 }),
    database: t.field({
      type: RegionalDatabase,
      description: 'The regional database the metrics come from.',
      complexity: 0,
      resolve: (ref) => ref.database,
    }),
  }),
});
