import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexPage, withLanguage } from './index-page.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('index.html in the browser’s language', () => {
  it('sets lang and dir on the html tag, keeping its other attributes', () => {
    expect(withLanguage('<!doctype html><html lang="en" class="x"><head>', 'el')).toBe(
      '<!doctype html><html lang="el" dir="ltr" class="x"><head>',
    );
    expect(withLanguage("<html dir='rtl'>", 'lv')).toBe('<html lang="lv" dir="ltr">');
  });

  it('negotiates from Accept-Language, English when nothing matches', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'index-page-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'index.html'), '<html lang="en"><body></body></html>');
    const page = createIndexPage(dir);
    expect(page('el-GR,el;q=0.9,en;q=0.5')).toContain('<html lang="el" dir="ltr">');
    expect(page('de-DE, fr;q=0.4')).toContain('<html lang="fr" dir="ltr">');
    expect(page('de-DE')).toContain('<html lang="en" dir="ltr">');
    expect(page(undefined)).toContain('<html lang="en" dir="ltr">');
  });
});
