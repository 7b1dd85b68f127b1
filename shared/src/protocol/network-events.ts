import { z } from 'zod';
import { TokenSchema } from '../schema/api.js';
import { NetworkIdSchema } from '../schema/ids.js';

/**
 * The network page's live channel (socket.io namespace {@link NETWORK_NAMESPACE}): the client
 * connects with `auth: { networkId, token }` (the network link's token, checked as the HTTP API
 * checks it) and hears one event, {@link NETWORK_CHANGED}, naming what changed. The notice carries
 * no data: the page reads the list again through the HTTP API, which decides what the caller sees.
 */
export const NETWORK_NAMESPACE = '/network';

/** The one server event of the network channel. */
export const NETWORK_CHANGED = 'network:changed';

/**
 * What changed: the mentor profiles, the drafts (needs analyses waiting for a mentor, or chosen),
 * the programmes' status figures and grants (the coordinator's table), or the communities.
 */
export const NetworkTopicSchema = z.enum(['profiles', 'drafts', 'programmes', 'communities']);
export type NetworkTopic = z.infer<typeof NetworkTopicSchema>;

export const NetworkChangedSchema = z.object({ what: NetworkTopicSchema });
export type NetworkChanged = z.infer<typeof NetworkChangedSchema>;

/** The handshake's `auth`: the network the page shows and its link's token. */
export const NetworkHandshakeSchema = z.object({
  networkId: NetworkIdSchema,
  token: TokenSchema,
});
