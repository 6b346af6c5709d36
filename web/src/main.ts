// The rank tracker: a project (my domain + competitors) opens on its keyword table and trends; a keyword's page
// shows its history, SERP and flux; checks arriving over SSE raise alerts and refresh the keyword page.
import {
  DashboardKeywordDocument,
  DashboardRankTableDocument,
  type DashboardRankTableQuery,
  DashboardRequestPriorityCheckDocument,
  DashboardTablePageDocument,
  DashboardTrackedSerpUpdatedDocument,
} from '../generated/graphql.js';
import { h } from './dom.js';
import { describe, errorsAt, summarize } from './errors.js';
import {
  type GraphQLErrorShape,
  type Result,
  request,
  requestParts,
  type SubscriptionState,
  subscribe,
} from './graphql.js';
import { renderFlux, renderRankHistory, renderTop100, type Snapshot } from './keyword.js';
import { panel, problemNote } from './panel.js';
import {
  cleanDomain,
  MAX_COMPETITORS,
  type PairRef,
  type Project,
  readProject,
  readTable,
  readView,
  saveProject,
  type TableState,
  urlOf,
  type View,
} from './project.js';
import { type Pair, pairKey, rowOf, tablePageVariables, toPair } from './rank.js';
import { renderTable, renderTrends, type TableContext, type TablePage, type TrendsContext } from './table.js';

const params = new URLSearchParams(location.search);
const state: {
  project: Project;
  table: TableState;
  view: View;
  pairs: Pair[] | undefined;
  /** The table's page as the graph answered it: pair keys in its order, or why it is missing. */
  tablePage: { keys: string[]; total: number; hasNext: boolean; endCursor: string | null } | undefined;
  /** Why the table's page is missing, once its request failed. */
  tableErrors: GraphQLErrorShape[] | undefined;
  /** The `after` cursor of each table page visited, the current one last (the connection pages forward only). */
  cursors: Array<string | null>;
  notes: HTMLElement[];
  priorityCost: number | undefined;
  /** Competitors overlaid on the keyword page's rank chart. */
  overlays: Set<string>;
  /** My domain's latest known position per pair (daily history, then live checks): what an alert compares with. */
  positions: Map<string, number | null>;
  updates: number;
} = {
  project: readProject(params),
  table: readTable(params),
  view: readView(params),
  pairs: undefined,
  tablePage: undefined,
  tableErrors: undefined,
  cursors: [null],
  notes: [],
  priorityCost: undefined,
  overlays: new Set(),
  positions: new Map(),
  updates: 0,
};

const main = document.getElementById('main') ?? document.body;
const liveBadge = document.getElementById('live') ?? h('div');
const modeBadge = document.getElementById('mode') ?? h('div');

const tablePanel = panel('keywords', 'Keywords', 'wide');
const visibilityPanel = panel('visibility', 'Visibility');
const distributionPanel = panel('distribution', 'Top 3 / 10 / 100 per day');
const rankPanel = panel('rank', 'Rank history (30 days)');
const fluxPanel = panel('flux', 'Flux');
const topPanel = panel('top100', 'Top 100 with movement and authority', 'wide');
const alertsPanel = panel('alerts', 'Alerts');
const priorityArea = h('div', { class: 'priority' });
const keywordHeading = h('h2', { id: 'keyword-title', class: 'keyword-title' });
const keywordFacts = h('p', { class: 'facts small muted' });
const keywordHeader = h(
  'section',
  { id: 'keyword', class: 'panel wide', 'aria-labelledby': 'keyword-title' },
  h('a', { href: '#', class: 'back', onclick: (event: Event) => navigate(event, { name: 'table' }) }, '← All keywords'),
  keywordHeading,
  keywordFacts,
  priorityArea,
);
const alertList = h('ol', { id: 'alert-list', class: 'alerts', 'aria-live': 'polite' });
alertsPanel.show(
  h('p', { class: 'muted empty', id: 'alerts-empty' }, 'Big moves of your domain appear here as checks arrive.'),
  alertList,
);

const sameRef = (a: PairRef, b: PairRef) => pairKey(a) === pairKey(b);
const pairOf = (ref: PairRef) => state.pairs?.find((pair) => pair.key === pairKey(ref));

function remember(): void {
  history.replaceState(null, '', urlOf(state.project, state.table, state.view));
}

function navigate(event: Event | null, view: View): void {
  event?.preventDefault();
  state.view = view;
  history.pushState(null, '', urlOf(state.project, state.table, state.view));
  render();
  (view.name === 'table' ? document.getElementById('keywords-title') : keywordHeading)?.focus();
}

