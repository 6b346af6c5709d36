/**
 * A keyword phrase's identity as both upstreams compare phrases: trimmed, whitespace collapsed, case-insensitive
 * (SE Ranking's keyword export echoes rows so; SERPmetrics tracks one keyword per phrase so).
 */
export const normalizePhrase = (phrase: string): string => phrase.trim().replace(/\s+/g, ' ').toLowerCase();
