import { actionRows, createActionPlan, readActionPlan } from '@mentoring/shared/doc/action-plan';
import {
  createSupportNetwork,
  networkMembers,
  readSupportNetwork,
} from '@mentoring/shared/doc/support-network';
import { exportFormatsOf } from '@mentoring/shared/schema/exports';
import { TEMPLATE_KINDS } from '@mentoring/shared/schema/templates/kinds';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardCsv, csvField, defuseFormula, encodeCsv, hasCsv } from './csv.js';
import { NO_REFERENCES } from './outline-values.js';

describe('CSV encoding (RFC 4180)', () => {
  it('quotes only the fields that need it and doubles quotes', () => {
    expect(csvField('plain ñ Ελληνικά')).toBe('plain ñ Ελληνικά');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF and starts with a byte order mark', () => {
    expect(
      encodeCsv([
        ['a', 'b'],
        ['1', '2,3'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,"2,3"\r\n');
  });

  it('round-trips through a CSV parser', () => {
    const records = [
      ['Acción', 'Resultado'],
      ['ñ, ç "quoted"', 'line 1\r\nline 2 ā ē ī ū š ž'],
      ['Ελληνικά', ''],
    ];
    expect(parse(encodeCsv(records), { bom: true, relax_column_count: false })).toEqual(records);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(defuseFormula('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(defuseFormula('+1')).toBe("'+1");
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('-2+3')).toBe("'-2+3");
    expect(defuseFormula('- a list item')).toBe('- a list item');
    expect(defuseFormula('plain')).toBe('plain');
  });

  it('defuses formulas behind leading spaces and line breaks, and in full-width signs', () => {
    for (const cell of [' =1+1', '- 1+1', '\n=1+1', '＝1+1', '\r\n +1', '　@SUM(A1)', '﹦1', '－1+1']) {
      expect(defuseFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['- a list item', '-', ' plain', '- Ελληνικά', 'a = b']) {
      expect(defuseFormula(cell), JSON.stringify(cell)).toBe(cell);
    }
  });
});

describe('board CSV', () => {
  it('has a header row in the programme language and one record per action', () => {
    const doc = new Y.Doc();
    createActionPlan(doc, { title: 'Plan' });
    actionRows.insert(doc, {
      by: null,
      values: {
        actions: 'Curso, "gratis" ñ',
        results: 'Ελληνικά',
        timeframe: '2025',
        lead: 'Rīga',
        resources: 'ā ē ī ū š ž',
        successMeasure: '100\npersonas',
        needs: ['challenge', 'Más cursos'],
      },
    });
    const context = { kind: 'action-plan' as const, language: 'es' as const, references: NO_REFERENCES };
    const csv = boardCsv(context, readActionPlan(doc)).toString('utf8');
    expect(csv.startsWith('\uFEFF1. Acciones,2. Resultados,')).toBe(true);
    const [header, row] = parse(csv, { bom: true }) as string[][];
    expect(header).toHaveLength(8);
    expect(row).toEqual([
      'Curso, "gratis" ñ',
      'Ελληνικά',
      '2025',
      'Rīga',
      'ā ē ī ū š ž',
      '100\npersonas',
      'Más cursos; Reto que se quiere abordar',
      '',
    ]);
  });

  it('exists for exactly the kinds that offer it', () => {
    for (const kind of TEMPLATE_KINDS) expect(hasCsv(kind), kind).toBe(exportFormatsOf(kind).includes('csv'));
    expect(hasCsv('needs-analysis')).toBe(false);
  });

  it('exists for the support network too, with option labels and yes/no', () => {
    const doc = new Y.Doc();
    createSupportNetwork(doc);
    networkMembers.insert(doc, {
      by: null,
      values: {
        name: 'Samira',
        organisation: 'Foro',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
    });
    const context = { kind: 'support-network' as const, language: 'en' as const, references: NO_REFERENCES };
    const [, row] = parse(boardCsv(context, readSupportNetwork(doc)).toString('utf8'), {
      bom: true,
    }) as string[][];
    expect(row).toEqual(['Samira', 'Foro', '', 'Migrant association', 'Yes']);
  });
});
