import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Dialog, Heading, ModalOverlay, Modal as OverlayModal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog (react-aria): the page behind is hidden from assistive technology and unreachable,
 * focus stays inside and returns to what had it before (the button that opened it), Escape closes.
 * A click outside does not close it, so that a half-written form is not lost by a stray click.
 */
export function Modal({ title, onClose, children, className }: ModalProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isKeyboardDismissDisabled={false}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <OverlayModal className={`modal ${className ?? ''}`}>
        <Dialog className="modal-dialog">
          <div className="modal-head">
            <Heading slot="title" level={2}>
              {title}
            </Heading>
            <button type="button" className="button quiet small" onClick={onClose}>
              <X aria-hidden="true" />
              {t('versions.close')}
            </button>
          </div>
          {children}
        </Dialog>
      </OverlayModal>
    </ModalOverlay>
  );
}
