// A keyword's page: rank history of my domain with competitors overlaid, the latest SERP's top 100 with
// movement and authority, the SERP's flux in a sentence and the engine's daily flux, and a priced priority check.
import type { DashboardSnapshotFragment } from '../generated/graphql.js';
import { timeChart } from './chart.js';
import { formatDay, formatNumber, formatTime, h } from './dom.js';
import { describe, summarize } from './errors.js';
import type { GraphQLErrorShape } from './graphql.js';
import { type Panel, problemNote } from './panel.js';
import type { Project } from './project.js';
import { changeBetween, changeText, type Pair } from './rank.js';

export type Snapshot = DashboardSnapshotFragment;

/** The rank chart: my domain, plus each competitor whose box is ticked (a series per domain). */
export function renderRankHistory(
  panel: Panel,
  pair: Pair | undefined,
  project: Project,
  overlays: Set<string>,
  redraw: () => void,
): void {
  if (!pair) {
    panel.show(h('p', { class: 'muted empty' }, 'This keyword is not among the tracked pairs.'));
    return;
  }
  const mine = pair.histories.get(project.domain) ?? [];
  if (mine.length === 0) {
    panel.show(h('p', { class: 'muted empty' }, 'No daily check of this keyword yet.'));
    return;
  }
  const domains = [project.domain, ...project.competitors.filter((c) => overlays.has(c))];
  const xs = mine.map((p) => p.at);
  const series = domains.map((domain) => ({
    label: domain,
    values: (pair.histories.get(domain) ?? []).map((p) => p.position),
  }));
  const toggles = project.competitors.map((competitor) =>
    h(
      'label',
      { class: 'toggle' },
      h('input', {
        type: 'checkbox',
        'data-competitor': competitor,
        checked: overlays.has(competitor),
        onchange: (event: Event) => {
          if ((event.target as HTMLInputElement).checked) overlays.add(competitor);
          else overlays.delete(competitor);
          redraw();
          panel.section.querySelector<HTMLInputElement>(`input[data-competitor="${competitor}"]`)?.focus();
        },
      }),
      ` ${competitor}`,
    ),
  );
  const absent = mine.every((p) => p.position === null);
  panel.show(
    toggles.length > 0
      ? h('fieldset', { class: 'overlays' }, h('legend', { class: 'small' }, 'Overlay competitors'), ...toggles)
      : h('p', { class: 'small muted' }, 'Add competitors to the project to compare them here.'),
    ...(absent
      ? [h('p', { class: 'muted' }, `${project.domain} was not in the top 100 in the last ${mine.length} checks.`)]
      : []),
    timeChart(xs, series, {
      id: 'rank-chart',
      title: `Position for “${pair.keyword}” on ${pair.engine}`,
      unit: 'position (1 = top)',
      ranks: true,
      format: (v) => `#${v}`,
    }),
  );
}

interface Movement {
  text: string;
  kind: string;
  label: string;
}

function movementOf(snapshot: SnapshotOrSerp, url: string): Movement {
  const move = snapshot.movement?.results.find((m) => m.url === url);
  if (!snapshot.movement || !move) return { text: '', kind: 'none', label: 'No previous check to compare' };
  const result = (snapshot.results ?? []).find((r) => r.url === url);
  const change = changeBetween(move.previousPosition ?? null, result?.position ?? null);
  const kind = change.kind === 'moved' ? (change.up > 0 ? 'up' : change.up < 0 ? 'down' : 'same') : change.kind;
  const label =
    change.kind === 'new'
      ? 'New in the top 100'
      : change.kind === 'moved' && change.up !== 0
        ? `${change.up > 0 ? 'Up' : 'Down'} ${Math.abs(change.up)} from #${move.previousPosition}`
        : 'Same position';
  return { text: changeText(change), kind, label };
}

/** The top 100 of a result whose authority may still be on its way (a deferred part). */
type SnapshotOrSerp = Omit<Snapshot, 'results'> & {
  results?: ReadonlyArray<
    Omit<NonNullable<Snapshot['results']>[number], 'target'> &
      Partial<Pick<NonNullable<Snapshot['results']>[number], 'target'>>
  > | null;
};

/**
 * The top 100 of a check with each URL's movement and its host's authority; lost URLs listed below. While the
 * authority is `pending` (deferred, not arrived yet) its cells say so.
 */
