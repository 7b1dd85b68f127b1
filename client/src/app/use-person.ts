import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import { sessionToken } from '../api/sessions';
import { colourOf } from '../workshop/colours';
import type { Person } from './PersonMenu';

/**
 * Who this device is in `programmeId` (name and colour), for the person menu of the page frame; null
 * while unknown, without a session on this device, or when the session was refused.
 */
export function usePerson(programmeId: string | undefined): Person | null {
  const [person, setPerson] = useState<Person | null>(null);
  useEffect(() => {
    setPerson(null);
    const token = programmeId ? sessionToken(programmeId) : null;
    if (!token) return;
    let current = true;
    api.session(token).then(
      ({ member }) => {
        if (current) setPerson({ name: member.displayName, color: colourOf(member.id) });
      },
      // The page itself tells what went wrong; the menu stays the language menu.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [programmeId]);
  return person;
}
