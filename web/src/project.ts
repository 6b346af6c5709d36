// A project (my domain, competitors, the alert threshold) and the view state, kept in the page's URL (shareable)
// and in local storage (the next visit opens the same project). No server-side accounts.
import type { Device } from '../generated/graphql.js';
import { type RankFilter, SORT_ORDERS, type SortKey } from './rank.js';

export interface Project {
  domain: string;
  competitors: string[];
  /** An alert is raised when my domain moves by at least this many positions (or enters / leaves the top 10). */
  threshold: number;
}

export interface PairRef {
  keyword: string;
  engine: string;
  location: string | null;
  device: Device;
}

export interface TableState {
  sort: SortKey;
  ascending: boolean;
  filter: string;
  rank: RankFilter;
  rows: number;
  /** Days of the over-time charts. */
  range: number;
}

export type View = { name: 'table' } | { name: 'keyword'; pair: PairRef };

const STORAGE_KEY = 'seograph.project';
export const MAX_COMPETITORS = 5;
export const RANGES = [7, 14, 30] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;
const SORT_KEYS = Object.keys(SORT_ORDERS) as SortKey[];
const RANK_FILTERS: readonly RankFilter[] = ['all', 'top3', 'top10', 'top100', 'absent'];
const DEVICES: readonly Device[] = ['DESKTOP', 'MOBILE', 'TABLET'];

/** A registrable-looking domain from what people paste: no scheme, path, `www.` or case. */
export function cleanDomain(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '');
}

const domainList = (raw: string | null): string[] =>
  [
    ...new Set(
      (raw ?? '')
        .split(/[\s,]+/)
        .map(cleanDomain)
        .filter(Boolean),
    ),
  ].slice(0, MAX_COMPETITORS);

const intIn = (raw: string | null, min: number, max: number, fallback: number): number => {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
};

function stored(): Partial<Project> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Partial<Project>) : {};
  } catch {
    return {};
  }
}

/** The URL wins (a shared link), then the last project of this browser. */
export function readProject(params: URLSearchParams): Project {
  const saved = stored();
  const domain = cleanDomain(params.get('domain') ?? (typeof saved.domain === 'string' ? saved.domain : ''));
  const competitors = params.has('competitors')
    ? domainList(params.get('competitors'))
    : Array.isArray(saved.competitors)
      ? domainList(saved.competitors.join(','))
      : [];
  const threshold = intIn(params.get('alert') ?? String(saved.threshold ?? ''), 1, 99, 3);
  return { domain, competitors: competitors.filter((c) => c !== domain), threshold };
}

export function saveProject(project: Project): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(project));
}

export function readTable(params: URLSearchParams): TableState {
  const sort = params.get('sort');
  const rank = params.get('rank');
  return {
    sort: SORT_KEYS.find((key) => key === sort) ?? 'position',
    ascending: params.get('dir') !== 'desc',
    filter: params.get('q') ?? '',
    rank: RANK_FILTERS.find((key) => key === rank) ?? 'all',
    rows: intIn(params.get('rows'), 1, 100, 25),
    range: intIn(params.get('range'), 1, 30, 30),
  };
}

export function readView(params: URLSearchParams): View {
  const keyword = params.get('keyword');
  const engine = params.get('engine');
  if (params.get('view') !== 'keyword' || !keyword || !engine) return { name: 'table' };
  const device = params.get('device')?.toUpperCase();
  return {
    name: 'keyword',
    pair: {
      keyword,
      engine,
      location: params.get('location') || null,
      device: DEVICES.find((d) => d === device) ?? 'DESKTOP',
    },
  };
}

/** The URL of a state: defaults are left out so links stay short. */
export function urlOf(project: Project, table: TableState, view: View): string {
  const params = new URLSearchParams();
  if (project.domain) params.set('domain', project.domain);
  if (project.competitors.length > 0) params.set('competitors', project.competitors.join(','));
  if (project.threshold !== 3) params.set('alert', String(project.threshold));
  if (view.name === 'keyword') {
    params.set('view', 'keyword');
    params.set('keyword', view.pair.keyword);
    params.set('engine', view.pair.engine);
    if (view.pair.location) params.set('location', view.pair.location);
    if (view.pair.device !== 'DESKTOP') params.set('device', view.pair.device.toLowerCase());
  }
  if (table.sort !== 'position') params.set('sort', table.sort);
  if (!table.ascending) params.set('dir', 'desc');
  if (table.filter) params.set('q', table.filter);
  if (table.rank !== 'all') params.set('rank', table.rank);
  if (table.rows !== 25) params.set('rows', String(table.rows));
  if (table.range !== 30) params.set('range', String(table.range));
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}
