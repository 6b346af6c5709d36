/**
 * Results of the bench: one section per scenario with figure / target / verdict rows and notes, printed as a
 * table and written as Markdown (`bench/results/latest.md`) with the machine description.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export type Verdict = 'met' | 'MISSED' | 'info';

export interface Row {
  metric: string;
  value: string;
  target: string;
  verdict: Verdict;
}

export interface Section {
  title: string;
  rows: Row[];
  notes: string[];
  seconds?: number;
}

export const fmt = (n: number, digits = 2): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    : String(n);
export const mib = (bytes: number): string => `${fmt(bytes / 1024 / 1024, 1)} MiB`;

export function row(metric: string, value: string, target = '', verdict?: Verdict | boolean): Row {
  const v: Verdict =
    verdict === undefined ? 'info' : typeof verdict === 'boolean' ? (verdict ? 'met' : 'MISSED') : verdict;
  return { metric, value, target, verdict: v };
}

export function machine(): string[] {
  const cpu = cpus();
  let kernel = '';
  try {
    kernel = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    kernel = 'unknown kernel';
  }
  return [
    `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'} (KVM guest), ${mib(totalmem())} RAM, ${kernel}`,
    `Node ${process.version}; gateway on core 0, load generator (autocannon, in the bench process) and sandbox emulators on core 1 (taskset)`,
  ];
}

export function printSection(section: Section): void {
  process.stdout.write(`\n## ${section.title}\n`);
  for (const r of section.rows) {
    process.stdout.write(
      `  ${r.verdict.padEnd(6)} ${r.metric}: ${r.value}${r.target ? `   (target ${r.target})` : ''}\n`,
    );
  }
  for (const n of section.notes) process.stdout.write(`  - ${n}\n`);
}

export function markdown(sections: readonly Section[], header: string[]): string {
  const out = [...header, ''];
  for (const s of sections) {
    out.push(`## ${s.title}`, '');
    if (s.rows.length > 0) {
      out.push('| figure | measured | target | verdict |', '|---|---|---|---|');
      for (const r of s.rows) out.push(`| ${r.metric} | ${r.value} | ${r.target || '—'} | ${r.verdict} |`);
      out.push('');
    }
    for (const n of s.notes) out.push(`- ${n}`);
    if (s.seconds !== undefined) out.push(`- scenario wall time: ${fmt(s.seconds, 1)} s`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
