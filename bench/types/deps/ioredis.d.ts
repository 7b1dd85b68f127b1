/** The part of `ioredis` the bench uses (see README.md): the floor's pub/sub (servers/relay-floor.mjs). */
import type { EventEmitter } from 'node:events';

export declare class Redis extends EventEmitter {
  constructor(url: string);
  subscribe(channel: string): Promise<unknown>;
  unsubscribe(channel: string): Promise<unknown>;
  publish(channel: string, message: Buffer): Promise<number>;
}
