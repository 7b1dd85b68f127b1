/** The part of `@y/websocket-server/utils` the bench uses (see README.md). */
import type { IncomingMessage } from 'node:http';

export declare function setupWSConnection(conn: unknown, request: IncomingMessage, options?: object): void;
