import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { outlineDocx } from './docx.js';
import type { Outline } from './outline.js';
import { outlinePdf } from './pdf.js';
import type { RenderJob, RenderResult } from './render-worker.js';

const WORKER_URL = new URL('./render-worker.js', import.meta.url);

interface Waiting {
  resolve(body: Buffer): void;
  reject(error: Error): void;
}

/**
 * Renders DOCX and PDF on one worker thread shared by the process, started on first use and
 * restarted after a crash. One long-lived worker rather than one per file: loading docx and pdfkit
 * takes a few hundred ms, and a backup renders every board. It is unref'd, so it never keeps the
 * process alive, and holds no state between jobs: the one module-level instance is safe to share.
 * Run from the TypeScript sources (unit tests), where there is no built worker file, it renders on
 * the calling thread.
 */
class RenderWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  render(format: 'docx' | 'pdf', outline: Outline): Promise<Buffer> {
    const worker = this.start();
    if (!worker) return format === 'docx' ? outlineDocx(outline) : outlinePdf(outline);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      if (this.waiting.size === 1) worker.ref();
      worker.postMessage({ id, format, outline } satisfies RenderJob);
    });
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    if (!fs.existsSync(fileURLToPath(WORKER_URL))) return null;
    const worker = new Worker(WORKER_URL);
    worker.unref();
    worker.on('message', (result: RenderResult) => {
      const waiting = this.waiting.get(result.id);
      if (!waiting) return;
      this.waiting.delete(result.id);
      if (this.waiting.size === 0) worker.unref();
      if ('body' in result)
        waiting.resolve(Buffer.from(result.body.buffer, result.body.byteOffset, result.body.length));
      else waiting.reject(new Error(result.error));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('the render worker stopped')));
    this.worker = worker;
    return worker;
  }
}

const shared = new RenderWorker();

/** A DOCX or PDF of an outline, rendered off the main thread (see {@link RenderWorker}). */
export function renderOutline(format: 'docx' | 'pdf', outline: Outline): Promise<Buffer> {
  return shared.render(format, outline);
}
