import { describe, expect, it } from 'vitest';
import { relativeYearsIn } from '../../src/corpus/relative-years.ts';

describe('relativeYearsIn', () => {
  it.each([
    ['Last year trade grew by 20 percent.', [2025]],
    ['Ötən il ticarət dövriyyəsi 318,4 milyon dollar təşkil edib.', [2025]],
    ['Keçən ilin sonunda müqavilə imzalanıb.', [2025]],
    ['В прошлом году товарооборот составил 300 млн долларов.', [2025]],
    ['в декабре прошлого года', [2025]],
    ['지난해 교역액은 3억달러였다.', [2025]],
    ['The plant opens next year.', [2027]],
    ['Zavod gələn il istifadəyə veriləcək.', [2027]],
    ['Завод откроется в следующем году.', [2027]],
    ['공장은 내년에 문을 연다.', [2027]],
    ['Compared with last year, exports will double next year.', [2025, 2027]],
  ])('reads %s against 2026', (text, years) => {
    expect(relativeYearsIn(text, 2026)).toEqual(years);
  });

  it.each([
    'The plant opened in 2024.',
    'The yearly report was published.',
    'Bu il ticarət artıb.',
    'Ötənlərə baxmayaraq',
    'годовой отчёт прошлого века',
  ])('finds no year in %s', (text) => {
    expect(relativeYearsIn(text, 2026)).toEqual([]);
  });
});
