/**
 * The one place that builds Redis key names, so that every module agrees on them and a deployment can
 * share one Redis between instances by choosing a prefix. Add new keys here (fan-out channels,
 * programme data) rather than concatenating strings elsewhere.
 *
 * Document ids are used verbatim; a `{docId}` hash tag keeps all keys of one document in the same
 * Redis Cluster slot, which the compaction script (several keys in one EVAL) relies on.
 */
export function redisKeys(prefix = 'mb:') {
  const doc = (docId: string, part: string) => `${prefix}doc:{${docId}}:${part}`;
  // `{programmeId}` keeps a programme's keys in one Cluster slot, so one script can check and write them.
  const programme = (programmeId: string, part: string) => `${prefix}programme:{${programmeId}}:${part}`;
  return {
    prefix,
    /** STREAM of Yjs updates not yet compacted; the entry id is the update's position. */
    docLog: (docId: string) => doc(docId, 'log'),
    /** Running byte total of the updates in `docLog`, kept by append and compaction. */
    docLogBytes: (docId: string) => doc(docId, 'log-bytes'),
    /** HASH: update id → '1' for each update in `docLog`, so that a retried append stores it once. */
    docLogIds: (docId: string) => doc(docId, 'log-ids'),
    /** STRING: the compacted Yjs update (absent until the first compaction). */
    docSnapshot: (docId: string) => doc(docId, 'snapshot'),
    /** STRING integer: bumped by every compaction; the compare-and-set token between compactors. */
    docSnapshotVersion: (docId: string) => doc(docId, 'snapshot-version'),
    /** STRING: id of the last stream entry merged into the snapshot and trimmed (for fan-out readers). */
    docTrimmedTo: (docId: string) => doc(docId, 'trimmed-to'),
    /** HASH: version id → version metadata (JSON). */
    docVersions: (docId: string) => doc(docId, 'versions'),
    /** HASH: version id → the version's encoded state. */
    docVersionStates: (docId: string) => doc(docId, 'version-states'),
    /** ZSET: doc id → when it last changed (epoch ms), until an automatic version takes it. */
    docsChanged: () => `${prefix}docs-changed`,
    /** PUB/SUB channel: awareness updates and queries of one document between nodes. */
    awarenessChannel: (docId: string) => doc(docId, 'awareness'),
    /** HASH: the programme's workshop state (timer, follow, spotlight) as JSON fields. */
    sessionState: (programmeId: string) => programme(programmeId, 'session'),
    /** HASH: socket id → presence record with its expiry (JSON). */
    presence: (programmeId: string) => programme(programmeId, 'presence'),
    /** HASH: member id → when their hand went up (epoch ms). */
    hands: (programmeId: string) => programme(programmeId, 'hands'),
    /** Prefix of the socket.io Redis adapter's channels (workshop broadcasts between nodes). */
    socketIoAdapter: () => `${prefix}socket.io`,
    /** PUB/SUB channel: node heartbeats, so a dead node's cursors can be removed. */
    nodesChannel: () => `${prefix}nodes`,
    /** STRING: the programme record (JSON). */
    programme: (programmeId: string) => programme(programmeId, 'record'),
    /** HASH: board id → board record (JSON). */
    programmeBoards: (programmeId: string) => programme(programmeId, 'boards'),
    /** HASH: doc id → board id, to check that a document belongs to the programme. */
    programmeDocs: (programmeId: string) => programme(programmeId, 'docs'),
    /** HASH: member id → member record (JSON). */
    programmeMembers: (programmeId: string) => programme(programmeId, 'members'),
    /** HASH: invite id → invite record (JSON). */
    programmeInvites: (programmeId: string) => programme(programmeId, 'invites'),
    /** STRING: a network's record (JSON; server/src/networks). `{networkId}` keeps its keys in one slot. */
    network: (networkId: string) => `${prefix}network:{${networkId}}:record`,
    /** HASH: record id → record (JSON) of one kind (invite, profile, draft, programme, grant) of a network. */
    networkRecords: (networkId: string, kind: string) => `${prefix}network:{${networkId}}:${kind}`,
    /** STRING with PX: holder of a short lease on `key` of a network (e.g. choosing a draft's mentor). */
    networkLease: (networkId: string, key: string) => `${prefix}network:{${networkId}}:lease:${key}`,
    /** HASH: join code → '1', the codes of a programme (for listing and erasure). */
    programmeJoinCodes: (programmeId: string) => programme(programmeId, 'join-codes'),
    /** STRING: a join code's record (JSON), found by code alone; expires a day after the code. */
    joinCode: (code: string) => `${prefix}join-code:${code}`,
    /** ZSET: `programmeId/boardId` → when the board went to the trash (epoch ms), for purging. */
    boardTrash: () => `${prefix}board-trash`,
    /** STRING integer: the data format of the store (see server/src/format); absent before versioning. */
    formatVersion: () => `${prefix}format-version`,
    /** STRING: a short-lived mark written at boot to learn that Redis takes writes (when-writable.ts). */
    writeProbe: () => `${prefix}write-probe`,
    /** STRING: the token-signing secret, generated once (SET NX) when SECRET is not configured. */
    tokenSecret: () => `${prefix}token-secret`,
  } as const;
}

/** The key builder returned by {@link redisKeys}. */
export type RedisKeys = ReturnType<typeof redisKeys>;

/** Every key that holds data of one document, for erasure. */
export function docKeys(keys: RedisKeys, docId: string): string[] {
  return [
    keys.docLog(docId),
    keys.docLogBytes(docId),
    keys.docLogIds(docId),
    keys.docSnapshot(docId),
    keys.docSnapshotVersion(docId),
    keys.docTrimmedTo(docId),
    keys.docVersions(docId),
    keys.docVersionStates(docId),
  ];
}

/** Every key that holds data of one programme (its documents excepted: see {@link docKeys}). */
export function programmeKeys(keys: RedisKeys, programmeId: string): string[] {
  return [
    keys.programme(programmeId),
    keys.programmeBoards(programmeId),
    keys.programmeDocs(programmeId),
    keys.programmeMembers(programmeId),
    keys.programmeInvites(programmeId),
    keys.programmeJoinCodes(programmeId),
    keys.sessionState(programmeId),
    keys.presence(programmeId),
    keys.hands(programmeId),
  ];
}
