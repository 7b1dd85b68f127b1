/**
 * The harness's floor, not a Yjs server: it answers a client's sync step 1 with an empty document and
 * forwards every other message, byte for byte, to the other sockets of the same path. One read and
 * one write per recipient is the least any server must do to deliver an edit, so its latency in a
 * scenario is what the load generators, the loopback and the scheduler cost on their own: a bound on
 * how much better than a baseline any real server can be on this machine.
 *
 * With REDIS_URL (several nodes), a message is also published once on the room's channel and every
 * other node forwards it to its own sockets: the least a multi-node server does (one PUBLISH, one
 * subscriber read per node), as Hocuspocus's Redis extension does with ioredis.
 */
import http from 'node:http';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';

const EMPTY_STEP2 = Buffer.from([0, 1, 2, 0, 0]); // sync, step 2, an update of 2 bytes: no structs, no deletes
const port = Number(process.env.PORT);
const nodeId = Buffer.from(`${port}`.padStart(5, '0')); // 5 bytes that prefix what this node publishes
/** @type {Map<string, Set<import('ws').WebSocket>>} */
const rooms = new Map();
const pub = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : null;
const sub = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : null;

sub?.on('messageBuffer', (channel, message) => {
  if (message.subarray(0, 5).equals(nodeId)) return;
  const room = rooms.get(channel.toString());
  if (!room) return;
  const data = message.subarray(5);
  for (const ws of room) ws.send(data);
});

const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});

wss.on('connection', (ws, request) => {
  const name = request.url ?? '/';
  let room = rooms.get(name);
  if (!room) {
    room = new Set();
    rooms.set(name, room);
    sub?.subscribe(name);
  }
  room.add(ws);
  ws.on('message', (data, isBinary) => {
    if (!isBinary || !Buffer.isBuffer(data)) return;
    if (data[0] === 0 && data[1] === 0) {
      ws.send(EMPTY_STEP2);
      return;
    }
    for (const other of room) if (other !== ws) other.send(data);
    pub?.publish(name, Buffer.concat([nodeId, data]));
  });
  ws.on('close', () => {
    room.delete(ws);
    if (room.size > 0) return;
    rooms.delete(name);
    sub?.unsubscribe(name);
  });
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
