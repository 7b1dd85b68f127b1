/**
 * @y/websocket-server 0.1.1 as its own bin runs it (src/server.js), on PORT at 127.0.0.1: the same
 * `ws` version it installs (its optional dependency) and its `setupWSConnection`. With YPERSISTENCE
 * set, its utils persist every update to LevelDB through y-leveldb, exactly as the bin does.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import { setupWSConnection } from '@y/websocket-server/utils';

// Resolve `ws` from the package itself, as its bin does (it pins ws ^6 as an optional dependency).
const require = createRequire(import.meta.resolve('@y/websocket-server/utils'));
const WebSocket = require('ws');

const port = Number(process.env.PORT);
const wss = new WebSocket.Server({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
