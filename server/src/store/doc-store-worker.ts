import { serveStore } from './serve-store.js';
import { createSqliteDocStore } from './sqlite-doc-store.js';
import type { ThreadedDocStoreOptions } from './threaded-doc-store.js';

// Worker-thread entry of the threaded SQLite document store (see threaded-doc-store.ts).
serveStore<ThreadedDocStoreOptions>((options, logger) => createSqliteDocStore({ ...options, logger }));
