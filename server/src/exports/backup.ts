import { fileName, uniqueName } from '@mentoring/shared/export/file-name';
import { journeyDocId } from '@mentoring/shared/journey/settings';
import { type Backup, type BackupVersion, exportFormatsOf } from '@mentoring/shared/schema/exports';
import type { Language, Programme } from '@mentoring/shared/schema/programme';
import { type Zippable, zipSync } from 'fflate';
import { FORMAT_VERSION } from '../format/version.js';
import { readSettings } from '../journey/journey-settings.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';
import { exportBoard } from './board-export.js';
import { type BoardSnapshot, readBoard, referencesOf } from './board-snapshot.js';

/** What a backup reads. */
export interface BackupDeps {
  readonly programmes: ProgrammeStore;
  readonly docs: DocStore;
  readonly rooms: Rooms;
}

async function versionsOf(docs: DocStore, docId: string): Promise<BackupVersion[]> {
  const versions: BackupVersion[] = [];
  for (const meta of await docs.listVersions(docId)) {
    const state = await docs.loadVersion(docId, meta.id);
    if (state) versions.push({ meta, state: Buffer.from(state).toString('base64') });
  }
  return versions;
}

/**
 * The JSON backup of a programme: its record, members, the facilitator's journey choices, and every
 * board with its content, full Yjs state and named versions. Boards are read one after another, to bound memory.
 */
export async function programmeBackup(
  deps: BackupDeps,
  programme: Programme,
  exportedAt: string,
): Promise<{ backup: Backup; snapshots: BoardSnapshot[] }> {
  const [boards, members, journey] = await Promise.all([
    deps.programmes.listBoards(programme.id),
    deps.programmes.listMembers(programme.id),
    deps.rooms.read(journeyDocId(programme.id), readSettings),
  ]);
  const snapshots: BoardSnapshot[] = [];
  const backupBoards: Backup['boards'] = [];
  for (const board of boards) {
    const snapshot = await readBoard(deps.rooms, board);
    snapshots.push(snapshot);
    backupBoards.push({
      ...board,
      content: snapshot.content,
      yjsUpdate: Buffer.from(snapshot.state).toString('base64'),
      versions: await versionsOf(deps.docs, board.docId),
    });
  }
  const backup: Backup = {
    format: 'mentoring-board-backup',
    // The data format of everything in it: an import migrates an older backup, refuses a newer one.
    version: FORMAT_VERSION,
    exportedAt,
    programme,
    boards: backupBoards,
    members,
    journey,
  };
  return { backup, snapshots };
}

/** The name of a programme's backup ZIP: `<programme> - backup <date>.zip`. */
export function backupFileName(programme: Programme, exportedAt: string): string {
  return fileName([programme.title, `backup ${exportedAt.slice(0, 10)}`], 'zip');
}

/**
 * The programme ZIP: `backup.json` (see {@link programmeBackup}; what `POST /api/import` takes) and
 * every board in every format its kind offers, named after the board, with labels in `language`.
 */
export async function programmeZip(
  deps: BackupDeps,
  programme: Programme,
  exportedAt: string,
  language: Language = programme.language,
): Promise<Buffer> {
  const { backup, snapshots } = await programmeBackup(deps, programme, exportedAt);
  const references = referencesOf(
    snapshots.map((s) => s.board),
    snapshots,
  );
  const taken = new Set<string>(['backup']);
  const files: Zippable = {
    'backup.json': [new TextEncoder().encode(`${JSON.stringify(backup, null, 2)}\n`), { level: 6 }],
  };
  for (const snapshot of snapshots) {
    // One name per board for all its files (`Plan.docx`, `Plan.pdf`), numbered when titles repeat.
    const base = uniqueName(fileName([snapshot.board.title], '', 'board'), taken);
    for (const format of exportFormatsOf(snapshot.board.kind)) {
      const file = await exportBoard(programme, snapshot, format, references, exportedAt, language);
      // DOCX is already compressed, PDF streams mostly: storing them saves time, not space.
      const level = format === 'json' || format === 'csv' ? 6 : 0;
      files[`${base}.${format}`] = [file.body, { level }];
    }
  }
  return Buffer.from(zipSync(files, { mtime: new Date(exportedAt) }));
}
