import { describe, expect, it } from 'vitest';
import { sortByTerm, sortKey } from '../src/utils/glossary-order';

const order = (terms: string[], lang: string) => sortByTerm(terms, lang, (t) => t);

describe('glossary order', () => {
  it('ignores the Arabic article «ال»', () => {
    expect(sortKey('التطرف', 'ar')).toBe('تطرف');
    expect(sortKey('ألم', 'ar')).toBe('ألم');
    expect(sortKey('الضغط', 'ar')).toBe('ضغط');
    expect(sortKey('The Call', 'en')).toBe('The Call');
  });

  it('files Arabic terms by their first letter after the article', () => {
    expect(
      order(['مسار التطرّف', 'التطرف', 'تقرير الشفافية', 'الدعاية', 'بثّ الخوف', 'العزل'], 'ar'),
    ).toEqual(['بثّ الخوف', 'التطرف', 'تقرير الشفافية', 'الدعاية', 'العزل', 'مسار التطرّف']);
  });

  it('orders English terms as they are', () => {
    expect(order(['Swarmcast', 'Astroturfing', 'Prebunking'], 'en')).toEqual([
      'Astroturfing',
      'Prebunking',
      'Swarmcast',
    ]);
  });
});
