import { useTranslation } from 'react-i18next';
import { QrCode } from '../invites/QrCode';

/**
 * How to join from a phone: a QR code of the short link (`host/j/ABCD-EFGH`, about 35 characters:
 * a small code, easy to scan from the back of a room) and, in words, where to type the code.
 */
export function JoinCard({ link }: { link: string }) {
  const { t } = useTranslation();
  const url = new URL(link);
  const code = /^\/j\/([A-Z0-9-]+)$/.exec(url.pathname)?.[1] ?? null;
  return (
    <aside className="projection-join" aria-labelledby="projection-join-heading">
      <h2 id="projection-join-heading">{t('projection.joinHeading')}</h2>
      <QrCode text={link} alt={t('projection.joinQr')} />
      {code ? (
        <p className="projection-link" data-testid="projection-join-link">
          {t('joinCodes.typeAt', { address: `${url.host}/j` })}
          <br />
          <strong className="projection-code">{code}</strong>
        </p>
      ) : (
        <p className="projection-link" data-testid="projection-join-link">
          {url.host}
          {url.pathname}
        </p>
      )}
    </aside>
  );
}
