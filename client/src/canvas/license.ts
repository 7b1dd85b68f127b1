import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';

const CONFIG_TIMEOUT_MS = 3_000;

/**
 * The optional tldraw license key (server setting `TLDRAW_LICENSE_KEY`): from
 * `<meta name="tldraw-license-key">` when the server writes one into the page, else from
 * `GET /api/config`. Without one, tldraw 3.x runs with its watermark. tldraw reads the key once at
 * mount, so the canvas waits for this (at most a few seconds).
 */
export function useLicenseKey(): { ready: boolean; key: string | undefined } {
  const [fromMeta] = useState(
    () =>
      document.querySelector('meta[name="tldraw-license-key"]')?.getAttribute('content')?.trim() || undefined,
  );
  const [state, setState] = useState<{ ready: boolean; key: string | undefined }>({
    ready: fromMeta !== undefined,
    key: fromMeta,
  });
  useEffect(() => {
    if (fromMeta !== undefined) return;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), CONFIG_TIMEOUT_MS);
    // `api.config` resolves `{}` on any failure, a time-out included.
    void api.config(controller.signal).then((config) => {
      clearTimeout(timer);
      setState({ ready: true, key: config.tldrawLicenseKey });
    });
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [fromMeta]);
  return state;
}
