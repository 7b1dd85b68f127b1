import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { planBuild, recordBuilt } from '../../scripts/build-stamp.mjs';
import { settingsProblem } from '../../scripts/check-settings.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `npm start`'s decisions: what to build (scripts/build-stamp.mjs) and the settings check first. */
describe('npm start', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  function tempRoot(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-start-'));
    temporary.push(dir);
    return dir;
  }
  function write(root: string, file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  /** Builds as `npm start` would, without compiling: the outputs appear and the stamps are written. */
  function build(root: string): string[] {
    const plan = planBuild(root);
    const outputs: Record<string, string> = {
      shared: 'shared/dist/schema/api.js',
      server: 'server/dist/main.js',
      client: 'client/dist/index.html',
    };
    for (const part of plan) {
      write(root, outputs[part.name]!, 'built');
      recordBuilt(root, part);
    }
    return plan.map((part) => part.name);
  }

  it('builds a workspace only when its inputs changed or its output is missing', () => {
    const root = tempRoot();
    for (const [file, text] of Object.entries({
      'package.json': '{}',
      'package-lock.json': '{"v":1}',
      'tsconfig.base.json': '{}',
      'shared/src/a.ts': 'export const a = 1;',
      'server/src/b.ts': 'export const b = 1;',
      'client/src/c.tsx': 'export const c = 1;',
    })) {
      write(root, file, text);
    }
    expect(build(root)).toEqual(['shared', 'server', 'client']);
    expect(planBuild(root)).toEqual([]);

    write(root, 'client/src/c.tsx', 'export const c = 2;');
    expect(build(root)).toEqual(['client']);
    write(root, 'server/src/new-file.ts', 'export {};');
    expect(build(root)).toEqual(['server']);
    // Shared is compiled into the server and bundled into the client.
    write(root, 'shared/src/a.ts', 'export const a = 2;');
    expect(build(root)).toEqual(['shared', 'server', 'client']);
    write(root, 'package-lock.json', '{"v":2}');
    expect(build(root)).toEqual(['shared', 'server', 'client']);
    // Same size, new modification time: an edit all the same.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'server/src/b.ts'), later, later);
    expect(build(root)).toEqual(['server']);
    fs.rmSync(path.join(root, 'client/dist'), { recursive: true });
    expect(build(root)).toEqual(['client']);
    // Output folders and dependencies are not inputs: building does not make the next start build.
    write(root, 'client/node_modules/x/index.js', '');
    expect(planBuild(root)).toEqual([]);

    // A file saved during a build is seen by the next start (the stamp is of the inputs built from).
    write(root, 'client/src/c.tsx', 'export const c = 3;');
    const during = planBuild(root);
    write(root, 'client/src/c.tsx', 'export const c = 33;');
    for (const part of during) recordBuilt(root, part);
    expect(planBuild(root).map((part) => part.name)).toEqual(['client']);
  });

  it('checks the settings with the server’s own parser, from source or from the build', async () => {
    expect(await settingsProblem(ROOT, { PORT: 'nope' }, false)).toMatch(/PORT: must be a number/);
    expect(await settingsProblem(ROOT, { NODE_ENV: 'production' }, false)).toMatch(/SECRET: required/);
    expect(await settingsProblem(ROOT, { PORT: '3001' }, false)).toBeNull();
  });

  it('reports a bad setting before building anything, on a checkout never built', () => {
    const root = tempRoot();
    for (const file of ['scripts/start.mjs', 'scripts/build-stamp.mjs', 'scripts/check-settings.mjs']) {
      write(root, file, fs.readFileSync(path.join(ROOT, file), 'utf8'));
    }
    write(root, 'server/src/config.ts', fs.readFileSync(path.join(ROOT, 'server/src/config.ts'), 'utf8'));
    write(root, 'shared/src/a.ts', 'export {};');
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const env = { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), PORT: 'nope', TRUST_PROXY: 'x.y' };
    const started = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs')], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(started.stderr).toMatch(/PORT: must be a number/);
    expect(started.stderr).toMatch(/TRUST_PROXY: must be false/);
    expect(started.status).toBe(78);
    expect(started.stdout).not.toMatch(/Building/);
    for (const output of ['shared/dist', 'server/dist', 'client/dist']) {
      expect(fs.existsSync(path.join(root, output)), output).toBe(false);
    }
  });
});
