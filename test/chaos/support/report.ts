import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Appends one scenario's figures to test-results/chaos.jsonl (git-ignored), so a run's figures can be
 * read after it, and prints them. Outside the run's TMPDIR on purpose: it is a result, not litter.
 */
export function recordFigures(scenario: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ scenario, at: new Date().toISOString(), ...figures });
  const dir = path.join(root, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.appendFileSync(path.join(dir, 'chaos.jsonl'), `${line}\n`);
  process.stdout.write(`[chaos] ${line}\n`);
}
