/**
 * Movement of a SERP against the previous check of the same pair: each URL's position change and the flux of
 * the whole SERP. SERPmetrics defines flux as a per-URL movement score weighted toward the top, summed over
 * the SERP (serpmetrics.md §1); the exact weights are not published, so seograph uses |Δposition| divided by
 * the better of the two positions (a swap of 1 and 2 scores 2, a swap of 99 and 100 about 0.02), with a URL
 * that entered or left counted from just below the end of the list.
 */

export interface RankedUrl {
  position: number;
  url: string;
}

export interface UrlMovement {
  url: string;
  /** Null when the URL left the SERP. */
  position: number | null;
  /** Null when the URL is new in this check. */
  previousPosition: number | null;
  /** previous − current: positive moved up, negative moved down; null when the URL entered or left. */
  change: number | null;
}

export interface SerpMovement {
  /** One entry per current result, in position order. */
  results: UrlMovement[];
  /** URLs of the previous check that are gone, in their old position order. */
  dropped: UrlMovement[];
  flux: number;
}

/** First position of each URL (a URL may repeat, e.g. as a universal result). */
function positions(results: readonly RankedUrl[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const r of [...results].sort((a, b) => a.position - b.position)) {
    if (!map.has(r.url)) map.set(r.url, r.position);
  }
  return map;
}

export function serpMovement(current: readonly RankedUrl[], previous: readonly RankedUrl[]): SerpMovement {
  const now = positions(current);
  const before = positions(previous);
  const bottom = Math.max(current.length, previous.length, ...now.values(), ...before.values(), 0) + 1;
  let flux = 0;
  const score = (p: number | undefined, c: number | undefined): void => {
    const from = p ?? bottom;
    const to = c ?? bottom;
    if (from !== to) flux += Math.abs(from - to) / Math.min(from, to);
  };
  const results = [...current]
    .sort((a, b) => a.position - b.position)
    .map((r): UrlMovement => {
      const previousPosition = before.get(r.url) ?? null;
      return {
        url: r.url,
        position: r.position,
        previousPosition,
        change: previousPosition === null ? null : previousPosition - r.position,
      };
    });
  for (const [url, c] of now) score(before.get(url), c);
  const dropped: UrlMovement[] = [];
  for (const [url, p] of [...before].sort((a, b) => a[1] - b[1])) {
    if (now.has(url)) continue;
    score(p, undefined);
    dropped.push({ url, position: null, previousPosition: p, change: null });
  }
  return { results, dropped, flux: Math.round(flux * 100) / 100 };
}
