// The rank dashboard: tracked pairs, rank and flux charts, the top 100 with authority, live updates.
import {
  DashboardFluxDocument,
  DashboardRankHistoryDocument,
  DashboardRequestPriorityCheckDocument,
  DashboardSerpUpdatedDocument,
  type DashboardSnapshotFragment,
  DashboardTop100Document,
  DashboardTrackedKeywordsDocument,
  type Device,
} from '../generated/graphql.js';
import { lineChart, type Point } from './chart.js';
import { formatDay, formatNumber, formatTime, h } from './dom.js';
import { describe, errorsAt, summarize } from './errors.js';
import { type GraphQLErrorShape, request, type SubscriptionState, subscribe } from './graphql.js';
import { panel, problemNote } from './panel.js';

interface Pair {
  keyword: string;
  engine: string;
  engineName: string;
  location: string | null;
  device: Device;
}

const state: {
  pairs: Pair[];
  pair: Pair | undefined;
  domain: string;
  unsubscribe: (() => void) | undefined;
  updates: number;
  /** The price of a priority check of one pair, from the graph (`checkCost`), shown before sending. */
  priorityCost: number | undefined;
  /** Aborts the loads of the pair shown before, so a slow answer never overwrites a newer choice. */
  loads: AbortController;
} = {
  pairs: [],
  pair: undefined,
  domain: new URLSearchParams(location.search).get('domain') ?? '',
  unsubscribe: undefined,
  updates: 0,
  priorityCost: undefined,
  loads: new AbortController(),
};

const main = document.getElementById('main') ?? document.body;
const liveBadge = document.getElementById('live') ?? h('div');
const modeBadge = document.getElementById('mode') ?? h('div');

const pairsPanel = panel('pairs', 'Tracked keywords');
const rankPanel = panel('rank', 'Rank history (30 days)');
const fluxPanel = panel('flux', 'Engine flux (daily)');
const topPanel = panel('top100', 'Top 100 with domain authority', 'wide');
const pairHeading = h('h2', { id: 'pair-title', class: 'pair-title' }, 'Choose a tracked keyword');
const priorityArea = h('div', { class: 'priority' });
const pairSection = h(
  'section',
  { id: 'pair', class: 'panel', 'aria-labelledby': 'pair-title' },
  pairHeading,
  priorityArea,
);

const samePair = (a: Pair | undefined, b: Pair) => a?.keyword === b.keyword && a.engine === b.engine;
const bareHost = (host: string) => host.replace(/^www\./, '');
/** The variables naming a pair in every operation: keyword, engine, and its location and device. */
const pairVariables = (pair: Pair) => ({
  keyword: pair.keyword,
  engine: pair.engine,
  location: pair.location,
  device: pair.device,
});

function remember(): void {
  const params = new URLSearchParams();
  if (state.pair) {
    params.set('keyword', state.pair.keyword);
    params.set('engine', state.pair.engine);
  }
  if (state.domain) params.set('domain', state.domain);
  history.replaceState(null, '', `${location.pathname}?${params}`);
}

/* ---------- tracked pairs ---------- */

async function loadPairs(): Promise<void> {
  pairsPanel.loading();
  const result = await request(DashboardTrackedKeywordsDocument, {});
  if (result.data?.sandbox) {
    modeBadge.hidden = false;
    modeBadge.textContent = 'Sandbox data';
  }
  state.priorityCost = result.data?.priorityCheckCost;
  const tracked = result.data?.trackedKeywords;
  if (!tracked) {
    pairsPanel.fail(errorsAt(result.errors, ['trackedKeywords']));
    waitForPair();
    return;
  }
  state.pairs = tracked.flatMap((item) =>
    item.engines.map((engine) => ({
      keyword: item.keyword,
      engine: engine.code,
      engineName: engine.name?.trim() || engine.code,
      location: item.location ?? null,
      device: item.device,
    })),
  );
  if (state.pairs.length === 0) {
    pairsPanel.show(h('p', { class: 'muted' }, 'No keyword is tracked yet.'));
    waitForPair();
    return;
  }
  const wanted = new URLSearchParams(location.search);
  const initial =
    state.pairs.find((pair) => pair.keyword === wanted.get('keyword') && pair.engine === wanted.get('engine')) ??
    state.pairs[0];
  renderPairs();
  if (initial) choosePair(initial);
}

/** Without a pair the other panels have nothing to show; say so instead of leaving them blank. */
function waitForPair(): void {
  for (const each of [rankPanel, fluxPanel, topPanel])
    each.show(h('p', { class: 'muted' }, 'Needs a tracked keyword.'));
  badge('offline', 'No keyword to watch');
}

