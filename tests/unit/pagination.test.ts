import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, pageCount, pageNumbers, pageWindow, paginate, parsePageNumber } from '@/lib/pagination';

const items = Array.from({ length: 25 }, (_, i) => `item-${i + 1}`);

describe('pageCount', () => {
  it('rounds up, and an empty list still has one page', () => {
    expect(pageCount(25, 10)).toBe(3);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageCount(1, 10)).toBe(1);
    expect(pageCount(0, 10)).toBe(1);
  });
  it('refuses a page size below 1', () => {
    expect(() => pageCount(5, 0)).toThrow('perPage');
  });
  it('uses the named page size by default', () => {
    expect(pageCount(ARTICLES_PER_PAGE + 1)).toBe(2);
  });
});

describe('paginate', () => {
  it('gives each page its items with previous and next numbers', () => {
    expect(paginate(items, 1, 10)).toEqual({ number: 1, count: 3, items: items.slice(0, 10), previous: undefined, next: 2 });
    expect(paginate(items, 2, 10)).toEqual({ number: 2, count: 3, items: items.slice(10, 20), previous: 1, next: 3 });
    expect(paginate(items, 3, 10)).toEqual({ number: 3, count: 3, items: items.slice(20), previous: 2, next: undefined });
  });
  it('puts every item on exactly one page', () => {
    const seen = pageNumbers(items.length, 10).flatMap((n) => paginate(items, n, 10)!.items);
    expect(seen).toEqual(items);
  });
  it('has no page 0, no page past the last and no fractional page', () => {
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 1.5, 10)).toBeUndefined();
  });
  it('gives an empty list one empty page', () => {
    expect(paginate([], 1, 10)).toEqual({ number: 1, count: 1, items: [], previous: undefined, next: undefined });
  });
});

describe('parsePageNumber', () => {
  it('reads plain page numbers only, so each page has one address', () => {
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('12')).toBe(12);
    expect(parsePageNumber('02')).toBeUndefined();
    expect(parsePageNumber('0')).toBeUndefined();
    expect(parsePageNumber('two')).toBeUndefined();
    expect(parsePageNumber(undefined)).toBeUndefined();
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows the ends and the pages around the current one, with gaps', () => {
    expect(pageWindow(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageWindow(25, 50)).toEqual([1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]);
    expect(pageWindow(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
  });
  it('fills a gap of one page with that page', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
  it('stays the same length however long the list', () => {
    expect(pageWindow(250, 500).length).toBe(pageWindow(25, 50).length);
  });
});
