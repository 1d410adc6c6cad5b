import { describe, expect, test } from 'vitest';

import { extraPageNumbers, pageNumberFromParam, paginate } from '@/lib/content/pagination';

const items = Array.from({ length: 25 }, (_, index) => index + 1);

describe('paginate', () => {
  test('the first page holds the first perPage items', () => {
    expect(paginate(items, 1, 10)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], page: 1, pageCount: 3 });
  });

  test('the last page holds the remainder', () => {
    expect(paginate(items, 3, 10)).toEqual({ items: [21, 22, 23, 24, 25], page: 3, pageCount: 3 });
  });

  test('an exact multiple has no empty trailing page', () => {
    expect(paginate(items.slice(0, 20), 2, 10)?.pageCount).toBe(2);
    expect(paginate(items.slice(0, 20), 3, 10)).toBeUndefined();
  });

  test('page 1 of an empty list exists and is empty', () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  test('pages past the end, zero, negative and fractional pages do not exist', () => {
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, -1, 10)).toBeUndefined();
    expect(paginate(items, 1.5, 10)).toBeUndefined();
    expect(paginate(items, Number.NaN, 10)).toBeUndefined();
  });

  test('does not change the list it is given', () => {
    const list = [3, 1, 2];
    paginate(list, 1, 2);
    expect(list).toEqual([3, 1, 2]);
  });
});

describe('extraPageNumbers', () => {
  test('pages 2 and up get their own URL', () => {
    expect(extraPageNumbers(25, 10)).toEqual([2, 3]);
  });

  test('one page or none needs no extra URL', () => {
    expect(extraPageNumbers(10, 10)).toEqual([]);
    expect(extraPageNumbers(0, 10)).toEqual([]);
  });

  test('agrees with paginate on the last page', () => {
    const pages = extraPageNumbers(items.length, 7);
    expect(paginate(items, pages.at(-1)!, 7)).toBeDefined();
    expect(paginate(items, pages.at(-1)! + 1, 7)).toBeUndefined();
  });
});

describe('pageNumberFromParam', () => {
  test('plain digits are a page number', () => {
    expect(pageNumberFromParam('2')).toBe(2);
    expect(pageNumberFromParam('10')).toBe(10);
  });

  test('other spellings of a number are refused, so each page has one URL', () => {
    for (const param of ['02', '1e1', '2.0', '+2', ' 2', '2 ', '0x2', '0', '-1', '', '이']) {
      expect(pageNumberFromParam(param), param).toBeUndefined();
    }
  });
});
