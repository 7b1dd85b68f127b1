import { meetings, nextSteps, readVisitAgenda, visits } from '@mentoring/shared/doc/visit-agenda';
import { CalendarLinkResponseSchema } from '@mentoring/shared/schema/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createBoard, createProgramme, expectOk, joinAs, TEST_SECRET } from '../helpers/access.js';
import { download } from '../helpers/exports.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, snapshotOf } from '../helpers/yjs-client.js';

const ana = { memberId: 'member-ana', name: 'Ana' };
const bo = { memberId: 'member-bo', name: 'Bo' };
// Unfolded iCalendar lines (RFC 5545 §3.1).
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const events = (ics: string) => lines(ics).filter((line) => line === 'BEGIN:VEVENT').length;

/** Visits as records in the visit agenda, edited live, and their calendar (issue 14). */
describe('visits and meetings', () => {
  let server: ServerProcess;
  let programmeId = '';
  let token = '';
  let boardId = '';
  let docId = '';
  let visitId = '';
  let meetingId = '';

  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
    const created = await createProgramme(server.httpUrl, 'visits');
    programmeId = created.programme.id;
    token = created.facilitatorToken;
    const board = await createBoard(server.httpUrl, token, programmeId, 'visit-agenda');
    boardId = board.id;
    docId = board.docId;
    const client = connectClient(server.wsUrl, board.docId, { params: { token } });
    await client.synced();
    visitId = visits.insert(client.doc, {
      by: ana,
      values: {
        kind: 'groundwork',
        title: 'Groundwork in Riga',
        date: '2026-03-04',
        endDate: '2026-03-05',
        place: 'Riga city hall',
        questions: 'Who funds the courses?',
      },
    });
    meetingId = meetings.insert(client.doc, {
      by: ana,
      values: {
        title: 'Online check-in',
        date: '2026-04-15',
        time: '10:30',
        link: 'https://meet.example.org/x',
      },
    });
    await client.saved();
    client.destroy();
  });
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  it("converges when two people write one visit's outcomes and next steps at once", async () => {
    const a = connectClient(server.wsUrl, docId, { params: { token } });
    const b = connectClient(server.wsUrl, docId, { params: { token } });
    await Promise.all([a.synced(), b.synced()]);
    // Both type before either hears of the other's edit.
    visits.text(a.doc, visitId, 'outcomes')?.insert(0, 'A first list of actions. ');
    visits.text(b.doc, visitId, 'outcomes')?.insert(0, 'Language courses at work. ');
    const ownerA = visits.item(a.doc, visitId);
    const ownerB = visits.item(b.doc, visitId);
    if (!ownerA || !ownerB) throw new Error('the visit is missing');
    nextSteps.insert(ownerA, { by: ana, values: { what: 'Send the survey', who: 'Ana', due: '2026-04-01' } });
    nextSteps.insert(ownerB, { by: bo, values: { what: 'Book the room', who: 'Bo' } });
    await Promise.all([a.saved(), b.saved()]);
    await waitFor(() => JSON.stringify(snapshotOf(a.doc)) === JSON.stringify(snapshotOf(b.doc)));
    const [visit] = readVisitAgenda(a.doc).visits;
    expect(visit?.outcomes).toContain('A first list of actions. ');
    expect(visit?.outcomes).toContain('Language courses at work. ');
    expect(visit?.nextSteps.map((step) => step.what).sort()).toEqual(['Book the room', 'Send the survey']);
    expect(readVisitAgenda(b.doc)).toEqual(readVisitAgenda(a.doc));
    a.destroy();
    b.destroy();
    // A third client, fresh from the server, reads the merged record.
    const c = connectClient(server.wsUrl, docId, { params: { token } });
    await c.synced();
    expect(readVisitAgenda(c.doc).visits[0]?.outcomes).toBe(visit?.outcomes);
    c.destroy();
  });

  it('answers an .ics of an in-person visit and of a meeting, with their VEVENT', async () => {
    const base = `/api/programmes/${programmeId}/boards/${boardId}/items`;
    const visit = await download(server.httpUrl, `${base}/${visitId}/calendar`, token);
    expect(visit.status).toBe(200);
    expect(visit.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const visitLines = lines(visit.body.toString('utf8'));
    expect(events(visit.body.toString('utf8'))).toBe(1);
    expect(visitLines).toContain(`UID:${visitId}@${boardId}.mentoring-board`);
    expect(visitLines).toContain('DTSTART;VALUE=DATE:20260304');
    expect(visitLines).toContain('DTEND;VALUE=DATE:20260306');
    expect(visitLines).toContain('LOCATION:Riga city hall');
    const meeting = await download(server.httpUrl, `${base}/${meetingId}/calendar`, token);
    const meetingLines = lines(meeting.body.toString('utf8'));
    expect(meetingLines).toContain('SUMMARY:Online check-in');
    expect(meetingLines).toContain('DTSTART:20260415T103000');
    expect(meetingLines).toContain('URL;VALUE=URI:https://meet.example.org/x');
    expect((await download(server.httpUrl, `${base}/${meetingId}/calendar`)).status).toBe(401);
    expect((await download(server.httpUrl, `${base}/nope/calendar`, token)).status).toBe(404);
  });

  it("serves the feed to its key, and refuses another programme's key and a revoked one", async () => {
    const linkOf = (programme: string, as: string) =>
      expectOk(
        CalendarLinkResponseSchema,
        200,
        call(server.httpUrl, 'POST', `/api/programmes/${programme}/calendar-link`, { token: as }),
      );
    const { url } = await linkOf(programmeId, token);
    const feedUrl = new URL(url);
    expect(feedUrl.pathname).toBe(`/api/programmes/${programmeId}/calendar.ics`);
    // As a calendar app fetches it: no Authorization header.
    const feed = await download(server.httpUrl, `${feedUrl.pathname}${feedUrl.search}`);
    expect(feed.status).toBe(200);
    const text = feed.body.toString('utf8');
    expect(events(text)).toBe(2);
    expect(lines(text)).toContain(`UID:${meetingId}@${boardId}.mentoring-board`);

    // Another programme's key, on this programme's feed.
    const other = await createProgramme(server.httpUrl, 'other');
    const otherKey = new URL((await linkOf(other.programme.id, other.facilitatorToken)).url).searchParams.get(
      'key',
    );
    const path = `/api/programmes/${programmeId}/calendar.ics?key=`;
    expect((await download(server.httpUrl, `${path}${encodeURIComponent(otherKey ?? '')}`)).status).toBe(403);
    // A member's session token is not a calendar key, nor is a tampered key.
    expect((await download(server.httpUrl, `${path}${encodeURIComponent(token)}`)).status).toBe(401);
    const key = feedUrl.searchParams.get('key') ?? '';
    expect((await download(server.httpUrl, `${path}${encodeURIComponent(`${key}x`)}`)).status).toBe(401);

    // A participant's key works until the facilitator revokes their invite.
    const member = await joinAs(server.httpUrl, token, programmeId, 'observer');
    const memberUrl = new URL((await linkOf(programmeId, member.token)).url);
    const memberFeed = `${memberUrl.pathname}${memberUrl.search}`;
    expect((await download(server.httpUrl, memberFeed)).status).toBe(200);
    const revoked = await call(
      server.httpUrl,
      'DELETE',
      `/api/programmes/${programmeId}/invites/${member.invite.invite.id}`,
      { token },
    );
    expect(revoked.status).toBe(200);
    expect((await download(server.httpUrl, memberFeed)).status).toBe(401);
    expect((await download(server.httpUrl, `${feedUrl.pathname}${feedUrl.search}`)).status).toBe(200);
  });
});
