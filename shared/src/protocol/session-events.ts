import { z } from 'zod';
import { RoleSchema } from '../schema/roles.js';

/**
 * The workshop session channel (socket.io): one zod schema per payload, one typed ack per event,
 * events named `noun:verb` with one object payload. Board content never travels here: it lives in
 * the Yjs documents (votes and board locks included); this channel carries presence and commands.
 */

const Id = z.string().min(1).max(64);

/**
 * The leader's canvas camera, and the size of its canvas on screen (px): a follower with another
 * screen size shows the same area of the board, fitted, rather than the same camera.
 */
export const ViewportSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  z: z.number().finite().positive().max(64),
  w: z.number().finite().positive().max(100_000).optional(),
  h: z.number().finite().positive().max(100_000).optional(),
});
export type Viewport = z.infer<typeof ViewportSchema>;

/** One person on the roster (all their tabs and devices merged). */
export const PresenceEntrySchema = z.object({
  memberId: Id,
  name: z.string(),
  organisation: z.string().optional(),
  role: RoleSchema,
  colour: z.string(),
  boardId: Id.nullable(),
  away: z.boolean(),
  /** When the hand went up (server epoch ms), null when down; the roster orders hands by it. */
  handRaisedAt: z.number().nullable(),
});
export type PresenceEntry = z.infer<typeof PresenceEntrySchema>;

/** Timer state; times are the server's epoch ms, clients correct by `serverNow`. */
export const TimerStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('running'), durationMs: z.number(), endsAt: z.number() }),
  z.object({ status: z.literal('paused'), durationMs: z.number(), remainingMs: z.number() }),
]);
export type TimerState = z.infer<typeof TimerStateSchema>;

/**
 * Where the leader reads a structured board (a form, a table): the element at the top of its view
 * (a row, card or section id) and how far that element's top is above the view's top (px; a
 * follower with another layout lands on the same element rather than the same pixel).
 */
export const ScrollAnchorSchema = z.object({
  anchor: z.string().min(1).max(128),
  offset: z.number().finite().min(-100_000).max(100_000),
});
export type ScrollAnchor = z.infer<typeof ScrollAnchorSchema>;

/** Who leads follow-me: the member, and their name for the other tabs and facilitators. */
export const FollowLeaderSchema = z.object({
  memberId: Id,
  name: z.string().max(200),
  /** The leading tab (a random id per browser tab): the leader's other tabs show it is on, not lead. */
  tab: z.string().max(64).optional(),
});

export const FollowStateSchema = z.object({
  active: z.boolean(),
  boardId: Id.nullable(),
  viewport: ViewportSchema.nullable(),
  /** Structured boards: the leader's scroll position (null on a canvas or at the top). */
  scroll: ScrollAnchorSchema.nullable().default(null),
  /** Who started it (null when off): ends by itself when that member has left for the grace period. */
  leader: FollowLeaderSchema.nullable().default(null),
  /** Increases with every "bring everyone here", so clients jump once per request. */
  jump: z.number().int(),
});
export type FollowState = z.output<typeof FollowStateSchema>;