function renderPairs(): void {
  const list = h('ul', { class: 'pairs', 'aria-label': 'Tracked keyword pairs' });
  for (const pair of state.pairs) {
    const details = [pair.engineName, pair.location, pair.device.toLowerCase()].filter(Boolean).join(' · ');
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'pair',
            'aria-pressed': String(samePair(state.pair, pair)),
            'data-keyword': pair.keyword,
            'data-engine': pair.engine,
            onclick: () => choosePair(pair),
          },
          h('span', { class: 'kw' }, pair.keyword),
          h('span', { class: 'engine' }, pair.engine),
          h('span', { class: 'muted small' }, details),
        ),
      ),
    );
  }
  pairsPanel.show(list);
}

function choosePair(pair: Pair): void {
  state.loads.abort();
  state.loads = new AbortController();
  state.pair = pair;
  remember();
  renderPairs();
  pairHeading.textContent = `“${pair.keyword}” on ${pair.engine}`;
  renderPriority('idle');
  const signal = state.loads.signal;
  void loadTop100(pair, signal);
  void loadFlux(pair, signal);
  if (state.domain) void loadRank(pair, state.domain, signal);
  else rankPanel.loading();
  watch(pair);
}

/* ---------- top 100 ---------- */

type Snapshot = DashboardSnapshotFragment;

function renderTop100(snapshot: Snapshot, errors: readonly GraphQLErrorShape[], root: string): void {
  const targetErrors = errors.filter((error) => error.path?.[0] === root && error.path[3] === 'target');
  const rowErrors = new Map<number, GraphQLErrorShape>();
  for (const error of targetErrors) {
    const index = error.path?.[2];
    if (typeof index === 'number') rowErrors.set(index, error);
  }
  // Per-target refusals (too large) are facts about those rows; anything else means SE Ranking's part is missing.
  const failures = targetErrors.filter((error) => error.extensions?.code !== 'TARGET_TOO_LARGE');
  const notice = failures.length > 0 ? problemNote('Domain authority (SE Ranking)', summarize(failures)) : null;
  if (notice) topPanel.section.dataset.partial = failures[0]?.extensions?.code ?? 'ERROR';
  else delete topPanel.section.dataset.partial;

  const hosts = h('datalist', { id: 'result-hosts' });
  const seen = new Set<string>();
  const body = h('tbody');
  snapshot.results.forEach((result, index) => {
    const summary = result.target?.backlinkSummary;
    const error = rowErrors.get(index);
    const domain = result.domain;
    if (!seen.has(domain)) {
      seen.add(domain);
      hosts.append(h('option', { value: domain }));
    }
    const authority = summary
      ? [
          summary.domainInlinkRank == null
            ? h('td', { class: 'num missing', title: 'Domain InLink Rank unknown' }, '–')
            : h('td', { class: 'num dir' }, summary.domainInlinkRank),
          h('td', { class: 'num' }, formatNumber(summary.backlinks)),
          h('td', { class: 'num' }, formatNumber(summary.refDomains)),
        ]
      : [
          // One cell for the three numbers SE Ranking did not give, saying why in a word and in full.
          h(
            'td',
            {
              class: 'missing',
              colspan: 3,
              title: error ? `${describe(error).text} (${describe(error).code})` : 'No backlink data',
              'data-code': error?.extensions?.code ?? '',
            },
            error?.extensions?.code === 'TARGET_TOO_LARGE' ? 'too large' : error ? 'unavailable' : 'no data',
          ),
        ];
    body.append(
      h(
        'tr',
        { 'data-position': result.position },
        h('td', { class: 'num' }, result.position),
        h(
          'td',
          { class: 'result' },
          h(
            'a',
            { href: result.url, title: result.url, rel: 'noopener noreferrer nofollow', target: '_blank' },
            bareHost(result.host),
          ),
          h('span', { class: 'url small muted' }, result.url),
        ),
        ...authority,
      ),
    );
  });
  const table = h(
    'table',
    { class: 'top100' },
    h(
      'caption',
      {},
      `${snapshot.results.length} results, checked ${formatDay(new Date(snapshot.checkedAt))} ${formatTime(new Date(snapshot.checkedAt))} UTC`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'num' }, '#'),
        h('th', { scope: 'col' }, 'Result'),
        h('th', { scope: 'col', class: 'num' }, h('abbr', { title: 'Domain InLink Rank (SE Ranking, 0–100)' }, 'DIR')),
        h('th', { scope: 'col', class: 'num' }, 'Backlinks'),
        h('th', { scope: 'col', class: 'num' }, 'Ref. domains'),
      ),
    ),
    body,
  );
  topPanel.show(
    ...(notice ? [notice] : []),
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Top 100 results' }, table),
    hosts,
  );
  if (!state.domain) {
    const first = snapshot.results[0];
    if (first && state.pair) {
      state.domain = first.domain;
      remember();
      void loadRank(state.pair, state.domain, state.loads.signal);
    }
  }
}

