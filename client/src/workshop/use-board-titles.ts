import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';

/** The titles of the programme's boards by id (for "on which board" in the roster). */
export function useBoardTitles(
  programmeId: string,
  token: string | null,
): (boardId: string) => string | null {
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!token) return;
    let live = true;
    api.programme(programmeId, token).then(
      (details) => live && setTitles(new Map(details.boards.map((board) => [board.id, board.title]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [programmeId, token]);
  return (boardId) => titles.get(boardId) ?? null;
}
