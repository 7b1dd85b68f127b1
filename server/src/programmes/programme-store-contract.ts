import {
  BoardIdSchema,
  DocIdSchema,
  InviteIdSchema,
  MemberIdSchema,
  ProgrammeIdSchema,
} from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import { JOIN_CODE_ALPHABET, type JoinCode } from '@mentoring/shared/schema/join-code';
import type { Member } from '@mentoring/shared/schema/member';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { Role } from '@mentoring/shared/schema/roles';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../auth/ids.js';
import type { ProgrammeStore } from './programme-store.js';

/** What an adapter's test gives the contract suite: a store on fresh, private backing data. */
export interface ProgrammeStoreFixture {
  store: ProgrammeStore;
  /** Opens one more store on the same backing data; the earlier one stays open unless closed. */
  reopen: () => Promise<ProgrammeStore>;
  /** Where `text` can still be found in the backing data (file names, key names); empty when nowhere. */
  traces: (text: string) => Promise<string[]>;
  /** Closes every store the fixture opened and removes the backing data. */
  cleanup: () => Promise<void>;
}

let clock = Date.parse('2026-01-01T00:00:00.000Z');
/** Strictly increasing timestamps, so creation order is well defined. */
function at(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

/** A programme whose every text field carries `marker`. */
export function sampleProgramme(marker = `m${newId()}`): Programme {
  return {
    id: ProgrammeIdSchema.parse(newId()),
    title: `Language learning ${marker}`,
    theme: `theme ${marker}`,
    menteeCity: `Mentee ${marker}`,
    mentorCity: `Mentor ${marker}`,
    language: 'es',
    createdAt: at(),
  };
}

function sampleInvite(programme: Programme, role: Role = 'mentee', label?: string): Invite {
  const created = at();
  return {
    id: InviteIdSchema.parse(newId()),
    programmeId: programme.id,
    role,
    ...(label ? { label } : {}),
    createdAt: created,
    expiresAt: new Date(Date.parse(created) + 3600_000).toISOString(),
    revokedAt: null,
  };
}

function sampleMember(invite: Invite, displayName: string): Member {
  return {
    id: MemberIdSchema.parse(newId()),
    programmeId: invite.programmeId,
    role: invite.role,
    displayName,
    organisation: `Org of ${displayName}`,
    inviteId: invite.id,
    joinedAt: at(),
  };
}

function sampleBoard(programme: Programme, title: string) {
  return {
    id: BoardIdSchema.parse(newId()),
    programmeId: programme.id,
    kind: 'action-plan' as const,
    title,
    docId: DocIdSchema.parse(newId()),
    createdAt: at(),
  };
}

let codeCounter = 0;
function sampleJoinCode(programme: Programme, invite: Invite): JoinCode {
  // Unique per run and per test, from the code alphabet.
  const digits = (Date.now() * 1000 + codeCounter++).toString(29).toUpperCase().padStart(8, '0').slice(-8);
  const code = [...digits].map((c) => JOIN_CODE_ALPHABET[Number.parseInt(c, 29)]).join('');
  const created = at();
  return {
    code,
    programmeId: programme.id,
    inviteId: invite.id,
    createdAt: created,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    revokedAt: null,
  };
}

/** A stored programme with a mentor's invite and its member Ana: what a token's grant reads. */
async function grantOf(store: ProgrammeStore) {
  const programme = sampleProgramme();
  await store.createProgramme(programme);
  const invite = sampleInvite(programme, 'mentor');
  await store.addInvite(invite);
  const member = sampleMember(invite, 'Ana');
  await store.addMember(member);
  return { programme, invite, member };
}

/** The behaviour every {@link ProgrammeStore} adapter must show. */
export function programmeStoreContract(name: string, setup: () => Promise<ProgrammeStoreFixture>): void {
  describe(`ProgrammeStore contract: ${name}`, () => {
    let fixture: ProgrammeStoreFixture | undefined;
    const open = async () => {
      fixture = await setup();
      return fixture;
    };
    afterEach(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    });

    it('stores and reads a programme; an unknown id reads as null', async () => {
      const { store } = await open();
      const programme = sampleProgramme();
      await store.createProgramme(programme);
      expect(await store.getProgramme(programme.id)).toEqual(programme);
      expect(await store.getProgramme(ProgrammeIdSchema.parse(newId()))).toBeNull();
      await expect(store.createProgramme(programme)).rejects.toThrow();
    });

    it('keeps boards, members and invites per programme, in creation order, across reopen', async () => {
      const { store, reopen } = await open();
      const a = sampleProgramme();
      const b = sampleProgramme();
      await store.createProgramme(a);
      await store.createProgramme(b);
      const boards = [sampleBoard(a, 'Plan'), sampleBoard(a, 'Canvas')];
      for (const board of boards) expect(await store.addBoard(board)).toBe(true);
      expect(await store.addBoard(sampleBoard(b, 'Other'))).toBe(true);
      const invites = [sampleInvite(a, 'mentee', 'city staff'), sampleInvite(a, 'observer')];
      for (const invite of invites) expect(await store.addInvite(invite)).toBe(true);
      const members = invites.map((invite, i) => sampleMember(invite, `Person ${i}`));
      for (const member of members) expect(await store.addMember(member)).toBe(true);

      await store.close();
      const again = await reopen();
      expect(await again.listBoards(a.id)).toEqual(boards);
      expect(await again.listInvites(a.id)).toEqual(invites);
      expect(await again.listMembers(a.id)).toEqual(members);
      expect(await again.listMembers(b.id)).toEqual([]);
      expect((await again.listBoards(b.id)).map((x) => x.title)).toEqual(['Other']);
    });

    it('finds a board by its document only within its own programme', async () => {
      const { store } = await open();
      const a = sampleProgramme();
      const b = sampleProgramme();
      await store.createProgramme(a);
      await store.createProgramme(b);
      const board = sampleBoard(a, 'Plan');
      await store.addBoard(board);
      expect(await store.findBoardByDoc(a.id, board.docId)).toEqual(board);
      expect(await store.findBoardByDoc(b.id, board.docId)).toBeNull();
      expect(await store.findBoardByDoc(a.id, DocIdSchema.parse(newId()))).toBeNull();
    });

    it('renames a board and revokes an invite (idempotently)', async () => {
      const { store } = await open();
      const programme = sampleProgramme();
      await store.createProgramme(programme);
      const board = sampleBoard(programme, 'Plan');
      await store.addBoard(board);
      expect(await store.renameBoard(programme.id, board.id, 'Action plan')).toEqual({
        ...board,
        title: 'Action plan',
      });
      expect(await store.renameBoard(programme.id, BoardIdSchema.parse(newId()), 'x')).toBeNull();
      expect((await store.findBoardByDoc(programme.id, board.docId))?.title).toBe('Action plan');

      const invite = sampleInvite(programme);
      await store.addInvite(invite);
      const first = await store.revokeInvite(programme.id, invite.id, '2026-02-01T00:00:00.000Z');
      expect(first).toEqual({ ...invite, revokedAt: '2026-02-01T00:00:00.000Z' });
      const second = await store.revokeInvite(programme.id, invite.id, '2026-03-01T00:00:00.000Z');
      expect(second?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
      expect(await store.revokeInvite(programme.id, InviteIdSchema.parse(newId()), at())).toBeNull();
    });

    it('reads a grant: programme, invite and member at once', async () => {
      const { store } = await open();
      const { programme, invite, member } = await grantOf(store);
      expect(await store.getGrant(programme.id, invite.id, member.id)).toEqual({ programme, invite, member });
      expect(await store.getGrant(programme.id, invite.id, null)).toEqual({
        programme,
        invite,
        member: null,
      });
      const unknown = await store.getGrant(
        programme.id,
        InviteIdSchema.parse(newId()),
        MemberIdSchema.parse(newId()),
      );
      expect(unknown).toEqual({ programme, invite: null, member: null });
    });

    it('reads a grant with the board of a document at once, where the store can', async () => {
      const { store } = await open();
      if (!store.getDocGrant) return; // optional: the token check falls back to two reads
      const { programme, invite, member } = await grantOf(store);
      const board = sampleBoard(programme, 'Plan');
      await store.addBoard(board);
      expect(await store.getDocGrant(programme.id, invite.id, member.id, board.docId)).toEqual({
        programme,
        invite,
        member,
        board,
      });
      const elsewhere = DocIdSchema.parse(newId());
      expect((await store.getDocGrant(programme.id, invite.id, member.id, elsewhere)).board).toBeNull();
      // Every read sees the store as it is now: a revocation counts at the next connection.
      await store.revokeInvite(programme.id, invite.id, at());
      const revoked = await store.getDocGrant(programme.id, invite.id, member.id, board.docId);
      expect(revoked.invite?.revokedAt).toBeTruthy();
      const gone = await store.getDocGrant(
        ProgrammeIdSchema.parse(newId()),
        invite.id,
        member.id,
        board.docId,
      );
      expect(gone).toEqual({ programme: null, invite: null, member: null, board: null });
    });

    it('marks a programme as being deleted', async () => {
      const { store } = await open();
      const programme = sampleProgramme();
      await store.createProgramme(programme);
      expect(await store.markDeleting(programme.id, '2026-05-01T00:00:00.000Z')).toBe(true);
      expect((await store.getProgramme(programme.id))?.deletingAt).toBe('2026-05-01T00:00:00.000Z');
      expect(await store.markDeleting(ProgrammeIdSchema.parse(newId()), at())).toBe(false);
    });

    it('deletes every record of a programme, leaves others, and refuses writes to it afterwards', async () => {
      const { store, traces } = await open();
      const marker = `gdpr${newId().replace(/[-_]/g, 'x')}`;
      const gone = sampleProgramme(marker);
      const kept = sampleProgramme();
      for (const programme of [gone, kept]) {
        await store.createProgramme(programme);
        const invite = sampleInvite(programme, 'mentee', `invite ${marker}`);
        await store.addInvite(invite);
        await store.addMember(sampleMember(invite, `Person ${marker}`));
        await store.addBoard(sampleBoard(programme, `Board ${marker}`));
      }
      const board = (await store.listBoards(gone.id))[0]!;
      await store.renameBoard(gone.id, board.id, `Renamed ${marker}`);
      await store.markDeleting(gone.id, at());
      await store.deleteProgramme(gone.id);

      expect(await store.getProgramme(gone.id)).toBeNull();
      expect(await store.listBoards(gone.id)).toEqual([]);
      expect(await store.listMembers(gone.id)).toEqual([]);
      expect(await store.listInvites(gone.id)).toEqual([]);
      expect(await store.findBoardByDoc(gone.id, board.docId)).toBeNull();
      expect(await store.getProgramme(kept.id)).toEqual(kept);
      expect(await store.listMembers(kept.id)).toHaveLength(1);

      const late = sampleInvite(gone);
      expect(await store.addInvite(late)).toBe(false);
      expect(await store.addMember(sampleMember(late, 'Late'))).toBe(false);
      expect(await store.addBoard(sampleBoard(gone, 'Late'))).toBe(false);
      expect(await store.renameBoard(gone.id, board.id, 'Late')).toBeNull();
      expect(await store.listInvites(gone.id)).toEqual([]);

      // Erase the other one too: then no byte of the marker may remain anywhere.
      await store.deleteProgramme(kept.id);
      expect(await traces(marker)).toEqual([]);
      expect(await traces(gone.id)).toEqual([]);
    });

    it('keeps join codes: found by code from any programme, listed per programme, revoked once', async () => {
      const { store, reopen } = await open();
      const a = sampleProgramme();
      const b = sampleProgramme();
      await store.createProgramme(a);
      await store.createProgramme(b);
      const invite = sampleInvite(a, 'local-support');
      await store.addInvite(invite);
      const joinCode = sampleJoinCode(a, invite);
      expect(await store.addJoinCode(joinCode)).toBe(true);
      expect(await store.addJoinCode({ ...joinCode, programmeId: b.id })).toBe(false);
      await store.close();
      const again = await reopen();
      expect(await again.findJoinCode(joinCode.code)).toEqual(joinCode);
      expect(await again.findJoinCode('ZZZZZZZZ')).toBeNull();
      expect(await again.listJoinCodes(a.id)).toEqual([joinCode]);
      expect(await again.listJoinCodes(b.id)).toEqual([]);
      expect(await again.revokeJoinCode(b.id, joinCode.code, at())).toBeNull();
      const revoked = await again.revokeJoinCode(a.id, joinCode.code, '2026-02-01T00:00:00.000Z');
      expect(revoked?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
      const twice = await again.revokeJoinCode(a.id, joinCode.code, '2026-03-01T00:00:00.000Z');
      expect(twice?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
      expect((await again.findJoinCode(joinCode.code))?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
    });

    it('moves a board to the trash and back, lists it for purging, purges it', async () => {
      const { store } = await open();
      const programme = sampleProgramme();
      await store.createProgramme(programme);
      const board = sampleBoard(programme, 'Plan');
      const other = sampleBoard(programme, 'Kept');
      await store.addBoard(board);
      await store.addBoard(other);
      const trashed = await store.trashBoard(programme.id, board.id, '2026-04-01T00:00:00.000Z');
      expect(trashed).toEqual({ ...board, deletedAt: '2026-04-01T00:00:00.000Z' });
      expect((await store.findBoardByDoc(programme.id, board.docId))?.deletedAt).toBe(trashed?.deletedAt);
      expect(await store.listTrashedBefore('2026-04-01T00:00:00.000Z')).toEqual([]);
      expect(await store.listTrashedBefore('2026-04-02T00:00:00.000Z')).toEqual([trashed]);
      expect(await store.trashBoard(programme.id, board.id, null)).toEqual(board);
      expect(await store.listTrashedBefore('2026-04-02T00:00:00.000Z')).toEqual([]);
      expect(await store.trashBoard(programme.id, BoardIdSchema.parse(newId()), at())).toBeNull();

      await store.trashBoard(programme.id, board.id, '2026-04-01T00:00:00.000Z');
      expect(await store.purgeBoard(programme.id, board.id)).toBe(true);
      expect(await store.purgeBoard(programme.id, board.id)).toBe(false);
      expect(await store.listBoards(programme.id)).toEqual([other]);
      expect(await store.findBoardByDoc(programme.id, board.docId)).toBeNull();
      expect(await store.listTrashedBefore('2026-04-02T00:00:00.000Z')).toEqual([]);
    });

    it('erases a programme with its join codes and trash entries', async () => {
      const { store, traces } = await open();
      const programme = sampleProgramme();
      await store.createProgramme(programme);
      const invite = sampleInvite(programme);
      await store.addInvite(invite);
      const joinCode = sampleJoinCode(programme, invite);
      await store.addJoinCode(joinCode);
      const board = sampleBoard(programme, 'Plan');
      await store.addBoard(board);
      await store.trashBoard(programme.id, board.id, '2026-04-01T00:00:00.000Z');
      await store.deleteProgramme(programme.id);
      expect(await store.findJoinCode(joinCode.code)).toBeNull();
      expect(await store.listJoinCodes(programme.id)).toEqual([]);
      expect(await store.listTrashedBefore('2099-01-01T00:00:00.000Z')).toEqual([]);
      expect(await traces(joinCode.code)).toEqual([]);
      expect(await traces(programme.id)).toEqual([]);
    });

    it('refuses to store a record that does not match its schema', async () => {
      const { store } = await open();
      const programme = sampleProgramme();
      const board = { ...sampleBoard(programme, 'x'), kind: 'spreadsheet' };
      await store.createProgramme(programme);
      await expect(store.addBoard(board as unknown as ReturnType<typeof sampleBoard>)).rejects.toThrow();
    });
  });
}
