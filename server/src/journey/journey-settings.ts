import {
  applyJourneyChange,
  EMPTY_SETTINGS,
  JOURNEY_ROOT,
  type JourneyChange,
  type JourneySettings,
  JourneySettingsSchema,
  journeyDocId,
} from '@mentoring/shared/journey/settings';
import * as Y from 'yjs';
import type { Rooms } from '../sync/rooms.js';

/**
 * Where the facilitator's journey choices live: a Y.Doc of the programme's own (not a board, so no
 * client can open it: only the server writes it, through `rooms.change`, which stores the update
 * durably before it resolves and runs changes to one document one after another, so two
 * facilitators' changes never overwrite each other). One Y.Map `journey`, one key per setting.
 */

const ROOT = JOURNEY_ROOT;

/** The settings in `doc`; anything malformed reads as no choice made. */
export function readSettings(doc: Y.Doc): JourneySettings {
  const map = doc.getMap(ROOT);
  const parsed = JourneySettingsSchema.safeParse({
    skipped: map.get('skipped') ?? [],
    completed: map.get('completed') ?? [],
    added: map.get('added') ?? [],
  });
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

/** Writes `settings` into `doc` (only the keys that differ). */
export function writeSettings(doc: Y.Doc, settings: JourneySettings): void {
  const map = doc.getMap(ROOT);
  doc.transact(() => {
    for (const key of ['skipped', 'completed', 'added'] as const) {
      if (JSON.stringify(map.get(key) ?? []) !== JSON.stringify(settings[key])) map.set(key, settings[key]);
    }
  });
}

export interface JourneySettingsStore {
  get(programmeId: string): Promise<JourneySettings>;
  /** Applies `change` and resolves with the settings once stored. */
  change(programmeId: string, change: JourneyChange): Promise<JourneySettings>;
}

export function createJourneySettingsStore(rooms: Rooms): JourneySettingsStore {
  return {
    get: (programmeId) => rooms.read(journeyDocId(programmeId), readSettings),
    change: (programmeId, change) =>
      rooms.change(journeyDocId(programmeId), (doc) => {
        const next = applyJourneyChange(readSettings(doc), change);
        writeSettings(doc, next);
        return next;
      }),
  };
}

/** The encoded journey document holding `settings` (an import's new programme starts from it). */
export function settingsState(settings: JourneySettings): Uint8Array {
  const doc = new Y.Doc();
  try {
    writeSettings(doc, settings);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
