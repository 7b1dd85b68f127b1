import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type FieldInfo, templateFields } from '../schema/templates/fields.js';
import { TEMPLATE_KINDS } from '../schema/templates/kinds.js';
import { templateSchemas } from '../schema/templates/registry.js';
import { ItemKey } from './items.js';
import type { RecordSpec } from './layout.js';
import { readTemplate, templateDocs } from './registry.js';

function specFields(spec: RecordSpec, prefix = ''): FieldInfo[] {
  return [
    ...spec.texts.map((key) => ({ path: `${prefix}${key}`, type: 'text' as const })),
    ...Object.keys(spec.scalars).map((key) => ({ path: `${prefix}${key}`, type: 'value' as const })),
    ...spec.sets.map((key) => ({ path: `${prefix}${key}`, type: 'set' as const })),
    ...Object.entries(spec.lists).flatMap(([key, child]) => [
      { path: `${prefix}${key}`, type: 'list' as const },
      ...specFields(child, `${prefix}${key}.`),
    ]),
  ];
}

function allSpecs(spec: RecordSpec): RecordSpec[] {
  return [spec, ...Object.values(spec.lists).flatMap(allSpecs)];
}

const byPath = (a: FieldInfo, b: FieldInfo) => (a.path < b.path ? -1 : 1);

describe('doc layouts', () => {
  it.each(TEMPLATE_KINDS)(
    '%s: the layout has exactly the fields of the schema, with matching types',
    (kind) => {
      const fromSchema = templateFields(templateSchemas[kind]).filter((field) => field.type !== 'group');
      const fromSpec = specFields(templateDocs[kind].spec);
      expect(fromSpec.sort(byPath)).toEqual(fromSchema.sort(byPath));
      expect(templateDocs[kind].spec.kind).toBe(kind);
    },
  );

  it.each(TEMPLATE_KINDS)('%s: no item field collides with the item bookkeeping keys', (kind) => {
    const reserved = new Set<string>(Object.values(ItemKey));
    for (const spec of allSpecs(templateDocs[kind].spec)) {
      const keys = [...spec.texts, ...Object.keys(spec.scalars), ...spec.sets, ...Object.keys(spec.lists)];
      expect(keys.filter((key) => reserved.has(key))).toEqual([]);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('template registry', () => {
  it.each(TEMPLATE_KINDS)('%s: creates once and reads a valid empty board', (kind) => {
    const doc = new Y.Doc();
    expect(templateDocs[kind].create(doc)).toBe(true);
    expect(templateDocs[kind].create(doc)).toBe(false);
    const json = readTemplate(kind, doc);
    expect(json.kind).toBe(kind);
    expect(templateSchemas[kind].parse(json)).toEqual(json);
  });
});
