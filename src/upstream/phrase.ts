/** Whitespace that `normalizePhrase` changes: a blank other than a plain space, or two blanks in a row. */
const SPACING = /[^\S ]|\s\s/;

/**
 * A keyword phrase's identity as both upstreams compare phrases: trimmed, whitespace collapsed, case-insensitive
 * (SE Ranking's keyword export echoes rows so; SERPmetrics tracks one keyword per phrase so).
 */
export const normalizePhrase = (phrase: string): string => {
  const trimmed = phrase.trim();
  // Most phrases have single spaces only: no replaced copy of them.
  return (SPACING.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
};
