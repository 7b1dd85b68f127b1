import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';

/**
 * tldraw's fonts, icons, translations and embed icons, bundled by Vite from `@tldraw/assets` and
 * served by our own server: no CDN is contacted (boards run on closed networks too).
 */
export const tldrawAssetUrls = getAssetUrlsByImport();
