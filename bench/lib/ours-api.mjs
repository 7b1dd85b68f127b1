/**
 * The HTTP calls a user makes before opening a board on our server: create a programme (its creator
 * gets a facilitator token), then boards in it. Every document needs such a token; the baselines
 * accept any document name.
 */
async function call(baseUrl, method, path, body, token) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Creates a programme; returns its id and the facilitator token. */
export async function createProgramme(baseUrl) {
  const created = await call(baseUrl, 'POST', '/api/programmes', {
    title: 'Benchmark',
    menteeCity: 'Riga',
    mentorCity: 'Málaga',
    language: 'en',
  });
  return { programmeId: created.programme.id, token: created.facilitatorToken };
}

/** Creates `count` boards in a programme (a few requests at a time); returns their document ids. */
export async function createBoards(baseUrl, programme, count, kind = 'canvas') {
  const ids = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const index = next++;
      const body = { kind, title: `Board ${index}` };
      const created = await call(
        baseUrl,
        'POST',
        `/api/programmes/${programme.programmeId}/boards`,
        body,
        programme.token,
      );
      ids[index] = created.board.docId;
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, count) }, lane));
  return ids;
}
