import { z } from 'zod';

/** Who someone is in a programme (see DOMAIN.md). */
export const RoleSchema = z.enum([
  'facilitator',
  'mentee',
  'mentor',
  'association',
  'local-support',
  'observer',
]);
export type Role = z.infer<typeof RoleSchema>;

/** Everything the permission table decides. */
export const PermissionSchema = z.enum([
  'read',
  'editBoards',
  'createBoards',
  'manageInvites',
  'facilitate',
  'export',
  'deleteProgramme',
  'manageVersions',
]);
export type Permission = z.infer<typeof PermissionSchema>;

const none = {
  read: false,
  editBoards: false,
  createBoards: false,
  manageInvites: false,
  facilitate: false,
  export: false,
  deleteProgramme: false,
  manageVersions: false,
} as const satisfies Record<Permission, boolean>;

/**
 * The one permission table, used by the server (enforcing) and the client (mirroring). The mentee
 * owns its plan and the mentor contributes good practices, so both may add boards; the association
 * and the local support network edit what exists; observers only watch. Export and deletion of the
 * programme's data (GDPR) and invitations stay with the facilitator.
 */
export const PERMISSIONS = {
  facilitator: {
    read: true,
    editBoards: true,
    createBoards: true,
    manageInvites: true,
    facilitate: true,
    export: true,
    deleteProgramme: true,
    manageVersions: true,
  },
  // The mentee owns its plan: it may keep and restore versions of it.
  mentee: { ...none, read: true, editBoards: true, createBoards: true, manageVersions: true },
  mentor: { ...none, read: true, editBoards: true, createBoards: true },
  association: { ...none, read: true, editBoards: true },
  'local-support': { ...none, read: true, editBoards: true },
  observer: { ...none, read: true },
} as const satisfies Record<Role, Record<Permission, boolean>>;

/** True when `role` may do `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role][permission];
}

/** Every permission of `role`, in table order. */
export function permissionsOf(role: Role): Permission[] {
  return PermissionSchema.options.filter((permission) => can(role, permission));
}
