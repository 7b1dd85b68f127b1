import {
  SUPPORT_NETWORK_MAX_MEMBERS,
  type SupportNetwork,
  type SupportNetworkMember,
} from '../../schema/templates/support-network.js';

/** Why the network does not (yet) follow the guide's advice. */
export type SupportNetworkWarning =
  | { readonly kind: 'too-many-members'; readonly count: number; readonly max: number }
  | { readonly kind: 'no-migrant-representative' };

/** A member who speaks for migrants: flagged as such, or from a migrant association. */
export function isMigrantRepresentative(member: SupportNetworkMember): boolean {
  return member.migrantRepresentative || member.kind === 'migrant-association';
}

/**
 * Pure: more than ten members (the guide's limit for real participation), and no migrant
 * representative (the guide requires one; an empty network is warned about too).
 */
export function supportNetworkWarnings(network: SupportNetwork): SupportNetworkWarning[] {
  const warnings: SupportNetworkWarning[] = [];
  const count = network.members.length;
  if (count > SUPPORT_NETWORK_MAX_MEMBERS) {
    warnings.push({ kind: 'too-many-members', count, max: SUPPORT_NETWORK_MAX_MEMBERS });
  }
  if (!network.members.some(isMigrantRepresentative)) warnings.push({ kind: 'no-migrant-representative' });
  return warnings;
}