/* ---------- the project form ---------- */

function projectForm(): HTMLFormElement {
  const domain = h('input', {
    id: 'project-domain',
    name: 'domain',
    value: state.project.domain,
    placeholder: 'example.com',
    required: true,
    autocomplete: 'off',
    spellcheck: 'false',
    inputmode: 'url',
  });
  const competitors = h('input', {
    id: 'project-competitors',
    name: 'competitors',
    value: state.project.competitors.join(', '),
    placeholder: `up to ${MAX_COMPETITORS}, comma-separated`,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const threshold = h('input', {
    id: 'project-threshold',
    name: 'alert',
    type: 'number',
    min: 1,
    max: 99,
    value: state.project.threshold,
  });
  return h(
    'form',
    {
      id: 'project',
      class: 'project',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const next = readProject(
          new URLSearchParams({ domain: domain.value, competitors: competitors.value, alert: threshold.value }),
        );
        state.project = next;
        state.overlays = new Set([...state.overlays].filter((c) => next.competitors.includes(c)));
        saveProject(next);
        remember();
        void loadProject();
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'project-domain' }, 'My domain'), domain),
    h('div', { class: 'field grow' }, h('label', { for: 'project-competitors' }, 'Competitors'), competitors),
    h(
      'div',
      { class: 'field narrow' },
      h(
        'label',
        { for: 'project-threshold', title: 'Alert when my domain moves by at least this many positions' },
        'Alert at ±',
      ),
      threshold,
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Apply'),
  );
}

/* ---------- the project's data: one request per page of 3 pairs ---------- */

let projectLoad = 0;
let tableLoad = 0;
let tableLoading = false;

function pairNotes(results: ReadonlyArray<Result<DashboardRankTableQuery>>): HTMLElement[] {
  const errors = results.flatMap((r) => r.errors);
  const notes: HTMLElement[] = [];
  const metrics = errors.filter((e) => e.path?.includes('metrics'));
  if (metrics.length > 0) notes.push(problemNote('Search volume and difficulty (SE Ranking)', summarize(metrics)));
  const ranks = errors.filter((e) => e.path?.includes('rankHistories'));
  if (ranks.length > 0) notes.push(problemNote('Some rank histories', summarize(ranks)));
  const pages = results.filter((r) => r.data === null).flatMap((r) => r.errors);
  if (pages.length > 0) notes.push(problemNote('Some keywords', summarize(pages)));
  return notes;
}

/**
 * One page of pairs; asked once more after the wait SERPmetrics names when some of its reads were rate limited
 * (the SERPs read before stay cached, so the second request repeats only the refused reads).
 */
async function loadPairPage(domains: string[], after: string | null): Promise<Result<DashboardRankTableQuery>> {
  const result = await request(DashboardRankTableDocument, { domains, after });
  const limited = result.errors.find((error) => error.extensions?.code === 'UPSTREAM_RATE_LIMITED');
  const wait = limited?.extensions?.retryAfter ?? 1;
  if (!limited || wait > 10) return result;
  await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  return request(DashboardRankTableDocument, { domains, after });
}

async function loadProject(): Promise<void> {
  const load = ++projectLoad;
  state.pairs = undefined;
  state.tablePage = undefined;
  state.tableErrors = undefined;
  state.cursors = [null];
  // A table page still on its way belongs to the previous project.
  tableLoad += 1;
  tableLoading = false;
  render();
  if (!state.project.domain) {
    waitForData();
    return;
  }
  for (const each of [tablePanel, visibilityPanel, distributionPanel]) each.loading();
  if (state.view.name === 'keyword') rankPanel.loading();
  const domains = [state.project.domain, ...state.project.competitors];
  const first = await loadPairPage(domains, null);
  if (load !== projectLoad) return;
  const page = first.data?.trackedPairs;
  if (!first.data || !page) {
    const errors = errorsAt(first.errors, ['trackedPairs']);
    for (const each of [tablePanel, visibilityPanel, distributionPanel]) each.fail(errors);
    if (state.view.name === 'keyword') rankPanel.fail(errors);
    waitForData();
    return;
  }
  if (first.data.sandbox) {
    modeBadge.hidden = false;
    modeBadge.textContent = 'Sandbox data';
  }
  state.priorityCost = first.data.priorityCheckCost;
  // Pages load one after the other, each after the last one's end cursor: cold, they are bound by SERPmetrics'
  // rate anyway, and side by side they would only queue at the same limiter. A page that fails ends the table.
  const results = [first];
  let next = page.pageInfo;
  while (next.hasNextPage && next.endCursor) {
    const result = await loadPairPage(domains, next.endCursor);
    if (load !== projectLoad) return;
    results.push(result);
    const info = result.data?.trackedPairs?.pageInfo;
    if (!info) break;
    next = info;
  }
  state.pairs = results.flatMap((r) => r.data?.trackedPairs?.nodes ?? []).map(toPair);
  state.notes = pairNotes(results);
  state.positions = new Map(
    state.pairs.map((pair) => [pair.key, pair.histories.get(state.project.domain)?.at(-1)?.position ?? null]),
  );
  // The table's page is asked once its view shows (render), after the histories: its order reads the latest checks,
  // which they have just cached.
  render();
  watch();
}

/** One page of the table from the graph: ordered, filtered and paged by `trackedPairs` for my domain. */
async function loadTable(): Promise<void> {
  const load = ++tableLoad;
  tableLoading = true;
  if (state.tablePage) tablePanel.busy();
  const variables = tablePageVariables(state.project.domain, state.table, state.cursors.at(-1) ?? null);
  const result = await request(DashboardTablePageDocument, variables);
  if (load !== tableLoad) return;
  tableLoading = false;
  const page = result.data?.trackedPairs;
  state.tablePage = page
    ? {
        keys: page.nodes.map((node) => pairKey({ ...node, engine: node.engine.code })),
        total: page.totalCount,
        hasNext: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor ?? null,
      }
    : undefined;
  state.tableErrors = page ? undefined : errorsAt(result.errors, ['trackedPairs']);
  if (state.view.name === 'table') showTable();
}

/* ---------- rendering ---------- */

/** A change of the table's view: a new sort, filter or page size asks the graph for its first page again. */
function setTable(patch: Partial<TableState>): void {
  state.table = { ...state.table, ...patch };
  remember();
  if ('range' in patch && state.pairs) renderTrends(visibilityPanel, distributionPanel, trendsContext(state.pairs));
  if (Object.keys(patch).some((key) => key !== 'range')) {
    state.cursors = [null];
    void loadTable();
  }
}

const trendsContext = (pairs: Pair[]): TrendsContext => ({
  project: state.project,
  table: state.table,
  pairs,
  setTable,
});

function tableContext(pairs: Pair[], page: TablePage): TableContext {
  return {
    ...trendsContext(pairs),
    page,
    notes: state.notes,
    turnPage: (step) => {
      if (step === 1 && state.tablePage?.endCursor) state.cursors.push(state.tablePage.endCursor);
      else if (step === -1 && state.cursors.length > 1) state.cursors.pop();
      void loadTable();
    },
    openKeyword: (pair) => navigate(null, { name: 'keyword', pair }),
  };
}

/** The table once both the project's histories and the graph's page of it are in. */
function showTable(): void {
  const pairs = state.pairs;
  if (!pairs) return;
  if (state.tableErrors) {
    tablePanel.fail(state.tableErrors);
    return;
  }
  const answer = state.tablePage;
  if (!answer) {
    if (!tableLoading) void loadTable();
    return;
  }
  const byKey = new Map(pairs.map((pair) => [pair.key, pair]));
  const rows = answer.keys.flatMap((key) => {
    const pair = byKey.get(key);
    return pair ? [rowOf(pair, state.project.domain)] : [];
  });
  const page = { rows, total: answer.total, index: state.cursors.length, hasNext: answer.hasNext };
  renderTable(tablePanel, tableContext(pairs, page));
}

function render(): void {
  const view = state.view;
  document.title = view.name === 'keyword' ? `${view.pair.keyword} · seograph` : 'seograph · rank tracker';
  const sections =
    view.name === 'table'
      ? [tablePanel.section, visibilityPanel.section, distributionPanel.section, alertsPanel.section]
      : [keywordHeader, rankPanel.section, fluxPanel.section, topPanel.section, alertsPanel.section];
  main.replaceChildren(projectForm(), h('div', { class: 'grid' }, ...sections));
  const heading = document.getElementById('keywords-title');
  if (heading) {
    heading.tabIndex = -1;
    heading.textContent = state.project.domain ? `Keywords of ${state.project.domain}` : 'Keywords';
  }
  if (!state.project.domain) {
    const ask = () => h('p', { class: 'muted empty' }, 'Enter your domain above to see its positions.');
    for (const each of [tablePanel, visibilityPanel, distributionPanel, rankPanel]) each.show(ask());
  } else if (state.pairs) {
    if (view.name === 'table') {
      showTable();
      renderTrends(visibilityPanel, distributionPanel, trendsContext(state.pairs));
    } else {
      drawRank(view.pair);
    }
  }
  if (view.name === 'keyword') showKeyword(view.pair);
}

function drawRank(ref: PairRef): void {
  renderRankHistory(rankPanel, pairOf(ref), state.project, state.overlays, () => drawRank(ref));
}

/* ---------- the keyword page ---------- */

let shownKeyword = '';
let keywordLoad = 0;

function showKeyword(ref: PairRef): void {
  keywordHeading.tabIndex = -1;
  keywordHeading.textContent = `“${ref.keyword}”`;
  const pair = pairOf(ref);
  keywordFacts.textContent = [
    pair ? `${pair.engineName} (${ref.engine})` : ref.engine,
    ref.location,
    ref.device.toLowerCase(),
    pair?.volume != null ? `${pair.volume.toLocaleString('en')} searches a month` : null,
    pair?.difficulty != null ? `difficulty ${pair.difficulty}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  if (!state.pairs && state.project.domain) rankPanel.loading();
  // The SERP and flux load once per keyword; re-rendering the page (a new project) keeps them.
  if (shownKeyword === pairKey(ref)) return;
  shownKeyword = pairKey(ref);
  renderPriority('idle');
  void loadKeyword(ref);
}

/** The SERP and flux paint from the first part; the top 100's authority fills in when its deferred part lands. */
async function loadKeyword(ref: PairRef): Promise<void> {
  const load = ++keywordLoad;
  topPanel.loading();
  fluxPanel.loading();
  let first = true;
  for await (const result of requestParts(DashboardKeywordDocument, { ...ref })) {
    if (load !== keywordLoad) return;
    const snapshot = result.data?.serp;
    const pending = result.hasNext === true;
    if (snapshot) renderTop100(topPanel, snapshot, result.errors, 'serp', state.project, pending);
    else if (result.data && errorsAt(result.errors, ['serp']).length === 0) {
      topPanel.show(h('p', { class: 'muted empty' }, 'No check of this keyword pair yet.'));
    } else topPanel.fail(errorsAt(result.errors, ['serp']));
    if (!first) continue;
    first = false;
    const flux = result.data?.engine?.flux ?? null;
    if (!snapshot && !flux)
      fluxPanel.fail([...errorsAt(result.errors, ['engine']), ...errorsAt(result.errors, ['serp'], false)]);
    else renderFlux(fluxPanel, snapshot ?? null, flux, ref.engine);
    currentFlux = flux;
  }
}

let currentFlux: ReadonlyArray<{ at: string; value: number }> | null = null;

/* ---------- live checks: alerts and the keyword page ---------- */

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

function waitForData(): void {
  badge('offline', 'Nothing to watch');
}

/** My domain's best position in a check, or null when it is not in the top 100. */
const positionIn = (snapshot: Snapshot, domain: string) =>
  (snapshot.results ?? []).find((result) => result.domain === domain)?.position ?? null;

function alertOf(snapshot: Snapshot): void {
  const ref: PairRef = {
    keyword: snapshot.keyword,
    engine: snapshot.engine.code,
    location: snapshot.location ?? null,
    device: snapshot.device,
  };
  const key = pairKey(ref);
  if (!state.positions.has(key)) return;
  const before = state.positions.get(key) ?? null;
  const now = positionIn(snapshot, state.project.domain);
  state.positions.set(key, now);
  const inTop10 = (p: number | null) => p !== null && p <= 10;
  const moved = before !== null && now !== null ? before - now : null;
  const reasons = [
    inTop10(before) !== inTop10(now) ? (inTop10(now) ? 'entered the top 10' : 'left the top 10') : null,
    moved !== null && Math.abs(moved) >= state.project.threshold
      ? `${moved > 0 ? 'up' : 'down'} ${Math.abs(moved)}`
      : null,
    before === null && now !== null ? 'entered the top 100' : null,
    before !== null && now === null ? 'left the top 100' : null,
  ].filter((r): r is string => r !== null);
  const big = reasons.length > 0;
  const where = (p: number | null) => (p === null ? 'not in top 100' : `#${p}`);
  document.getElementById('alerts-empty')?.remove();
  const link = h(
    'a',
    { href: '#', onclick: (event: Event) => navigate(event, { name: 'keyword', pair: ref }) },
    `“${ref.keyword}” · ${ref.engine}`,
  );
  alertList.prepend(
    h(
      'li',
      { class: big ? 'alert big' : 'alert', 'data-big': String(big), 'data-key': key, 'data-queue': snapshot.queue },
      link,
      h(
        'span',
        {},
        ` ${state.project.domain} ${where(before)} → ${where(now)}`,
        big ? h('strong', {}, ` ${reasons.join(', ')}`) : h('span', { class: 'muted' }, ' (no big move)'),
      ),
      h(
        'span',
        { class: 'small muted block' },
        `${snapshot.queue.toLowerCase()} check, ${new Date(snapshot.checkedAt).toISOString().slice(11, 16)} UTC`,
      ),
    ),
  );
  while (alertList.children.length > 50) alertList.lastElementChild?.remove();
}

let unsubscribe: (() => void) | undefined;
let connection: SubscriptionState = 'connecting';

function watch(): void {
  if (unsubscribe) return;
  unsubscribe = subscribe(
    DashboardTrackedSerpUpdatedDocument,
    {},
    {
      state: (next, error) => {
        connection = next;
        badge(next, error ? `${describe(error).text} (${describe(error).code})` : undefined);
      },
      next: (result) => {
        const snapshot = result.data?.trackedSerpUpdated;
        if (!snapshot) return;
        state.updates += 1;
        badge(connection, `${state.updates} new check${state.updates === 1 ? '' : 's'}`);
        alertOf(snapshot);
        const view = state.view;
        const ref = {
          keyword: snapshot.keyword,
          engine: snapshot.engine.code,
          location: snapshot.location ?? null,
          device: snapshot.device,
        };
        if (view.name === 'keyword' && sameRef(view.pair, ref)) {
          renderTop100(topPanel, snapshot, result.errors, 'trackedSerpUpdated', state.project);
          renderFlux(fluxPanel, snapshot, currentFlux, ref.engine);
          renderPriority('arrived');
        }
      },
    },
  );
}

/* ---------- priority checks ---------- */

type PriorityStep = 'idle' | 'confirm' | 'sending' | { sent: number } | 'arrived' | { error: GraphQLErrorShape };

function renderPriority(step: PriorityStep): void {
  const view = state.view;
  if (view.name !== 'keyword') return;
  const ref = view.pair;
  const cost = state.priorityCost;
  const costText = cost === undefined ? 'credits' : `${cost} credits`;
  const open = (label: string) =>
    h(
      'button',
      { type: 'button', id: 'priority-open', onclick: () => renderPriority('confirm') },
      `${label} (${costText})`,
    );
  priorityArea.dataset.step = typeof step === 'string' ? step : 'sent' in step ? 'sent' : 'error';
  if (step === 'confirm') {
    const send = h(
      'button',
      { type: 'button', id: 'priority-send', class: 'primary', onclick: () => sendPriority(ref) },
      `Send · ${costText}`,
    );
    priorityArea.replaceChildren(
      h(
        'div',
        { class: 'confirm', role: 'group', 'aria-labelledby': 'priority-cost' },
        h(
          'p',
          { id: 'priority-cost' },
          `A priority check of “${ref.keyword}” on ${ref.engine} costs `,
          h('strong', { class: 'cost', 'data-credits': cost ?? '' }, costText),
          ' of SERPmetrics, charged only when the result arrives (usually within minutes).',
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
  else if (step === 'arrived') message = h('p', { class: 'ok' }, 'A new check arrived: the SERP below is up to date.');
  else if (typeof step === 'object' && 'sent' in step) {
    message = h(
      'p',
      { class: 'ok' },
      `Requested (${step.sent} credits when the result arrives). The page updates when it lands.`,
    );
  } else if (typeof step === 'object') message = problemNote('Priority check', [describe(step.error)]);
  priorityArea.replaceChildren(
    open(step === 'idle' ? 'Request a priority check' : 'Request another'),
    ...(message ? [message] : []),
  );
  if (step === 'sending') priorityArea.querySelector('button')?.setAttribute('disabled', '');
}

async function sendPriority(ref: PairRef): Promise<void> {
  renderPriority('sending');
  const result = await request(DashboardRequestPriorityCheckDocument, { ...ref });
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
  if (state.view.name !== 'keyword' || !sameRef(state.view.pair, ref)) return;
  if (!payload || error) {
    renderPriority({ error: error ?? { message: '' } });
    return;
  }
  // The check may already have landed (a fast queue): keep "arrived" rather than going back to "sent".
  if (priorityArea.dataset.step !== 'arrived') renderPriority({ sent: payload.credits });
  priorityArea.querySelector('button')?.focus();
}

/* ---------- page ---------- */

window.addEventListener('popstate', () => {
  const now = new URLSearchParams(location.search);
  state.view = readView(now);
  state.table = readTable(now);
  render();
});

state.project = { ...state.project, domain: cleanDomain(state.project.domain) };
if (state.project.domain) saveProject(state.project);
remember();
badge('connecting');
void loadProject();