async function loadTop100(pair: Pair, signal: AbortSignal): Promise<void> {
  topPanel.loading();
  const result = await request(DashboardTop100Document, pairVariables(pair), signal);
  if (signal.aborted) return;
  if (!result.data?.serp) {
    topPanel.fail(errorsAt(result.errors, ['serp']));
    if (!state.domain) failRank(pair, errorsAt(result.errors, ['serp']));
    return;
  }
  renderTop100(result.data.serp, result.errors, 'serp');
}

/* ---------- charts ---------- */

function rankForm(pair: Pair): HTMLFormElement {
  const input = h('input', {
    id: 'domain',
    name: 'domain',
    type: 'text',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    list: 'result-hosts',
    value: state.domain,
    required: true,
  });
  return h(
    'form',
    {
      class: 'domain-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const domain = bareHost(input.value.trim().toLowerCase());
        if (!domain) return;
        state.domain = domain;
        remember();
        void loadRank(pair, domain, state.loads.signal);
      },
    },
    h('label', { for: 'domain' }, 'Domain'),
    input,
    h('button', { type: 'submit' }, 'Show'),
  );
}

/** The reason, and still the domain form: another domain may well work. */
function failRank(pair: Pair, errors: readonly GraphQLErrorShape[]): void {
  rankPanel.fail(errors);
  rankPanel.section.querySelector('.panel-body')?.append(rankForm(pair));
}

async function loadRank(pair: Pair, domain: string, signal: AbortSignal): Promise<void> {
  rankPanel.loading();
  const result = await request(
    DashboardRankHistoryDocument,
    { keyword: pair.keyword, engine: pair.engine, location: pair.location, device: pair.device, domain },
    signal,
  );
  if (signal.aborted) return;
  const ranking = result.data?.rankHistory;
  const errors = errorsAt(result.errors, ['rankHistory']);
  if (!ranking && errors.length === 0) {
    // Null without an error: the pair is no longer tracked (removed since the list was read).
    rankPanel.show(rankForm(pair), h('p', { class: 'muted' }, 'No rank history: this pair is not tracked.'));
    return;
  }
  if (!ranking) {
    failRank(pair, errors);
    return;
  }
  const points: Point[] = ranking.map((point) => ({ at: new Date(point.checkedAt), value: point.position ?? null }));
  const ranked = points.filter((point) => point.value !== null).length;
  rankPanel.show(
    rankForm(pair),
    ranked === 0
      ? h('p', { class: 'muted' }, `${domain} was not in the top 100 in the last ${points.length} checks.`)
      : lineChart(points, {
          title: `Position of ${domain} for “${pair.keyword}”`,
          unit: 'position',
          invert: true,
          // Position 1 at the top and at least the first page in view, so a flat line at #1 reads as such.
          domain: [1, Math.max(10, ...points.map((point) => point.value ?? 1))],
        }),
  );
}

async function loadFlux(pair: Pair, signal: AbortSignal): Promise<void> {
  fluxPanel.loading();
  const result = await request(DashboardFluxDocument, { engine: pair.engine }, signal);
  if (signal.aborted) return;
  const flux = result.data?.engine?.flux;
  if (!flux) {
    fluxPanel.fail(errorsAt(result.errors, ['engine']));
    return;
  }
  const points = flux.map((point) => ({ at: new Date(point.at), value: point.value }));
  fluxPanel.show(
    points.length === 0
      ? h('p', { class: 'muted' }, 'No flux data yet.')
      : lineChart(points, { title: `Daily SERP flux of ${pair.engine}`, unit: 'flux' }),
  );
}

/* ---------- live updates and priority checks ---------- */

const STATE_TEXT: Record<SubscriptionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Live updates off',
};

function badge(connection: SubscriptionState, detail?: string): void {
  liveBadge.dataset.state = connection;
  liveBadge.dataset.updates = String(state.updates);
  liveBadge.replaceChildren(
    h('span', { class: 'dot', 'aria-hidden': 'true' }),
    h('span', { class: 'label' }, STATE_TEXT[connection]),
    ...(detail ? [h('span', { class: 'detail' }, detail)] : []),
  );
}

