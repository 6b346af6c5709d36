// Time charts with uPlot (canvas, ~50 kB, fast with thousands of points): round ticks, a unit on the value axis,
// a tooltip at the cursor, gaps where a value is missing, and a text summary for screen readers.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDay, h } from './dom.js';

export interface Series {
  label: string;
  /** One value per x; null is a gap (e.g. not in the top 100 that day). */
  values: ReadonlyArray<number | null>;
}

export interface ChartOptions {
  /** Accessible name and heading of the chart. */
  title: string;
  /** The value axis label, with its unit ("position", "visibility, %", "keywords"). */
  unit: string;
  /** How a value reads in the tooltip and the summary. */
  format?: (value: number) => string;
  /** Ranks: 1 belongs at the top, ticks at whole positions. */
  ranks?: boolean;
  /** A fixed value range (e.g. 0–100 %). */
  range?: readonly [number, number];
  /** Whole-number ticks only (counts). */
  integers?: boolean;
  /** A stable id for tests and links. */
  id: string;
}

/** Colour per series: my domain first, then competitors; distinguishable and readable on light and dark. */
export const PALETTE = ['#1a66d2', '#e8590c', '#2f9e44', '#9c36b5', '#c2255c', '#0c8599', '#5c940d', '#862e9c'];

const HEIGHT = 220;
const RANK_TICKS = [1, 2, 5, 10, 20, 25, 50];
const COUNT_TICKS = [1, 2, 5, 10, 20, 50, 100];
/** The smallest 1, 2 or 5 × 10ⁿ at or above a value: a round top for the value axis. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}
const utc = (seconds: number) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC');

function summary(xs: readonly Date[], series: readonly Series[], format: (v: number) => string): string {
  const last = xs.at(-1);
  if (!last) return 'No data.';
  const parts = series.map((s) => {
    const latest = [...s.values].reverse().find((v) => v !== null);
    return `${s.label}: ${latest == null ? 'no value' : format(latest)}`;
  });
  return `${xs.length} days to ${formatDay(last)}. Latest: ${parts.join('; ')}.`;
}

/** A floating box at the cursor: the day and each series' value there. */
function tooltipPlugin(format: (v: number) => string): uPlot.Plugin {
  const tip = h('div', { class: 'chart-tip', role: 'presentation' });
  tip.hidden = true;
  return {
    hooks: {
      init: (u) => {
        u.over.append(tip);
      },
      setCursor: (u) => {
        const index = u.cursor.idx;
        const left = u.cursor.left ?? -1;
        if (index == null || left < 0) {
          tip.hidden = true;
          return;
        }
        const x = u.data[0][index];
        tip.replaceChildren(
          h('strong', {}, x === undefined ? '' : formatDay(new Date(x * 1000))),
          ...u.series.slice(1).map((s, i) => {
            const value = u.data[i + 1]?.[index];
            return h('div', {}, `${String(s.label)}: ${value == null ? '–' : format(value)}`);
          }),
        );
        tip.hidden = false;
        const width = u.over.clientWidth;
        tip.style.left = `${Math.min(left + 12, Math.max(0, width - 160))}px`;
        tip.style.top = `${Math.max(0, (u.cursor.top ?? 0) - 12)}px`;
      },
    },
  };
}

/**
 * A line chart over days; drawn once its box has a width, redrawn to fit when the box resizes. The figure's
 * `data-series` and `data-points` say what was drawn (tests read them; people read the summary).
 */
export function timeChart(xs: readonly Date[], series: readonly Series[], options: ChartOptions): HTMLElement {
  const format = options.format ?? ((v: number) => String(v));
  const box = h('div', { class: 'chart-box' });
  const figure = h(
    'figure',
    {
      class: 'chart',
      id: options.id,
      role: 'img',
      'aria-label': `${options.title}. ${summary(xs, series, format)}`,
      'data-series': series.length,
      'data-points': xs.length,
    },
    box,
    h('figcaption', { class: 'small muted' }, options.unit),
  );
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const maxValue = values.length > 0 ? Math.max(...values) : 1;
  const range: uPlot.Range.MinMax = options.range
    ? [options.range[0], options.range[1]]
    : options.ranks
      ? [1, Math.max(10, Math.ceil(maxValue / 10) * 10)]
      : [0, niceCeiling(Math.max(options.integers ? 5 : 0.1, maxValue))];
  const data: uPlot.AlignedData = [xs.map((x) => x.getTime() / 1000), ...series.map((s) => s.values.map((v) => v))];
  let plot: uPlot | undefined;
  const observer = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry?.contentRect.width ?? 0);
    if (width === 0) return;
    if (plot) {
      plot.setSize({ width, height: HEIGHT });
      return;
    }
    plot = new uPlot(
      {
        width,
        height: HEIGHT,
        tzDate: utc,
        legend: { show: series.length > 1, live: false },
        cursor: { points: { size: 7 }, drag: { x: false, y: false } },
        scales: {
          x: { time: true },
          y: { range: () => range, ...(options.ranks ? { dir: -1 as const } : {}) },
        },
        axes: [
          {
            stroke: 'currentColor',
            grid: { stroke: 'rgba(128,128,128,0.15)' },
            ticks: { show: false },
            values: (_u, ticks) => ticks.map((t) => formatDay(new Date(t * 1000))),
          },
          {
            stroke: 'currentColor',
            size: 44,
            grid: { stroke: 'rgba(128,128,128,0.2)' },
            ticks: { show: false },
            ...(options.ranks ? { incrs: RANK_TICKS } : options.integers ? { incrs: COUNT_TICKS } : {}),
            values: (_u, ticks) => ticks.map((t) => format(t)),
          },
        ],
        series: [
          {},
          ...series.map((s, i) => ({
            label: s.label,
            stroke: PALETTE[i % PALETTE.length],
            width: i === 0 ? 2.5 : 1.75,
            points: { show: xs.length <= 40, size: 5 },
            spanGaps: false,
          })),
        ],
        plugins: [tooltipPlugin(format)],
      },
      data,
      box,
    );
  });
  observer.observe(box);
  return figure;
}
