import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';

/** `<html lang dir>` of the served page set from Accept-Language, before any script runs (issue 16). */
describe('the client page in the browser’s language', () => {
  let test: InProcessApp;
  let clientDir = '';
  beforeAll(async () => {
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-client-'));
    fs.writeFileSync(
      path.join(clientDir, 'index.html'),
      '<!doctype html>\n<html lang="en"><head></head><body></body></html>',
    );
    fs.writeFileSync(path.join(clientDir, 'app.js'), 'console.log(1)');
    test = await buildTestApp({ CLIENT_DIR: clientDir });
  });
  afterAll(async () => {
    await test?.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  const get = (url: string, language?: string) =>
    test.app.fastify.inject({ method: 'GET', url, headers: language ? { 'accept-language': language } : {} });

  it('serves every page route with lang and dir from Accept-Language', async () => {
    for (const url of ['/', '/programmes/abc?x=1', '/index.html']) {
      const greek = await get(url, 'el-GR,el;q=0.9,en;q=0.8');
      expect(greek.statusCode, url).toBe(200);
      expect(greek.headers['content-type']).toMatch(/^text\/html/);
      expect(greek.headers.vary).toMatch(/Accept-Language/i);
      expect(greek.body).toContain('<html lang="el" dir="ltr">');
    }
    expect((await get('/', 'lv')).body).toContain('<html lang="lv" dir="ltr">');
    expect((await get('/', 'de-CH, nl;q=0.5')).body).toContain('<html lang="nl" dir="ltr">');
    expect((await get('/', 'de')).body).toContain('<html lang="en" dir="ltr">');
    expect((await get('/')).body).toContain('<html lang="en" dir="ltr">');
  });

  it('serves files as they are and keeps API 404s', async () => {
    const asset = await get('/app.js', 'el');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    const api = await get('/api/nothing-here', 'el');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'not found' });
    expect((await get('/missing.js')).statusCode).toBe(404);
  });
});
