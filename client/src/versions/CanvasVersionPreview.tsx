import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atom, createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore, Tldraw } from 'tldraw';
import 'tldraw/tldraw.css';
import { Loading } from '../app/Loading';
import { useLicenseKey } from '../canvas/license';
import { tldrawAssetUrls } from '../canvas/tldraw-assets';
import { bindStoreToYjs } from '../canvas/yjs-binding';
import { base64ToBytes, docOfState } from './version-content';

/** A canvas version shown in a read-only tldraw, from its encoded state (never connected). */
export default function CanvasVersionPreview({ state, name }: { state: string; name: string }) {
  const { t } = useTranslation();
  const license = useLicenseKey();
  const [store, setStore] = useState<TLStore | null>(null);
  useEffect(() => {
    // A new store and doc per state, both dropped with it: the preview never mixes two versions.
    const next = createTLStore({
      shapeUtils: defaultShapeUtils,
      bindingUtils: defaultBindingUtils,
      collaboration: { mode: atom<'readonly' | 'readwrite'>('version mode', 'readonly'), status: null },
    });
    const doc = docOfState(base64ToBytes(state));
    const binding = bindStoreToYjs({ store: next, doc, readOnly: true });
    setStore(next);
    return () => {
      binding.destroy();
      doc.destroy();
      setStore(null);
    };
  }, [state]);

  if (!license.ready || !store) return <Loading label={t('app.loading')} />;
  return (
    <section
      className="canvas-version"
      aria-label={t('versions.viewing', { name })}
      data-testid="canvas-version"
    >
      <Tldraw
        store={store}
        licenseKey={license.key}
        assetUrls={tldrawAssetUrls}
        onMount={(editor) => {
          editor.updateInstanceState({ isReadonly: true });
          editor.zoomToFit();
        }}
      />
    </section>
  );
}
