// Line charts as inline SVG: a time axis, a value axis, one marker per data point, gaps where data is missing.
import { formatDay, formatNumber, s } from './dom.js';

export interface Point {
  at: Date;
  /** null: no value that day (e.g. the domain was not in the top 100). */
  value: number | null;
}

export interface ChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** What a point's value means, for its tooltip ("position", "flux"). */
  unit: string;
  /** Ranks: 1 belongs at the top. */
  invert?: boolean;
  /** Fixed value range; otherwise the data's own, padded. */
  domain?: readonly [number, number];
}

const HEIGHT = 220;
/** Narrow screens get a narrower drawing, so its 12-unit labels stay readable once scaled to fit. */
const chartWidth = () => (window.matchMedia('(max-width: 40rem)').matches ? 380 : 640);
const PAD = { top: 12, right: 24, bottom: 28, left: 44 };

function ticks(lo: number, hi: number, count: number): number[] {
  if (hi === lo) return [lo];
  const step = (hi - lo) / (count - 1);
  return Array.from({ length: count }, (_, i) => lo + i * step);
}

/** Renders the series; the `<desc>` tells a screen reader what a sighted reader sees at a glance. */
export function lineChart(points: readonly Point[], options: ChartOptions): SVGSVGElement {
  const WIDTH = chartWidth();
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const times = points.map((point) => point.at.getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const [v0, v1] = options.domain ?? [Math.min(...values), Math.max(...values)];
  const span = v1 - v0 || 1;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0 || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => {
    const share = (v - v0) / span;
    const plotted = options.invert ? share : 1 - share;
    return PAD.top + plotted * (HEIGHT - PAD.top - PAD.bottom);
  };

  const present = points.filter((point) => point.value !== null);
  const latest = present.at(-1);
  const description =
    present.length === 0
      ? `No data in ${points.length} days.`
      : `${present.length} of ${points.length} points. Latest ${options.unit} ${latest?.value} on ${formatDay(latest?.at ?? new Date())}; ` +
        `range ${Math.min(...values)} to ${Math.max(...values)}.`;

  const svg = s('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    class: 'chart',
    'aria-label': options.title,
    preserveAspectRatio: 'xMidYMid meet',
  });
  svg.append(s('title', {}, options.title), s('desc', {}, description));

  const axis = s('g', { class: 'axis', 'aria-hidden': 'true' });
  for (const value of ticks(v0, v1, 5)) {
    const rounded = Math.round(value);
    axis.append(
      s('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(value), y2: y(value), class: 'grid' }),
      s('text', { x: PAD.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, formatNumber(rounded)),
    );
  }
  if (points.length > 0) {
    const labels = ticks(t0, t1, Math.min(5, points.length));
    labels.forEach((t, index) => {
      // The outer labels align to the plot's edges so they are never clipped by the viewBox.
      const anchor = index === 0 && labels.length > 1 ? 'start' : index === labels.length - 1 ? 'end' : 'middle';
      axis.append(s('text', { x: x(t), y: HEIGHT - 8, 'text-anchor': anchor }, formatDay(new Date(t))));
    });
  }
  svg.append(axis);

  // One path segment per run of consecutive known values: a missing day is a gap, not a straight line.
  let d = '';
  let pen = false;
  for (const point of points) {
    if (point.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(point.at.getTime()).toFixed(1)},${y(point.value).toFixed(1)}`;
    pen = true;
  }
  svg.append(s('path', { d, class: 'line', 'aria-hidden': 'true' }));

  const markers = s('g', { class: 'points' });
  for (const point of present) {
    const value = point.value ?? 0;
    markers.append(
      s(
        'circle',
        { cx: x(point.at.getTime()), cy: y(value), r: 3, class: 'point', 'data-value': value },
        s('title', {}, `${formatDay(point.at)}: ${options.unit} ${value}`),
      ),
    );
  }
  svg.append(markers);
  return svg;
}
