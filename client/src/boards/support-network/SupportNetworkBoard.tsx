import { prefixed } from '@mentoring/shared/doc/layout';
import {
  SUPPORT_NETWORK_KEYS,
  SUPPORT_NETWORK_ROLE_KEYS,
} from '@mentoring/shared/schema/templates/support-network';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { Section, TextSection } from '../fields/Sections';
import { MembersTable } from './MembersTable';
import { NetworkWarnings } from './NetworkWarnings';

const ROLES = prefixed('roles', SUPPORT_NETWORK_ROLE_KEYS);

/**
 * The local support network (annex 5): what it is for, its members (with the guide's advice checked
 * live), the roles it takes on, and how it works.
 */
export default function SupportNetworkBoard() {
  const scope = useScope();
  const { t } = scope;
  const members = fieldTextOf(scope, 'members');
  return (
    <div className="form-board" data-testid="support-network">
      <TextSection id="section-network" title={t('supportNetwork.about')} paths={SUPPORT_NETWORK_KEYS} />
      <Section id="section-members" title={members.label} intro={members.help} className="wide">
        <NetworkWarnings />
        <MembersTable />
      </Section>
      <TextSection id="section-roles" group="roles" paths={ROLES} />
    </div>
  );
}
