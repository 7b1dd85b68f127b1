/**
 * One real Yjs client over a raw WebSocket, speaking the y-websocket protocol with y-protocols: the
 * same code for every server. What the stock WebsocketProvider does, minus its re-sending of other
 * clients' awareness changes (it broadcasts every awareness 'update', remote ones included): this
 * client sends only its own awareness, which is all the protocol needs.
 *
 * Dialects: 'y-websocket' (our server, @y/websocket-server): one document per socket, plain
 * messages. 'hocuspocus': every message is prefixed with the document name and the first one must be
 * an auth message (Hocuspocus's own framing of the same sync and awareness messages).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const MSG_SYNC = 0;
const MSG_AWARENESS = 1;
const MSG_AUTH = 2;
const MSG_SAVED = 100; // our server's durable confirmation (clients that connect with ?confirm=1)

export const now = () => Number(process.hrtime.bigint()) / 1e6; // CLOCK_MONOTONIC: one clock per machine

export class BenchClient {
  /**
   * @param {{url: string, dialect: 'y-websocket'|'hocuspocus', docName: string,
   *   awareness?: boolean, applyAwareness?: boolean}} options
   */
  constructor(options) {
    this.options = options;
    this.doc = new Y.Doc();
    this.awareness = options.awareness ? new awarenessProtocol.Awareness(this.doc) : null;
    // As apps do: who this is (a clock-0 empty state would be ignored by every peer).
    this.awareness?.setLocalStateField('user', { name: `bench ${this.doc.clientID}`, color: '#30bced' });
    this.synced = false;
    this.closed = false;
    this.awarenessMessages = 0;
    this.awarenessBytes = 0;
    /** Every byte received (documents, awareness, confirmations): the traffic a person's device gets. */
    this.bytesIn = 0;
    /** Updates sent that the server counts for `saved` (the sync step 2 answer, then each update). */
    this.sentCount = 0;
    this.savedCount = 0;
    /** @type {((savedCount: number) => void) | null} */
    this.onSaved = null;
    /** @type {((value?: unknown) => void) | null} */
    this.onSynced = null;
    /** @type {WebSocket | null} */
    this.ws = null;
    this.doc.on('update', (update, origin) => {
      if (origin === this || !this.ws || this.ws.readyState !== WebSocket.OPEN) return;
      const encoder = this.encoder(MSG_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.sentCount += 1;
      this.send(encoder);
    });
    this.awareness?.on('update', ({ added, updated, removed }, origin) => {
      if (origin !== 'local' || !this.ws || this.ws.readyState !== WebSocket.OPEN) return;
      this.sendAwareness([...added, ...updated, ...removed]);
    });
  }

  /** Opens the socket; resolves once the server's sync step 2 was applied (the provider's `synced`). */
  connect() {
    const { url, dialect } = this.options;
    const ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    return new Promise((resolve, reject) => {
      this.onSynced = resolve;
      ws.on('open', () => {
        if (dialect === 'hocuspocus') {
          const auth = this.encoder(MSG_AUTH);
          encoding.writeVarUint(auth, 0); // AuthMessageType.Token
          encoding.writeVarString(auth, 'bench');
          this.send(auth);
        }
        const step1 = this.encoder(MSG_SYNC);
        syncProtocol.writeSyncStep1(step1, this.doc);
        this.send(step1);
        if (this.awareness?.getLocalState() !== null && this.awareness) {
          this.sendAwareness([this.doc.clientID]);
        }
      });
      ws.on('message', (data) => this.receive(data));
      ws.on('error', (error) => {
        if (!this.synced) reject(error);
      });
      ws.on('close', (code) => {
        this.closed = true;
        if (!this.synced) reject(new Error(`closed before sync (${code})`));
      });
    });
  }

  encoder(type) {
    const encoder = encoding.createEncoder();
    if (this.options.dialect === 'hocuspocus') encoding.writeVarString(encoder, this.options.docName);
    encoding.writeVarUint(encoder, type);
    return encoder;
  }

  send(encoder) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(encoding.toUint8Array(encoder));
  }

  sendAwareness(clients) {
    if (!this.awareness) return;
    const encoder = this.encoder(MSG_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    this.send(encoder);
  }

  receive(data) {
    this.bytesIn += data.byteLength;
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (this.options.dialect === 'hocuspocus') decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MSG_SYNC) {
      const reply = this.encoder(MSG_SYNC);
      const before = encoding.length(reply);
      const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (syncType === syncProtocol.messageYjsSyncStep1) this.sentCount += 1; // our step 2 answer
      if (encoding.length(reply) > before) this.send(reply);
      if (syncType === syncProtocol.messageYjsSyncStep2 && !this.synced) {
        this.synced = true;
        this.onSynced?.();
      }
    } else if (type === MSG_AWARENESS) {
      this.awarenessMessages += 1;
      this.awarenessBytes += data.byteLength;
      if (this.awareness && this.options.applyAwareness) {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
      }
    } else if (type === MSG_SAVED) {
      this.savedCount = decoding.readVarUint(decoder);
      this.onSaved?.(this.savedCount);
    }
    // Anything else (Hocuspocus auth replies and sync-status acks) carries no document data.
  }

  close() {
    this.closed = true;
    this.awareness?.destroy();
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) this.ws.close();
    this.doc.destroy();
  }
}
