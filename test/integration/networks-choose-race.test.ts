import { ChooseMentorResponseSchema, DraftListSchema } from '@mentoring/shared/network/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectOk, TEST_SECRET } from '../helpers/access.js';
import {
  createNetwork,
  mentorProfile,
  needs,
  networkInvite,
  openDraft,
  publishProfile,
} from '../helpers/network.js';
import { startTwoNodes, type TwoNodes } from '../helpers/two-nodes.js';

/**
 * Two facilitators choose a mentor for one draft at the same moment, each through another node of
 * one Redis: exactly one programme is made, the other gets 409 and no second programme appears.
 */
describe('choosing a mentor on two nodes at once', () => {
  let nodes: TwoNodes;
  beforeAll(async () => {
    nodes = await startTwoNodes({ SECRET: TEST_SECRET });
  });
  afterAll(async () => {
    await nodes?.stop();
  });

  it('lets one choice through and refuses the other with 409', async () => {
    const a = nodes.a.httpUrl;
    const b = nodes.b.httpUrl;
    const created = await createNetwork(a, 'Race network');
    const id = created.network.id;
    const staff = await networkInvite(a, created.token, id);
    const first = await publishProfile(a, staff.token, id, mentorProfile('Málaga'));
    const second = await publishProfile(a, staff.token, id, mentorProfile('Ghent'));
    for (let round = 0; round < 3; round += 1) {
      const { draft } = await openDraft(
        b,
        staff.token,
        id,
        `Draft ${round}`,
        needs('Larissa', 'Waiting lists.'),
      );
      const path = `/api/networks/${id}/drafts/${draft.id}/choose`;
      const [one, two] = await Promise.all([
        call(a, 'POST', path, { token: staff.token, body: { profileId: first.profile.id } }),
        call(b, 'POST', path, { token: created.token, body: { profileId: second.profile.id } }),
      ]);
      expect([one.status, two.status].sort()).toEqual([201, 409]);
      const winner = one.status === 201 ? one : two;
      const made = ChooseMentorResponseSchema.parse(winner.body);
      const { drafts } = await expectOk(
        DraftListSchema,
        200,
        call(b, 'GET', `/api/networks/${id}/drafts`, { token: staff.token }),
      );
      const stored = drafts.find((d) => d.id === draft.id);
      expect(stored?.programmeId).toBe(made.programme.id);
      // A later choice, on either node, finds the choice made.
      const again = await call(a, 'POST', path, {
        token: staff.token,
        body: { profileId: first.profile.id },
      });
      expect(again.status).toBe(409);
    }
  });
});
