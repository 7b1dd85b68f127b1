// The settings check of `npm start`, before any build: the server's own zod config parser
// (server/src/config.ts), from its build when that is current, otherwise transpiled from source in
// memory, so a bad setting is told in a second even on a fresh clone.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Loads `server/src/config.ts`'s exports; `built` says whether server/dist is current. */
async function loadConfigModule(root, built) {
  const compiled = path.join(root, 'server/dist/config.js');
  if (built && fs.existsSync(compiled)) return import(pathToFileURL(compiled).href);
  const source = fs.readFileSync(path.join(root, 'server/src/config.ts'), 'utf8');
  const code = await stripTypes(source);
  // A data: URL cannot resolve bare package names: point them at the packages this script sees.
  const runnable = code.replace(/from ['"]([^'".][^'"]*)['"]/g, (whole, name) =>
    name.startsWith('node:') ? whole : `from '${import.meta.resolve(name)}'`,
  );
  return import(`data:text/javascript;base64,${Buffer.from(runnable).toString('base64')}`);
}

/**
 * config.ts as JavaScript. Vite's own transformer (rolldown's, a native binary: a fraction of a
 * second) when present; otherwise TypeScript's, which takes seconds to load on a busy machine.
 */
async function stripTypes(source) {
  try {
    const { transformSync } = await import('rolldown/experimental');
    const result = transformSync('config.ts', source, { lang: 'ts' });
    if (result.errors.length === 0) return result.code;
  } catch {
    // Not installed, or its API moved: fall back to TypeScript.
  }
  const { default: ts } = await import('typescript');
  const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
  return ts.transpileModule(source, { compilerOptions }).outputText;
}

/**
 * Checks `env` as the server will; returns the message naming each bad variable, or null when the
 * settings are good. Any other failure (a broken config module) is thrown.
 */
export async function settingsProblem(root, env, built) {
  const { ConfigError, loadConfig } = await loadConfigModule(root, built);
  try {
    loadConfig(env);
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}
