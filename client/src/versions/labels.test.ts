import { describe, expect, it } from 'vitest';
import { fieldLabel, humanise, joinPath, templateLanguage } from './labels';

describe('labels', () => {
  it('maps app languages to template languages', () => {
    expect(templateLanguage('es-ES')).toBe('es');
    expect(templateLanguage('de')).toBe('en');
    expect(templateLanguage('fr-BE')).toBe('fr');
    expect(templateLanguage(undefined)).toBe('en');
  });
  it('humanises keys', () => {
    expect(humanise('startDate')).toBe('Start date');
    expect(humanise('lead')).toBe('Lead');
  });
  it('uses the template label where there is one', () => {
    expect(fieldLabel('en', 'action-plan', 'rows.actions')).toBe('1. Actions');
    expect(fieldLabel('es', 'action-plan', 'rows')).not.toBe('Rows');
    expect(fieldLabel('en', 'action-plan', 'rows.noSuchField')).toBe('No such field');
  });
  it('joins paths', () => {
    expect(joinPath('', 'rows')).toBe('rows');
    expect(joinPath('rows', 'actions')).toBe('rows.actions');
  });
});
