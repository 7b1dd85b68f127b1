import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { cell } from './compare.mjs';

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));

/** Cores, CPU model, Node version and load at start (this machine is shared: numbers are noisy). */
export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    nproc: os.availableParallelism(),
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/**
 * Writes results/<date>[-quick].json and .md. With --only, the scenarios run now replace theirs in
 * that day's file and the others are kept.
 */
export function writeResults({ date, quick, scenarios, info }) {
  mkdirSync(RESULTS, { recursive: true });
  const base = `${RESULTS}${date}${quick ? '-quick' : ''}`;
  const previous = existsSync(`${base}.json`) ? JSON.parse(readFileSync(`${base}.json`, 'utf8')) : null;
  const merged = { date, quick, machine: info, scenarios: { ...(previous?.scenarios ?? {}), ...scenarios } };
  writeFileSync(`${base}.json`, `${JSON.stringify(merged, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(merged));
  return { json: `${base}.json`, md: `${base}.md` };
}

export function markdown({ date, quick, machine: m, scenarios }) {
  const lines = [
    `# Benchmark results, ${date}${quick ? ' (--quick)' : ''}`,
    '',
    `Machine: ${m.nproc} cores, ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, ${m.os}; load average at start ${m.loadAverageAtStart.join(' / ')} (shared machine: absolute numbers are noisy, compare ratios from the same run).`,
    '',
  ];
  const ordered = Object.values(scenarios).sort((a, b) => a.title.localeCompare(b.title));
  for (const scenario of ordered) {
    lines.push(`## ${scenario.title}`, '', ...table(scenario.columns, scenario.rows), '');
  }
  const ratios = ordered.flatMap((s) => s.comparisons);
  if (ratios.length) {
    lines.push('## Ratios (ours / theirs, same run; below 1 is better for ours)', '');
    lines.push(
      ...table(
        ['metric', 'ours', 'theirs', 'ours value', 'theirs value', 'ratio'],
        ratios.map((r) => [r.metric, r.ours, r.theirs, r.ours_value, r.theirs_value, r.ratio]),
      ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

function table(columns, rows) {
  const width = columns.length;
  const pad = (row) => [...row.map(cell), ...Array(Math.max(0, width - row.length)).fill('')].slice(0, width);
  return [
    `| ${columns.join(' | ')} |`,
    `|${' --- |'.repeat(width)}`,
    ...rows.map((row) => `| ${pad(row).join(' | ')} |`),
  ];
}

/** Prints a scenario's ratios: one line per metric and variant of ours, against every baseline. */
export function printRatios(comparisons) {
  const lines = new Map();
  for (const r of comparisons) {
    const key = `${r.metric}, ${r.ours} ${r.ours_value}`;
    lines.set(key, [...(lines.get(key) ?? []), `${r.theirs} ${r.ratio}`]);
  }
  for (const [key, parts] of lines) console.log(`    ${key}: ours/theirs vs ${parts.join(', ')}`);
}
