import { useTranslation } from 'react-i18next';
import { QrCode } from '../invites/QrCode';

/** How to join from a phone: a QR code and the link in words. */
export function JoinCard({ link }: { link: string }) {
  const { t } = useTranslation();
  const url = new URL(link);
  return (
    <aside className="projection-join" aria-labelledby="projection-join-heading">
      <h2 id="projection-join-heading">{t('projection.joinHeading')}</h2>
      <QrCode text={link} alt={t('projection.joinQr')} />
      <p className="projection-link" data-testid="projection-join-link">
        {url.host}
        {url.pathname}
      </p>
    </aside>
  );
}
