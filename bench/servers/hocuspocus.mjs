/**
 * @hocuspocus/server on PORT at 127.0.0.1 with its default configuration (2 s store debounce, 10 s
 * max). HP_SQLITE=<file>: the SQLite extension persists documents there. HP_REDIS=redis://host:port:
 * the Redis extension relays between nodes (documents stay in memory unless HP_SQLITE is set too).
 */
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const extensions = [];
if (process.env.HP_SQLITE) extensions.push(new SQLite({ database: process.env.HP_SQLITE }));
if (process.env.HP_REDIS) {
  const url = new URL(process.env.HP_REDIS);
  extensions.push(new Redis({ host: url.hostname, port: Number(url.port) }));
}
const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true, extensions });
await server.listen();
console.log(`listening on ${server.address.port}`);
