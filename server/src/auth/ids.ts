import { randomBytes } from 'node:crypto';

/** A new unguessable id: 128 random bits, base64url (22 characters). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}
