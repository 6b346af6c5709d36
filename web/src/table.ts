// The home view: the keyword table of my domain (sortable, filterable, paged, exported as CSV) and, over time,
// visibility (my domain and the competitors) and the top-3/10/100 distribution for a date range.
import { timeChart } from './chart.js';
import { formatNumber, h } from './dom.js';
import type { Panel } from './panel.js';
import { PAGE_SIZES, type PairRef, type Project, RANGES, type TableState } from './project.js';
import {
  type Change,
  changeText,
  checkDays,
  distribution,
  type Pair,
  type RankFilter,
  type Row,
  type SortKey,
  toCsv,
  visibility,
} from './rank.js';

/** One page of the table as the graph ordered, filtered and paged it, its cells from the project's histories. */
export interface TablePage {
  rows: readonly Row[];
  /** Pairs matching the filter. */
  total: number;
  /** 1-based. */
  index: number;
  hasNext: boolean;
}

export interface TrendsContext {
  project: Project;
  table: TableState;
  /** Every pair of the project. */
  pairs: readonly Pair[];
  setTable(patch: Partial<TableState>): void;
}

export interface TableContext extends TrendsContext {
  page: TablePage;
  /** A problem with part of the data (e.g. SE Ranking's metrics), shown above the table. */
  notes: readonly HTMLElement[];
  turnPage(step: 1 | -1): void;
  openKeyword(pair: PairRef): void;
}

/** The table's columns; `descending`: a first click sorts largest first (what an SEO looks for in volume). */
const COLUMNS: ReadonlyArray<{
  key: SortKey | null;
  label: string;
  title?: string;
  numeric?: boolean;
  descending?: boolean;
}> = [
  { key: 'keyword', label: 'Keyword' },
  { key: 'engine', label: 'Engine' },
  { key: 'position', label: 'Pos.', title: 'Position in the latest daily check', numeric: true },
  { key: 'change1', label: '1d', title: 'Change since the check 1 day before', numeric: true },
  { key: 'change7', label: '7d', title: 'Change since the check 7 days before', numeric: true },
  { key: 'change30', label: '30d', title: 'Change since the oldest retained check (30 days)', numeric: true },
  { key: null, label: 'Best', title: 'Best position in the last 30 checks', numeric: true },
  {
    key: 'volume',
    label: 'Volume',
    title: 'Monthly searches (SE Ranking, the engine country’s database)',
    numeric: true,
    descending: true,
  },
  { key: 'difficulty', label: 'KD', title: 'Keyword difficulty, 0–100 (SE Ranking)', numeric: true },
  { key: null, label: 'Ranking URL' },
  { key: null, label: 'SERP features' },
];

const RANK_FILTERS: ReadonlyArray<[RankFilter, string]> = [
  ['all', 'All positions'],
  ['top3', 'Top 3'],
  ['top10', 'Top 10'],
  ['top100', 'Top 100'],
  ['absent', 'Not ranking'],
];

function changeCell(change: Change): HTMLElement {
  const kind = change.kind === 'moved' ? (change.up > 0 ? 'up' : change.up < 0 ? 'down' : 'same') : change.kind;
  const label =
    change.kind === 'moved' && change.up !== 0
      ? `${change.up > 0 ? 'up' : 'down'} ${Math.abs(change.up)}`
      : change.kind === 'new'
        ? 'entered the top 100'
        : change.kind === 'lost'
          ? 'left the top 100'
          : 'no change';
  return h('td', { class: `num change ${kind}`, title: label }, changeText(change));
}

