import { useCallback, useState } from 'react';

/** A message for the board's polite live region; saying the same thing twice announces it twice. */
export function useAnnouncer(): { message: string; announce: (message: string) => void } {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
  }, []);
  return { message, announce };
}

/** The board's live region for moves, additions and restores (deletes have their own notice). */
export function Announcer({ message }: { message: string }) {
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="announcer"
    >
      {message}
    </div>
  );
}
