import { supportNetworkWarnings } from '@mentoring/shared/doc/checks/support-network-warnings';
import { readSupportNetwork } from '@mentoring/shared/doc/support-network';
import { SUPPORT_NETWORK_MAX_MEMBERS } from '@mentoring/shared/schema/templates/support-network';
import { useScope } from '../fields/board-scope';
import { useDocSnapshot } from '../fields/use-y';

const check = (doc: Parameters<typeof readSupportNetwork>[0]) => {
  const network = readSupportNetwork(doc);
  return { warnings: supportNetworkWarnings(network), count: network.members.length };
};

/**
 * The guide's advice on the network, checked live: at most ten members, migrant representatives
 * among them. A polite live region, so a warning that appears or goes is announced.
 */
export function NetworkWarnings() {
  const { t, doc, texts } = useScope();
  const result = useDocSnapshot(doc, check);
  if (!result) return null;
  return (
    <div className="check-panel" role="status" data-testid="network-warnings">
      <p>{t('supportNetwork.count', { count: result.count, max: SUPPORT_NETWORK_MAX_MEMBERS })}</p>
      {result.warnings.length === 0 ? (
        <p className="check-ok">{t('supportNetwork.fine')}</p>
      ) : (
        <ul className="warnings">
          {result.warnings.map((warning) => (
            <li key={warning.kind} className="warning" data-warning={warning.kind}>
              <strong>{texts.checks[warning.kind].label}.</strong> {texts.checks[warning.kind].help}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
