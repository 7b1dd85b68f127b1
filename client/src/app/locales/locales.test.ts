import { describe } from 'vitest';
import { en } from './en';
import { es } from './es';
import { checkTranslations, flatten } from './translation-checks';

describe('translations', () => {
  checkTranslations(flatten(en), flatten(es));
});
