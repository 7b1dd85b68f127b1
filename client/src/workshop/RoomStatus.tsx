import { FollowLeaderStatus, FollowStatus } from './FollowControls';
import { HandButton } from './HandButton';
import { RoomAnnouncer } from './RoomAnnouncer';
import type { BoardWorkshop } from './use-board-workshop';

/**
 * The room's status row, under the board bar at every width (below 1024 px the bar's tools fold
 * behind "More", where nobody would see a vote open or a hand go up): follow-me's state, the
 * open-vote and raised-hands badges, the announcements, and a participant's own hand. Empty, it
 * takes no room (a facilitator's tab with nothing going on looks as before).
 */
export function RoomStatus({ tools }: { tools: BoardWorkshop }) {
  return (
    <div className="room-status" data-testid="room-status">
      {tools.follower ? <FollowStatus follower={tools.follower} /> : null}
      {tools.leader ? <FollowLeaderStatus leader={tools.leader} /> : null}
      <RoomAnnouncer tools={tools} />
      {/* A participant's main action in the room; a facilitator's hand stays in the bar's tools. */}
      {tools.canRaiseHand && !tools.facilitator ? <HandButton memberId={tools.memberId} /> : null}
    </div>
  );
}
