import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Guards the shape of the code: no import cycle in server/src or client/src, and no module of the
 * server importing from a layer above its own. The graph is read with TypeScript's own import
 * scanner (type-only imports count: a cycle through types is still a cycle of ideas).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every source file under `dir` (tests excluded: they may import anything). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    if (!/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name) || name.endsWith('.d.ts')) return [];
    return [path];
  });
}

/** Resolves a relative specifier as TypeScript does here (`./x.js` is `./x.ts`; bundler style too). */
function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|jsx|ts|tsx)$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** File → the files of the same tree it imports (package imports left out). */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== null && !/\.test\.tsx?$/.test(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): the cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.map((component) => component.map((file) => relative(ROOT, file)));
}

/**
 * The server's layers, low to high: a module may import from its own layer or below, never above.
 * A new top-level file or folder must be placed here.
 */
const SERVER_LAYERS: Record<string, number> = {
  'log.ts': 0,
  'config.ts': 0,
  'errors.ts': 0,
  'unicode.ts': 0,
  'data-dir.ts': 0,
  'fault-point.ts': 0,
  limits: 1,
  redis: 1,
  store: 1,
  format: 1,
  auth: 1,
  sync: 2,
  fanout: 2,
  session: 2,
  programmes: 2,
  versions: 2,
  approvals: 2,
  exports: 2,
  calendar: 2,
  journey: 2,
  examples: 2,
  networks: 2,
  trash: 2,
  http: 3,
  'app.ts': 4,
  'main.ts': 4,
};

function layerOf(serverSrc: string, file: string): string {
  return relative(serverSrc, file).split('/')[0]!;
}

describe('import graph', () => {
  it('has no import cycle in server/src', () => {
    expect(cycles(importGraph(join(ROOT, 'server/src')))).toEqual([]);
  });

  it('has no import cycle in client/src', () => {
    expect(cycles(importGraph(join(ROOT, 'client/src')))).toEqual([]);
  });

  it('has no server module importing from a layer above its own', () => {
    const serverSrc = join(ROOT, 'server/src');
    const graph = importGraph(serverSrc);
    const unplaced = [...graph.keys()]
      .map((file) => layerOf(serverSrc, file))
      .filter((layer) => SERVER_LAYERS[layer] === undefined);
    expect([...new Set(unplaced)]).toEqual([]);
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter(
          (target) => SERVER_LAYERS[layerOf(serverSrc, target)]! > SERVER_LAYERS[layerOf(serverSrc, file)]!,
        )
        .map((target) => `${relative(serverSrc, file)} -> ${relative(serverSrc, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(cycles(graph).map((cycle) => cycle.length)).toEqual([3]);
  });
});
