/**
 * Upstream credit prices, from the contracts' cost tables (seranking.md §4.4, serpmetrics.md §6.2).
 * Fields that call an upstream declare their Pothos `complexity` from these numbers, so an
 * operation's complexity is its estimated credit cost, computed at validation before any call.
 */
export const CREDITS = {
  seranking: {
    /** backlinks/summary, metrics and authority: per target. */
    perTarget: 100,
    /** backlinks/all, refdomains, anchors, history: per returned row. */
    perBacklinkRow: 1,
    historyCount: 100,
    domainOverview: 100,
    /** domain/keywords: per returned row (sandbox figure). */
    perDomainKeywordRow: 1,
    domainCompetitors: 100,
    /** keywords/export: per returned row, i.e. per keyword. */
    perKeywordMetrics: 10,
    /** keywords/similar, related, questions: per returned row. */
    perKeywordIdeaRow: 10,
  },
  serpmetrics: {
    /** Reads (SERP, checks, exists, status, flux, users/*) are free. */
    read: 0,
    dailyCheckPerPair: 1,
    priorityCheckPerPair: 6,
    delayedCheckPerPair: 1,
  },
} as const;
