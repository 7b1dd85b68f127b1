import { z } from 'zod';

/**
 * Calendar of a programme's visits and meetings (issue 14):
 * - `GET /api/programmes/:id/boards/:boardId/items/:itemId/calendar` (members): one visit or meeting
 *   of a visit-agenda board as an `.ics` file;
 * - `POST /api/programmes/:id/calendar-link` (members) → {@link CalendarLinkResponseSchema}: the
 *   member's read-only feed URL, which carries its own key (calendar apps send no headers);
 * - `GET /api/programmes/:id/calendar.ics?key=…`: the feed of every dated visit and meeting.
 */
export const CalendarLinkResponseSchema = z.object({ url: z.url() });
export type CalendarLinkResponse = z.infer<typeof CalendarLinkResponseSchema>;

/** The query of the feed. */
export const CalendarFeedQuerySchema = z.object({ key: z.string().min(1).max(1200) });