let connection: SubscriptionState = 'connecting';
let lastUpdate = '';

function watch(pair: Pair): void {
  state.unsubscribe?.();
  lastUpdate = '';
  state.unsubscribe = subscribe(DashboardSerpUpdatedDocument, pairVariables(pair), {
    state: (next, error) => {
      connection = next;
      badge(next, error ? `${describe(error).text} (${describe(error).code})` : lastUpdate);
    },
    next: (result) => {
      const snapshot = result.data?.serpUpdated;
      if (!snapshot || !samePair(state.pair, pair)) return;
      state.updates += 1;
      lastUpdate = `New check ${formatTime(new Date(snapshot.checkedAt))} UTC`;
      badge(connection, lastUpdate);
      renderTop100(snapshot, result.errors, 'serpUpdated');
      renderPriority('arrived');
      if (state.domain) void loadRank(pair, state.domain, state.loads.signal);
    },
  });
}

type PriorityStep = 'idle' | 'confirm' | 'sending' | { sent: number } | 'arrived' | { error: GraphQLErrorShape };

function renderPriority(step: PriorityStep): void {
  const pair = state.pair;
  if (!pair) return;
  const cost = state.priorityCost;
  const costText = cost === undefined ? 'credits' : `${cost} credits`;
  const openButton = (label: string) =>
    h(
      'button',
      { type: 'button', id: 'priority-open', onclick: () => renderPriority('confirm') },
      `${label} (${costText})`,
    );
  priorityArea.dataset.step = typeof step === 'string' ? step : 'sent' in step ? 'sent' : 'error';
  if (step === 'confirm') {
    const send = h(
      'button',
      { type: 'button', id: 'priority-send', class: 'primary', onclick: () => sendPriority(pair) },
      `Send · ${costText}`,
    );
    priorityArea.replaceChildren(
      h(
        'div',
        { class: 'confirm', role: 'group', 'aria-labelledby': 'priority-cost' },
        h(
          'p',
          { id: 'priority-cost' },
          `A priority check of “${pair.keyword}” on ${pair.engine} costs `,
          h('strong', { class: 'cost', 'data-credits': cost ?? '' }, costText),
          ' of SERPmetrics (per keyword and engine), charged only when the result arrives.',
        ),
        send,
        h('button', { type: 'button', onclick: () => renderPriority('idle') }, 'Cancel'),
      ),
    );
    send.focus();
    return;
  }
  let message: HTMLElement | null = null;
  if (step === 'sending') message = h('p', { class: 'muted' }, 'Sending…');
  else if (step === 'arrived') message = h('p', { class: 'ok' }, 'A new check arrived.');
  else if (typeof step === 'object' && 'sent' in step) {
    message = h(
      'p',
      { class: 'ok' },
      `Requested (${step.sent} credits when the result arrives). It appears here live, usually within minutes.`,
    );
  } else if (typeof step === 'object') message = problemNote('Priority check', [describe(step.error)]);
  priorityArea.replaceChildren(
    openButton(step === 'idle' ? 'Request priority check' : 'Request another'),
    ...(message ? [message] : []),
  );
  if (step === 'sending') priorityArea.querySelector('button')?.setAttribute('disabled', '');
}

async function sendPriority(pair: Pair): Promise<void> {
  renderPriority('sending');
  const result = await request(DashboardRequestPriorityCheckDocument, pairVariables(pair));
  if (!samePair(state.pair, pair)) return;
  const payload = result.data?.requestPriorityCheck;
  // A refused pair is reported in the payload (per-pair errors), not as a GraphQL error.
  const refused = payload?.results.find((item) => item.error)?.error;
  const error =
    result.errors[0] ??
    (refused
      ? {
          message: refused.message,
          extensions: {
            code: refused.code,
            ...(refused.upstream ? { upstream: refused.upstream } : {}),
            ...(refused.retryAfter ? { retryAfter: refused.retryAfter } : {}),
          },
        }
      : undefined);
  if (!payload || error) {
    renderPriority({ error: error ?? { message: '' } });
    return;
  }
  renderPriority({ sent: payload.credits });
  priorityArea.querySelector('button')?.focus();
}

/* ---------- page ---------- */

main.append(
  h('div', { class: 'grid' }, pairsPanel.section, pairSection, rankPanel.section, fluxPanel.section, topPanel.section),
);
badge('connecting');
void loadPairs();
