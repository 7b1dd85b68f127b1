import { Palette, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DefaultStylePanel, type TLUiStylePanelProps } from 'tldraw';

/**
 * tldraw's style panel, closed until asked for: on a desktop it otherwise covers the top right of the
 * canvas all the time. On phones tldraw already opens it from its toolbar (`isMobile`), as is.
 */
export function StylePanelToggle(props: TLUiStylePanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (props.isMobile) return <DefaultStylePanel {...props} />;
  return (
    <div className="style-panel-toggle">
      <button
        type="button"
        className="button small style-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="style-panel-toggle"
      >
        {open ? <X aria-hidden="true" /> : <Palette aria-hidden="true" />}
        {open ? t('look.hideStyles') : t('look.showStyles')}
      </button>
      {open ? <DefaultStylePanel {...props} /> : null}
    </div>
  );
}
