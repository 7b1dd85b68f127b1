import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, PermissionSchema, permissionsOf, RoleSchema } from './roles.js';

describe('permission table', () => {
  it('decides every permission of every role', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...RoleSchema.options].sort());
    for (const role of RoleSchema.options) {
      expect(Object.keys(PERMISSIONS[role]).sort()).toEqual([...PermissionSchema.options].sort());
    }
  });

  it('lets every role read', () => {
    for (const role of RoleSchema.options) expect(can(role, 'read')).toBe(true);
  });

  it('keeps observers read-only', () => {
    expect(permissionsOf('observer')).toEqual(['read']);
  });

  it('lets every other role edit boards', () => {
    for (const role of RoleSchema.options.filter((r) => r !== 'observer')) {
      expect(can(role, 'editBoards')).toBe(true);
    }
  });

  it('keeps invites, facilitation, export and deletion with the facilitator', () => {
    for (const permission of ['manageInvites', 'facilitate', 'export', 'deleteProgramme'] as const) {
      const holders = RoleSchema.options.filter((role) => can(role, permission));
      expect(holders).toEqual(['facilitator']);
    }
  });

  it('lets the mentee and the mentor add boards, but not the association or local support', () => {
    expect(can('mentee', 'createBoards')).toBe(true);
    expect(can('mentor', 'createBoards')).toBe(true);
    expect(can('association', 'createBoards')).toBe(false);
    expect(can('local-support', 'createBoards')).toBe(false);
  });
});
