import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';

const CONFIG_TIMEOUT_MS = 3_000;

let request: Promise<string | undefined> | null = null;

const fromMeta = (): string | undefined =>
  document.querySelector('meta[name="tldraw-license-key"]')?.getAttribute('content')?.trim() || undefined;

/**
 * Fetches the key once per page (it is a server setting): started early by the board preload, so
 * the canvas does not wait for it after its document synced.
 */
export function fetchLicenseKey(): Promise<string | undefined> {
  request ??= (async () => {
    const meta = fromMeta();
    if (meta !== undefined) return meta;
    // `api.config` resolves `{}` on any failure, a time-out included.
    const config = await api.config(AbortSignal.timeout(CONFIG_TIMEOUT_MS));
    return config.tldrawLicenseKey;
  })();
  return request;
}

/**
 * The optional tldraw license key (server setting `TLDRAW_LICENSE_KEY`): from
 * `<meta name="tldraw-license-key">` when the server writes one into the page, else from
 * `GET /api/config`. Without one, tldraw 3.x runs with its watermark. tldraw reads the key once at
 * mount, so the canvas waits for this (at most a few seconds).
 */
export function useLicenseKey(): { ready: boolean; key: string | undefined } {
  const [state, setState] = useState<{ ready: boolean; key: string | undefined }>(() => {
    const meta = fromMeta();
    return { ready: meta !== undefined, key: meta };
  });
  useEffect(() => {
    if (state.ready) return;
    let live = true;
    void fetchLicenseKey().then((key) => {
      if (live) setState({ ready: true, key });
    });
    return () => {
      live = false;
    };
  }, [state.ready]);
  return state;
}