export const SessionStateSchema = z.object({
  roster: z.array(PresenceEntrySchema),
  timer: TimerStateSchema,
  follow: FollowStateSchema,
  spotlight: Id.nullable(),
  serverNow: z.number(),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

/** Client → server payloads. */
export const ClientEvents = {
  'session:join': z.object({}).strict(),
  'presence:update': z.object({ boardId: Id.nullable().optional(), away: z.boolean().optional() }).strict(),
  'hand:raise': z.object({}).strict(),
  'hand:lower': z.object({ memberId: Id.optional() }).strict(),
  'follow:start': z
    .object({
      boardId: Id,
      viewport: ViewportSchema.nullable(),
      scroll: ScrollAnchorSchema.nullable().optional(),
      /** The tab that leads (see `FollowLeaderSchema.tab`). */
      tab: z.string().max(64).optional(),
    })
    .strict(),
  'follow:move': z
    .object({
      boardId: Id,
      viewport: ViewportSchema.nullable(),
      scroll: ScrollAnchorSchema.nullable().optional(),
    })
    .strict(),
  'follow:stop': z.object({}).strict(),
  'follow:bring': z
    .object({
      boardId: Id,
      viewport: ViewportSchema.nullable(),
      scroll: ScrollAnchorSchema.nullable().optional(),
    })
    .strict(),
  'timer:start': z
    .object({
      durationMs: z
        .number()
        .int()
        .min(1_000)
        .max(4 * 3_600_000),
    })
    .strict(),
  'timer:pause': z.object({}).strict(),
  'timer:resume': z.object({}).strict(),
  'timer:add': z.object({ ms: z.number().int().min(-3_600_000).max(3_600_000) }).strict(),
  'timer:reset': z.object({}).strict(),
  'board:lock': z.object({ boardId: Id, locked: z.boolean() }).strict(),
  'vote:open': z
    .object({
      boardId: Id,
      title: z.string().trim().max(200).default(''),
      itemIds: z.array(Id).max(500).optional(),
      dotsPerPerson: z.number().int().min(1).max(20),
      anonymous: z.boolean(),
    })
    .strict(),
  'vote:cast': z.object({ boardId: Id, voteId: Id, itemId: Id, remove: z.boolean().optional() }).strict(),
  'vote:close': z.object({ boardId: Id, voteId: Id }).strict(),
  'vote:reveal': z.object({ boardId: Id, voteId: Id }).strict(),
  'member:spotlight': z.object({ memberId: Id.nullable() }).strict(),
} as const;
export type ClientEventName = keyof typeof ClientEvents;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof ClientEvents)[E]>;

/** Which client events only facilitators may send. */
export const FACILITATOR_EVENTS: ReadonlySet<ClientEventName> = new Set<ClientEventName>([
  'follow:start',
  'follow:move',
  'follow:stop',
  'follow:bring',
  'timer:start',
  'timer:pause',
  'timer:resume',
  'timer:add',
  'timer:reset',
  'board:lock',
  'vote:open',
  'vote:close',
  'vote:reveal',
  'member:spotlight',
]);

/** Why a command was refused, in its ack. */
export const AckErrorSchema = z.enum(['invalid', 'forbidden', 'not-found', 'conflict', 'unavailable']);
export type AckError = z.infer<typeof AckErrorSchema>;

const AckFailureSchema = z.object({
  ok: z.literal(false),
  error: AckErrorSchema,
  /** For people (shown as it is). */
  message: z.string(),
  /** For `invalid`: what did not validate. */
  issues: z.unknown().optional(),
});

/** The ack of a command whose success carries `data`. */
export function ackSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), AckFailureSchema]);
}

/** Every ack: success with optional data, or an error code and a human message. */
export const AckSchema = ackSchema(z.unknown().optional());
export type Ack<T = undefined> = { ok: true; data?: T } | z.infer<typeof AckFailureSchema>;

/** Acks whose success data the client reads: `session:join` answers with the whole session state. */
export const ClientAcks = {
  'session:join': ackSchema(SessionStateSchema),
} as const satisfies Partial<Record<ClientEventName, z.ZodType>>;

/** Server → client payloads, broadcast to every socket of a programme. */
export const ServerEvents = {
  'roster:changed': z.object({ roster: z.array(PresenceEntrySchema) }),
  'timer:changed': z.object({ timer: TimerStateSchema, serverNow: z.number() }),
  'follow:changed': z.object({ follow: FollowStateSchema }),
  'spotlight:changed': z.object({ memberId: Id.nullable() }),
} as const;
export type ServerEventName = keyof typeof ServerEvents;
export type ServerPayload<E extends ServerEventName> = z.infer<(typeof ServerEvents)[E]>;

/** Server → client events as socket.io types. */
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerPayload<E>) => void;
};

/** Client → server events as socket.io types (payload + ack callback). */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (result: Ack<unknown>) => void) => void;
};
