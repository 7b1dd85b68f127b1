import fs from 'node:fs';
import path from 'node:path';

/** One sample of the soak: the server process (probe), Redis, and what the logs said so far. */
export interface Sample {
  /** Workshop minutes since the start (real time × speed). */
  minute: number;
  rss: number;
  heapUsed: number;
  external: number;
  handles: number;
  redisMemory: number;
  roomsUnloaded: number;
  errors: number;
}

export interface SoakResult {
  minutes: number;
  speed: number;
  people: number;
  boards: number;
  counts: Record<string, number>;
  figures: { confirmed: number; confirmedFound: number; found: number };
  samples: Sample[];
  errors: string[];
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Writes the curve (CSV) and a summary (markdown) to `dir`; returns the markdown's path. */
export function writeSoakReport(dir: string, result: SoakResult): string {
  fs.mkdirSync(dir, { recursive: true });
  const stem = path.join(dir, `soak-${new Date().toISOString().slice(0, 10)}-${result.minutes}min`);
  const header = 'workshop_minute,rss_mb,heap_used_mb,external_mb,handles,redis_mb,rooms_unloaded,errors';
  const rows = result.samples.map((s) =>
    [
      s.minute.toFixed(0),
      mb(s.rss),
      mb(s.heapUsed),
      mb(s.external),
      s.handles,
      mb(s.redisMemory),
      s.roomsUnloaded,
      s.errors,
    ].join(','),
  );
  fs.writeFileSync(`${stem}.csv`, `${[header, ...rows].join('\n')}\n`);
  // The curve in the markdown: one row per workshop half hour.
  const byHalfHour = new Map<number, Sample>();
  for (const s of result.samples) byHalfHour.set(Math.floor(s.minute / 30), s);
  const peak = (pick: (s: Sample) => number) => Math.max(...result.samples.map(pick));
  const md = [
    `# Soak: a workshop day at ${result.speed.toFixed(0)}x (${result.minutes} min real time)`,
    '',
    `${result.people} people on ${result.boards} boards. Actions: ${Object.entries(result.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    `Confirmed edits ${result.figures.confirmed}, found after the day ${result.figures.confirmedFound} (all typed found: ${result.figures.found}). Error log lines: ${result.errors.length}.`,
    '',
    `Peaks: RSS ${mb(peak((s) => s.rss))} MB, heap ${mb(peak((s) => s.heapUsed))} MB, handles ${peak((s) => s.handles)}, Redis ${mb(peak((s) => s.redisMemory))} MB.`,
    '',
    '| workshop time | RSS MB | heap MB | handles | Redis MB | rooms unloaded | errors |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...[...byHalfHour.values()].map(
      (s) =>
        `| ${Math.floor(s.minute / 60)}h${String(Math.floor(s.minute % 60)).padStart(2, '0')} | ${mb(s.rss)} | ${mb(s.heapUsed)} | ${s.handles} | ${mb(s.redisMemory)} | ${s.roomsUnloaded} | ${s.errors} |`,
    ),
    '',
    `Full curve: ${path.basename(stem)}.csv (a sample every 5 s of real time).`,
    '',
  ].join('\n');
  fs.writeFileSync(`${stem}.md`, md);
  return `${stem}.md`;
}