const pathOf = (url: string) => {
  try {
    const parsed = new URL(url);
    return `${parsed.host.replace(/^www\./, '')}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return url;
  }
};

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function controls(context: TableContext, shown: readonly Row[]): HTMLElement {
  const { table } = context;
  const filter = h('input', {
    id: 'table-filter',
    type: 'search',
    value: table.filter,
    placeholder: 'keyword, engine or location',
    autocomplete: 'off',
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  filter.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => context.setTable({ filter: filter.value }), 150);
  });
  const rank = h(
    'select',
    {
      id: 'table-rank',
      onchange: (event: Event) => context.setTable({ rank: (event.target as HTMLSelectElement).value as RankFilter }),
    },
    ...RANK_FILTERS.map(([value, label]) => h('option', { value, selected: value === table.rank }, label)),
  );
  const sizes = [...new Set<number>([...PAGE_SIZES, table.rows])].sort((a, b) => a - b);
  const rows = h(
    'select',
    {
      id: 'table-rows',
      onchange: (event: Event) => context.setTable({ rows: Number((event.target as HTMLSelectElement).value) }),
    },
    ...sizes.map((size) => h('option', { value: size, selected: size === table.rows }, `${size} rows`)),
  );
  const exportButton = h(
    'button',
    {
      type: 'button',
      id: 'export-csv',
      onclick: () =>
        download(`rank-${context.project.domain}-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(shown)),
    },
    `Export CSV (${shown.length})`,
  );
  return h(
    'div',
    { class: 'controls' },
    h('label', { for: 'table-filter' }, 'Filter'),
    filter,
    h('label', { for: 'table-rank', class: 'visually-hidden' }, 'Positions'),
    rank,
    h('label', { for: 'table-rows', class: 'visually-hidden' }, 'Rows per page'),
    rows,
    exportButton,
  );
}

