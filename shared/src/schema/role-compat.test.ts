import { describe, expect, it } from 'vitest';
import { InviteSchema } from './invite.js';
import { MemberSchema } from './member.js';
import { ASSOCIATION_OF, can, cityOf, PERMISSIONS, permissionsOf, type Role } from './roles.js';

/**
 * Records as stored before the guide's roles (issue 14): `association` was the only association.
 * They load unchanged and mean the mentee city's association, with the rights they had, so stored
 * programmes, invites and signed tokens (whose role claim cannot be rewritten) keep working.
 */
const TODAY_MEMBER = {
  id: 'm0000000000000000000000',
  programmeId: 'p0000000000000000000000',
  role: 'association',
  displayName: 'Inga',
  organisation: 'Latvian Association of Local Governments',
  inviteId: 'i0000000000000000000000',
  joinedAt: '2026-01-10T09:00:00.000Z',
};
const TODAY_INVITE = {
  id: 'i0000000000000000000000',
  programmeId: 'p0000000000000000000000',
  role: 'association',
  createdAt: '2026-01-10T08:00:00.000Z',
  expiresAt: '2026-02-10T08:00:00.000Z',
  revokedAt: null,
};
const TODAY_PERMISSIONS: Record<string, string[]> = {
  facilitator: [
    'read',
    'editBoards',
    'createBoards',
    'manageInvites',
    'facilitate',
    'export',
    'deleteProgramme',
    'manageVersions',
  ],
  mentee: ['read', 'editBoards', 'createBoards', 'manageVersions'],
  mentor: ['read', 'editBoards', 'createBoards'],
  association: ['read', 'editBoards'],
  'local-support': ['read', 'editBoards'],
  observer: ['read'],
};

describe('roles of the guide', () => {
  it('load the stored member and invite of today unchanged, as the mentee city’s association', () => {
    const member = MemberSchema.parse(TODAY_MEMBER);
    const invite = InviteSchema.parse(TODAY_INVITE);
    expect(member).toEqual(TODAY_MEMBER);
    expect(invite).toEqual(TODAY_INVITE);
    expect(member.role).toBe(ASSOCIATION_OF.mentee);
    expect(cityOf(member.role)).toBe('mentee');
  });

  it('keep every right each role of today had', () => {
    for (const [role, permissions] of Object.entries(TODAY_PERMISSIONS)) {
      expect(permissionsOf(role as Role), role).toEqual(permissions);
    }
  });

  it('give each city its association and support group', () => {
    expect(cityOf(ASSOCIATION_OF.mentor)).toBe('mentor');
    expect(cityOf('mentor-support')).toBe('mentor');
    expect(cityOf('local-support')).toBe('mentee');
    expect(cityOf('coordinator')).toBeNull();
    expect(cityOf('facilitator')).toBeNull();
  });

  it('let the new roles edit what exists, but not add boards, manage or export', () => {
    for (const role of ['mentor-association', 'mentor-support', 'coordinator'] as const) {
      expect(permissionsOf(role), role).toEqual(['read', 'editBoards']);
      expect(can(role, 'facilitate')).toBe(false);
    }
    expect(Object.keys(PERMISSIONS)).toContain('coordinator');
  });
});
