import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { RedisClient } from '../redis/client.js';
import { redisKeys } from '../redis/keys.js';

const StoredSecretSchema = z.string().trim().min(32, 'stored token secret is shorter than 32 characters');

/** Name of the generated secret's file in DATA_DIR. */
export const SECRET_FILE = 'token-secret';

/** Where the secret comes from, and what it is stored with when generated. */
export interface SecretSource {
  /** `SECRET` from the configuration, if set: then nothing is generated. */
  configured?: string;
  /** With Redis every node must sign with the same key, so a generated one is kept there. */
  redis: { client: RedisClient; keyPrefix: string } | null;
  dataDir: string;
  log: Logger;
}

/**
 * The token-signing secret: the configured one, else one generated once and kept (with Redis in a
 * key set with NX, so that all nodes agree; otherwise in DATA_DIR with mode 0600). Production
 * configs cannot get here without SECRET: config.ts refuses them.
 */
export async function resolveSecret(source: SecretSource): Promise<string> {
  if (source.configured) return source.configured;
  const fresh = randomBytes(48).toString('base64url');
  if (source.redis) {
    const key = redisKeys(source.redis.keyPrefix).tokenSecret();
    const created = await source.redis.client.set(key, fresh, { condition: 'NX' });
    if (created === 'OK')
      source.log.warn({}, 'SECRET is not set: generated a token secret and stored it in Redis');
    return StoredSecretSchema.parse(await source.redis.client.get(key));
  }
  await mkdir(source.dataDir, { recursive: true });
  const file = join(source.dataDir, SECRET_FILE);
  // Written under a private name, then linked into place: link fails if the file exists, so two
  // processes starting at once on one DATA_DIR both end up with whichever secret was linked first,
  // and nobody ever reads a half-written file.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temp, fresh, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, file);
    source.log.warn({ file }, 'SECRET is not set: generated a token secret and stored it in DATA_DIR');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await chmod(file, 0o600);
  return StoredSecretSchema.parse(await readFile(file, 'utf8'));
}