export function renderTop100(
  panel: Panel,
  snapshot: SnapshotOrSerp,
  errors: readonly GraphQLErrorShape[],
  root: string,
  project: Project,
  pending = false,
): void {
  const targetErrors = errors.filter((error) => error.path?.[0] === root && error.path[3] === 'target');
  const rowErrors = new Map<number, GraphQLErrorShape>();
  for (const error of targetErrors) {
    const index = error.path?.[2];
    if (typeof index === 'number') rowErrors.set(index, error);
  }
  // Per-target refusals (too large) are facts about those rows; anything else means SE Ranking's part is missing.
  const failures = targetErrors.filter((error) => error.extensions?.code !== 'TARGET_TOO_LARGE');
  const notice = failures.length > 0 ? problemNote('Authority (SE Ranking)', summarize(failures)) : null;
  if (notice) panel.section.dataset.partial = failures[0]?.extensions?.code ?? 'ERROR';
  else delete panel.section.dataset.partial;
  panel.section.dataset.authority = pending ? 'pending' : 'ready';
  const watched = new Set([project.domain, ...project.competitors]);
  const body = h('tbody');
  (snapshot.results ?? []).forEach((result, index) => {
    const summary = result.target?.backlinkSummary;
    const error = rowErrors.get(index);
    const move = movementOf(snapshot, result.url);
    const authority = summary
      ? [
          h('td', { class: 'num ir', title: 'InLink Rank of the host' }, summary.inlinkRank ?? '–'),
          h('td', { class: 'num dir', title: 'Domain InLink Rank' }, summary.domainInlinkRank ?? '–'),
          h('td', { class: 'num' }, formatNumber(summary.backlinks)),
          h('td', { class: 'num refdom' }, formatNumber(summary.refDomains)),
        ]
      : pending
        ? [h('td', { class: 'missing pending', colspan: 4, 'aria-busy': 'true' }, 'authority loading…')]
        : [
            h(
              'td',
              {
                class: 'missing',
                colspan: 4,
                title: error ? `${describe(error).text} (${describe(error).code})` : 'No backlink data',
                'data-code': error?.extensions?.code ?? '',
              },
              error?.extensions?.code === 'TARGET_TOO_LARGE'
                ? 'too large for the backlinks API'
                : error
                  ? 'unavailable'
                  : 'no data',
            ),
          ];
    body.append(
      h(
        'tr',
        {
          'data-position': result.position,
          ...(watched.has(result.domain) ? { class: result.domain === project.domain ? 'mine' : 'rival' } : {}),
        },
        h('td', { class: 'num' }, result.position),
        h('td', { class: `num change ${move.kind}`, title: move.label }, move.text),
        h(
          'td',
          { class: 'result' },
          h(
            'a',
            { href: result.url, title: result.url, rel: 'noopener noreferrer nofollow', target: '_blank' },
            result.host.replace(/^www\./, ''),
          ),
          h('span', { class: 'url small muted' }, result.url),
        ),
        ...authority,
      ),
    );
  });
  const dropped = snapshot.movement?.dropped ?? [];
  const checked = new Date(snapshot.checkedAt);
  panel.show(
    ...(notice ? [notice] : []),
    h(
      'div',
      { class: 'scroll tall', tabindex: 0, role: 'region', 'aria-label': 'Top 100 results' },
      h(
        'table',
        { class: 'data top100' },
        h(
          'caption',
          {},
          `${(snapshot.results ?? []).length} results of the ${snapshot.queue.toLowerCase()} check of ${formatDay(checked)} ${formatTime(checked)} UTC`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'num' }, '#'),
            h(
              'th',
              { scope: 'col', class: 'num' },
              h('abbr', { title: 'Movement since the previous daily check' }, 'Move'),
            ),
            h('th', { scope: 'col' }, 'Result'),
            h(
              'th',
              { scope: 'col', class: 'num' },
              h('abbr', { title: 'InLink Rank of the host (SE Ranking, 0–100)' }, 'IR'),
            ),
            h(
              'th',
              { scope: 'col', class: 'num' },
              h('abbr', { title: 'Domain InLink Rank (SE Ranking, 0–100)' }, 'DIR'),
            ),
            h('th', { scope: 'col', class: 'num' }, 'Backlinks'),
            h('th', { scope: 'col', class: 'num refdom' }, h('abbr', { title: 'Referring domains' }, 'Ref. dom.')),
          ),
        ),
        body,
      ),
    ),
    ...(dropped.length > 0
      ? [
          h(
            'details',
            { class: 'lost' },
            h('summary', {}, `${dropped.length} left the top 100 since the previous check`),
            h(
              'ul',
              {},
              ...dropped.map((d) => h('li', { class: 'small' }, `${d.url} (was #${d.previousPosition ?? '?'})`)),
            ),
          ),
        ]
      : []),
  );
}

/** The SERP's own flux in one number and one sentence, and the engine's daily flux as a chart. */
export function renderFlux(
  panel: Panel,
  snapshot: Snapshot | null,
  flux: ReadonlyArray<{ at: string; value: number }> | null,
  engine: string,
): void {
  const serpFlux = snapshot?.movement?.flux;
  const meaning =
    serpFlux === undefined
      ? h('p', { class: 'muted' }, 'No previous check to compare this SERP with.')
      : h(
          'p',
          { class: 'flux-meaning' },
          h('strong', { id: 'serp-flux' }, serpFlux.toFixed(1)),
          ' — how much this SERP reshuffled since the previous check: each URL’s move divided by its better position, ' +
            'summed (0 = the same order; #1 and #2 swapping scores 2).',
        );
  panel.show(
    meaning,
    flux && flux.length > 0
      ? timeChart(
          flux.map((p) => new Date(p.at)),
          [{ label: engine, values: flux.map((p) => p.value) }],
          {
            id: 'flux-chart',
            title: `Daily flux of ${engine}`,
            unit: `flux of ${engine}: movement of all its SERPs per day; spikes mark algorithm updates`,
          },
        )
      : h('p', { class: 'muted' }, 'No engine flux data yet.'),
  );
}
