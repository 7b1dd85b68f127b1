import { parentPort } from 'node:worker_threads';
import { outlineDocx } from './docx.js';
import type { Outline } from './outline.js';
import { outlinePdf } from './pdf.js';

/** One render asked of the worker (see render-off-thread.ts). */
export interface RenderJob {
  readonly id: number;
  readonly format: 'docx' | 'pdf';
  readonly outline: Outline;
}

/** The worker's answer to a job: the file's bytes, or why it failed. */
export type RenderResult =
  | { readonly id: number; readonly body: Uint8Array }
  | { readonly id: number; readonly error: string };

/**
 * Worker-thread entry that runs the existing DOCX and PDF renderers unchanged: the same functions,
 * so the same output, without blocking the main thread for the seconds a large board takes.
 */
// Bodies are copied, not transferred: a small Buffer may share a pooled ArrayBuffer with others.
parentPort?.on('message', (job: RenderJob) => {
  const render = job.format === 'docx' ? outlineDocx : outlinePdf;
  render(job.outline).then(
    (body) => parentPort?.postMessage({ id: job.id, body } satisfies RenderResult),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: (error as Error).message ?? 'render failed',
      } satisfies RenderResult),
  );
});
