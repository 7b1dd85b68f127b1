import { z } from 'zod';

/**
 * Who someone is in a programme (see DOMAIN.md and the guide's chapter 4): each city comes with its
 * own association of municipalities, and each can have a support group. `association` is the mentee
 * city's association: the id predates the mentor city's association and is kept as it is, because
 * signed tokens carry it in their role claim (a token cannot be rewritten) and every stored member
 * and invite of today means exactly that (see role-compat.test.ts). `local-support` is the mentee
 * city's local support network; `mentor-support` the mentor city's support group. A `coordinator`
 * follows several programmes for a network or a funder.
 */
export const RoleSchema = z.enum([
  'facilitator',
  'mentee',
  'mentor',
  'association',
  'mentor-association',
  'local-support',
  'mentor-support',
  'coordinator',
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
 * owns its plan and the mentor contributes good practices, so both may add boards; the associations,
 * the support groups and the coordinator edit what exists; observers only watch. Export and deletion of the
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
  'mentor-association': { ...none, read: true, editBoards: true },
  'local-support': { ...none, read: true, editBoards: true },
  'mentor-support': { ...none, read: true, editBoards: true },
  // Follows the programme and comments on it (comments live in the boards, hence editBoards); it
  // adds no boards and manages nothing: the pair owns its work.
  coordinator: { ...none, read: true, editBoards: true },
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

/** The association of each city, by the city's role. */
export const ASSOCIATION_OF = {
  mentee: 'association',
  mentor: 'mentor-association',
} as const satisfies Record<'mentee' | 'mentor', Role>;

/** Which city a role belongs to (null: the programme's own roles, or no city). */
export function cityOf(role: Role): 'mentee' | 'mentor' | null {
  if (role === 'mentee' || role === 'association' || role === 'local-support') return 'mentee';
  if (role === 'mentor' || role === 'mentor-association' || role === 'mentor-support') return 'mentor';
  return null;
}
