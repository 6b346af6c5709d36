/**
 * `npm run bench [-- --only=calls,overhead [--update]] [--long] [--no-write]`: builds the gateway (tsc, as `npm run build`),
 * runs each scenario in a fresh world (sandbox + gateway child processes pinned to cores), prints the figures
 * and writes `bench/results/latest.md`. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build, CORE, LOG_DIR, NICE, pinSelf, REPO_ROOT, stopAll } from './lib/proc.js';
import { fmt, machine, markdown, printSection, type Section } from './lib/report.js';
import { callsScenario } from './scenarios/calls.js';
import { latencyScenario } from './scenarios/latency.js';
import { memoryBoundedScenario, memoryLongScenario, memoryScenario } from './scenarios/memory.js';
import { outageScenario } from './scenarios/outage.js';
import { overheadScenario, parserCacheScenario } from './scenarios/overhead.js';
import { profileScenario } from './scenarios/profile.js';
import { saturationScenario } from './scenarios/saturation.js';
import { saturationClientsScenario } from './scenarios/saturation-clients.js';
import { scalingScenario } from './scenarios/scaling.js';

const SCENARIOS: Record<string, () => Promise<Section>> = {
  calls: callsScenario,
  overhead: overheadScenario,
  'parser-cache': parserCacheScenario,
  profile: profileScenario,
  latency: latencyScenario,
  saturation: saturationScenario,
  'saturation-clients': saturationClientsScenario,
  outage: outageScenario,
  scaling: scalingScenario,
  memory: memoryScenario,
  'memory-bounded': memoryBoundedScenario,
};

const args = process.argv.slice(2);
const long = args.includes('--long');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const write = !args.includes('--no-write');
const names = Object.keys(SCENARIOS).filter((n) => only === undefined || only.includes(n));

mkdirSync(LOG_DIR, { recursive: true });
pinSelf(CORE.load);
// Children must not outlive an interrupted run.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll().finally(() => process.exit(130));
  });
}
const loadBefore = loadavg();
const built = build();
process.stdout.write(
  `built gateway + bench entries with tsc in ${fmt(built.ms / 1000, 1)} s${built.typeErrors ? ' (type errors elsewhere in the tree; emitted anyway)' : ''}\n`,
);

const sections: Section[] = [];
const failures: string[] = [];
const failed = new Set<Section>();
const run = async (name: string, scenario: () => Promise<Section>): Promise<void> => {
  const started = Date.now();
  process.stdout.write(`\n… ${name}\n`);
  try {
    const section = await scenario();
    section.seconds = (Date.now() - started) / 1000;
    sections.push(section);
    printSection(section);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${name}: ${message}`);
    const section = { title: `${name}: FAILED`, rows: [], notes: [message] };
    failed.add(section);
    sections.push(section);
    process.stdout.write(`  FAILED ${message}\n`);
  } finally {
    await stopAll();
  }
};

for (const name of names) {
  const scenario = SCENARIOS[name];
  if (scenario) await run(name, scenario);
}
if (long) await run('memory-long', memoryLongScenario);

const commit = (() => {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO_ROOT, encoding: 'utf8' });
    return `commit ${sha}${dirty.trim() ? ' plus uncommitted changes under src/ (the shared working tree)' : ''}`;
  } catch {
    return 'commit unknown';
  }
})();
const header = [
  '# seograph benchmark results',
  '',
  `Run ${new Date().toISOString()} (\`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\`), ${commit}.`,
  '',
  ...machine().map((m) => `- ${m}`),
  `- Machine load average (1 min) ${fmt(loadBefore[0] ?? 0, 1)} at the start and ${fmt(loadavg()[0] ?? 0, 1)} at the end of the run: the machine is shared with other engineers' test suites, so absolute figures are noisy; the bench and its children run at nice ${NICE} and pinned, and ratios come from alternating runs.`,
  '- Gateway: the production build (tsc with tsconfig.build.json options into node_modules/.cache/seograph-bench, run with `node`), NODE_ENV=production, LOG_LEVEL=info to a file, against the sandbox emulators over loopback HTTP with their default keys; per-client credit budgets and request rates off, request size limit raised to 5 MB (for 10,000 keywords).',
  '- Every response of every scenario is validated (HTTP 200, no `errors` unless stated, the expected shape); ratios are medians over alternating repeats in one run.',
];
if (write && only === undefined) {
  writeFileSync(path.join(REPO_ROOT, 'bench/results/latest.md'), markdown(sections, header));
  process.stdout.write('\nwrote bench/results/latest.md\n');
} else if (write && args.includes('--update')) {
  // Re-run scenarios replace their own sections of latest.md (matched by title); the rest stays as it was.
  const file = path.join(REPO_ROOT, 'bench/results/latest.md');
  const [head = '', ...old] = readFileSync(file, 'utf8').split(/\n(?=## )/);
  // A failed scenario leaves its last good section in place (the re-run line and the exit code report the failure).
  const fresh = markdown(
    sections.filter((section) => !failed.has(section)),
    [],
  )
    .split(/\n(?=## )/)
    .filter((part) => part.startsWith('## '));
  const titleOf = (part: string): string => part.split('\n', 1)[0] ?? '';
  const merged = old.map((part) => fresh.find((f) => titleOf(f) === titleOf(part)) ?? part);
  // A scenario whose section the file does not have yet is added at the end rather than dropped.
  merged.push(...fresh.filter((f) => !old.some((part) => titleOf(part) === titleOf(f))));
  const note = `\n- Re-run on ${new Date().toISOString()} (\`--only=${names.join(',')} --update\`, ${commit}): ${sections.map((x) => `${x.title.split(':')[0]}${failed.has(x) ? ' (FAILED: its section was not replaced)' : ''}`).join('; ')}.`;
  writeFileSync(file, [`${head.trimEnd()}${note}\n`, ...merged].join('\n'));
  process.stdout.write('\nupdated bench/results/latest.md\n');
} else if (write) {
  const file = path.join(LOG_DIR, `partial-${names.join('-')}.md`);
  writeFileSync(file, markdown(sections, header));
  process.stdout.write(`\nwrote ${file}\n`);
}
if (failures.length > 0) {
  process.stdout.write(`\n${failures.length} scenario(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
  process.exitCode = 1;
}