export function renderTable(panel: Panel, context: TableContext): void {
  const { table } = context;
  const shown = context.page.rows;
  const matching = context.page.total;
  const page = context.page.index;
  const pages = Math.max(1, Math.ceil(matching / table.rows));
  const focused = document.activeElement?.id;
  const head = h(
    'tr',
    {},
    ...COLUMNS.map((column) => {
      const sorted = column.key !== null && column.key === table.sort;
      const sort = sorted ? (table.ascending ? 'ascending' : 'descending') : 'none';
      const content = column.key
        ? h(
            'button',
            {
              type: 'button',
              class: 'sort',
              id: `sort-${column.key}`,
              'data-sort': column.key,
              ...(column.title ? { title: column.title } : {}),
              onclick: () =>
                context.setTable({
                  sort: column.key ?? 'position',
                  ascending: sorted ? !table.ascending : !column.descending,
                }),
            },
            column.label,
            h('span', { class: 'arrow', 'aria-hidden': 'true' }, sorted ? (table.ascending ? ' ↑' : ' ↓') : ''),
          )
        : column.label;
      return h(
        'th',
        { scope: 'col', class: column.numeric ? 'num' : '', ...(column.key ? { 'aria-sort': sort } : {}) },
        content,
      );
    }),
  );
  const body = h('tbody');
  for (const row of shown) {
    const { pair } = row;
    const place = [pair.location, pair.device === 'DESKTOP' ? null : pair.device.toLowerCase()]
      .filter(Boolean)
      .join(' · ');
    body.append(
      h(
        'tr',
        { 'data-key': pair.key, 'data-keyword': pair.keyword, 'data-engine': pair.engine },
        h(
          'td',
          { class: 'kw' },
          h(
            'a',
            {
              href: '#',
              onclick: (event: Event) => {
                event.preventDefault();
                context.openKeyword(pair);
              },
            },
            pair.keyword,
          ),
          place ? h('span', { class: 'small muted block' }, place) : null,
        ),
        h('td', { class: 'engine', title: pair.engineName }, pair.engine),
        h(
          'td',
          { class: 'num position' },
          row.position === null ? h('span', { class: 'muted', title: 'Not in the top 100' }, '–') : row.position,
        ),
        changeCell(row.changes[1]),
        changeCell(row.changes[7]),
        changeCell(row.changes[30]),
        h('td', { class: 'num best' }, row.best ?? '–'),
        h(
          'td',
          { class: 'num volume', 'data-value': pair.volume ?? '' },
          pair.volume === null ? '–' : formatNumber(pair.volume),
        ),
        h('td', { class: 'num difficulty', 'data-value': pair.difficulty ?? '' }, pair.difficulty ?? '–'),
        h(
          'td',
          { class: 'url' },
          row.url
            ? h(
                'a',
                { href: row.url, title: row.url, rel: 'noopener noreferrer nofollow', target: '_blank' },
                pathOf(row.url),
              )
            : h('span', { class: 'muted' }, '–'),
        ),
        h(
          'td',
          { class: 'features small' },
          pair.features.map((f) => f.toLowerCase().replace(/_/g, ' ')).join(', ') || '–',
        ),
      ),
    );
  }
  const pager = h(
    'nav',
    { class: 'pager', 'aria-label': 'Table pages' },
    h(
      'button',
      { type: 'button', id: 'page-prev', disabled: page <= 1, onclick: () => context.turnPage(-1) },
      '‹ Previous',
    ),
    h('span', { id: 'page-status', 'aria-live': 'polite' }, `Page ${page} of ${pages} · ${matching} keywords`),
    h(
      'button',
      {
        type: 'button',
        id: 'page-next',
        disabled: !context.page.hasNext,
        onclick: () => context.turnPage(1),
      },
      'Next ›',
    ),
  );
  panel.show(
    ...context.notes,
    controls(context, shown),
    matching === 0
      ? h(
          'p',
          { class: 'muted empty' },
          context.pairs.length === 0 ? 'No keyword is tracked yet.' : 'No keyword matches the filter.',
        )
      : h(
          'div',
          { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': `Keywords of ${context.project.domain}` },
          h('table', { class: 'data rank-table' }, h('thead', {}, head), body),
        ),
    pager,
  );
  if (focused) document.getElementById(focused)?.focus();
}

export function renderTrends(visibilityPanel: Panel, distributionPanel: Panel, context: TrendsContext): void {
  const { project, table, pairs } = context;
  const days = checkDays(pairs, project.domain, table.range);
  const xs = days.map((day) => new Date(`${day}T00:00:00Z`));
  const rangePicker = h(
    'div',
    { class: 'range', role: 'group', 'aria-label': 'Date range' },
    ...RANGES.map((days) =>
      h(
        'button',
        {
          type: 'button',
          'data-range': days,
          'aria-pressed': String(days === table.range),
          onclick: () => context.setTable({ range: days }),
        },
        `${days} days`,
      ),
    ),
  );
  if (days.length === 0) {
    const empty = () => h('p', { class: 'muted empty' }, `No checks of ${project.domain}'s keywords yet.`);
    visibilityPanel.show(rangePicker, empty());
    distributionPanel.show(empty());
    return;
  }
  const domains = [project.domain, ...project.competitors];
  visibilityPanel.show(
    rangePicker,
    timeChart(
      xs,
      domains.map((domain) => ({ label: domain, values: visibility(pairs, domain, days) })),
      {
        id: 'visibility-chart',
        title: 'Visibility per day',
        unit: 'visibility, % of the clicks available',
        format: (v) => `${Number(v.toFixed(2))}%`,
      },
    ),
    h(
      'p',
      { class: 'small muted formula' },
      'Visibility = Σ volume × CTR(position) ÷ Σ volume × CTR(1) over the keywords checked that day: the share of the ' +
        'clicks first place on every keyword would get (CTR 30 % at #1 to 2.3 % at #10, 1 % on page 2, 0 beyond).',
    ),
  );
  const counts = distribution(pairs, project.domain, days);
  distributionPanel.show(
    timeChart(
      xs,
      [
        { label: 'Top 3', values: counts.top3 },
        { label: 'Top 10', values: counts.top10 },
        { label: 'Top 100', values: counts.top100 },
      ],
      {
        id: 'distribution-chart',
        title: `Keywords of ${project.domain} by position band per day`,
        unit: 'keywords',
        integers: true,
      },
    ),
  );
}
