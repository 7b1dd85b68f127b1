import { onServer } from '../lib/on-server.mjs';
import { summarize } from '../lib/stats.mjs';

const SERVERS = ['ours', 'ours-redis'];
/** Boards each programme gets besides the needs analysis its draft made. */
const EXTRA_BOARDS = ['action-plan', 'monitoring', 'visit-agenda'];

async function call(base, method, path, body, token) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

const tokenOf = (link) => decodeURIComponent(new URL(link).hash.replace(/^#token=/, ''));
const context = {
  population: 200_000,
  migrantSharePercent: 10,
  governmentLevel: 'municipality',
  languages: ['en'],
};

/** A network with `count` programmes (each a draft turned programme, with four boards). */
async function seedNetwork(base, count) {
  const created = await call(base, 'POST', '/api/networks', { name: 'Bench network', language: 'en' });
  const id = created.network.id;
  const token = created.token;
  const { profile } = await call(
    base,
    'POST',
    `/api/networks/${id}/profiles`,
    {
      profile: {
        city: 'Málaga',
        country: 'Spain',
        language: 'es',
        context,
        experienceAreas: ['housing'],
        strengthFactors: [],
        topics: [],
        goodPractices: [],
        experience: '',
        transferablePractices: '',
        localContext: '',
        nationalContext: '',
      },
    },
    token,
  );
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const needs = {
        city: `City ${i}`,
        language: 'en',
        context,
        theme: 'housing',
        gapFactors: ['volunteering'],
        topics: [],
        challenge: `Challenge ${i}`,
        learningFromOthers: '',
      };
      const { draft } = await call(
        base,
        'POST',
        `/api/networks/${id}/drafts`,
        { title: `Programme ${i}`, needs },
        token,
      );
      const made = await call(
        base,
        'POST',
        `/api/networks/${id}/drafts/${draft.id}/choose`,
        { profileId: profile.id },
        token,
      );
      const facilitator = tokenOf(made.facilitatorLink);
      for (const kind of EXTRA_BOARDS)
        await call(
          base,
          'POST',
          `/api/programmes/${made.programme.id}/boards`,
          { kind, title: kind },
          facilitator,
        );
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
  return { id, token };
}

async function timedRead(base, network, count) {
  const t0 = performance.now();
  const table = await call(base, 'GET', `/api/networks/${network.id}/programmes`, undefined, network.token);
  const ms = performance.now() - t0;
  if (table.programmes.length !== count)
    throw new Error(`table has ${table.programmes.length} rows, not ${count}`);
  return ms;
}

const THEMES = ['reception', 'language-learning', 'employment', 'education', 'housing', 'health'];
const FACTORS = ['know-demand', 'enough-offer', 'one-door', 'volunteering', 'coordination', 'staff-skills'];

/**
 * The second scale figure: ranking the candidates of one needs analysis over a pool of
 * `pool` profiles (varied themes and strengths, so every profile scores), timed through the API.
 */
async function timedRanking(base, network, pool, reads) {
  for (let i = 1; i < pool; i++) {
    await call(
      base,
      'POST',
      `/api/networks/${network.id}/profiles`,
      {
        profile: {
          city: `Mentor ${i}`,
          country: 'Spain',
          language: i % 2 ? 'es' : 'el',
          context: { ...context, population: 20_000 * (1 + (i % 40)) },
          experienceAreas: [THEMES[i % THEMES.length], THEMES[(i + 2) % THEMES.length]],
          strengthFactors: [FACTORS[i % FACTORS.length], FACTORS[(i + 3) % FACTORS.length]],
          topics: [],
          goodPractices: [],
          experience: `Experience ${i}`,
          transferablePractices: '',
          localContext: '',
          nationalContext: '',
        },
      },
      network.token,
    );
  }
  const needs = {
    city: 'Ranked city',
    language: 'en',
    context,
    theme: 'housing',
    gapFactors: ['volunteering', 'one-door'],
    topics: [],
    challenge: 'Finding homes for newcomers',
    learningFromOthers: '',
  };
  const { draft } = await call(
    base,
    'POST',
    `/api/networks/${network.id}/drafts`,
    { title: 'Ranked', needs },
    network.token,
  );
  const path = `/api/networks/${network.id}/drafts/${draft.id}/matches`;
  const times = [];
  for (let i = 0; i <= reads; i++) {
    const t0 = performance.now();
    const answer = await call(base, 'GET', path, undefined, network.token);
    // The first answer loads the pool from the store; the rest are what a person clicking sees.
    if (i > 0) times.push(performance.now() - t0);
    if (answer.matches.length < pool) throw new Error(`${answer.matches.length} matches, not ${pool}`);
  }
  return summarize(times);
}

async function measure(deployment, count, reads) {
  const base = deployment.httpUrl(0);
  const network = await seedNetwork(base, count);
  await timedRead(base, network, count); // the first read after seeding warms the rooms
  const warm = [];
  for (let i = 0; i < reads; i++) warm.push(await timedRead(base, network, count));
  await deployment.kill('SIGTERM');
  await deployment.restart();
  const afterRestart = await timedRead(base, network, count);
  const rankingMs = await timedRanking(base, network, 200, reads);
  return { warmMs: summarize(warm), afterRestartMs: Math.round(afterRestart), rankingMs };
}

/**
 * Scenario 9 (issue 15): the coordinator's table of a network with many programmes (four boards
 * each), read warm (p50/p99 of repeated reads) and once right after a restart (nothing in memory).
 * The target is under 300 ms on both stores.
 */
export async function networks({ quick }) {
  const count = quick ? 50 : 200;
  const reads = quick ? 10 : 30;
  const results = {};
  for (const name of SERVERS) {
    console.log(`  coordinator's table, ${count} programmes: ${name}`);
    results[name] = await onServer(name, (d) => measure(d, count, reads), 600_000);
  }
  const rows = Object.entries(results).map(([name, r]) =>
    r.error
      ? [name, `error: ${r.error}`]
      : [name, count, r.warmMs.p50, r.warmMs.p99, r.afterRestartMs, r.rankingMs.p50, r.rankingMs.p99],
  );
  return {
    title: `9. Coordinator's table (${count} programmes, ${reads} warm reads)`,
    columns: [
      'server',
      'programmes',
      'warm p50 ms',
      'warm p99 ms',
      'first read after restart ms',
      'ranking 200 profiles p50 ms',
      'p99 ms',
    ],
    rows,
    comparisons: [],
    results,
  };
}
