import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.js';

describe('paginate', () => {
  const items = Array.from({ length: 7 }, (_, index) => index);
  it('pages 1-based and reports whether more follow', () => {
    expect(paginate(items, { page: 3, page_size: 3 })).toEqual({ items: [6], total: 7, offset: 6, limit: 3, page: 3, page_size: 3, has_more: false });
    expect(paginate(items, { limit: 2, offset: 1 })).toMatchObject({ items: [1, 2], has_more: true, page: 1 });
    expect(paginate(items, {})).toMatchObject({ items, limit: 50, has_more: false });
    expect(paginate(items, { page: 9 })).toMatchObject({ items: [], has_more: false });
  });
});
