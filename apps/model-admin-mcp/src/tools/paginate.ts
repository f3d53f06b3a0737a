export interface PageArguments {
  page?: number;
  page_size?: number;
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
  page: number;
  page_size: number;
  has_more: boolean;
}

const defaultSize = 50;

/** `page`/`page_size` (1-based) or `limit`/`offset`; page arguments win when both are given. */
export function paginate<T>(items: readonly T[], options: PageArguments): Page<T> {
  const usePages = options.page !== undefined || options.page_size !== undefined;
  const limit = usePages ? (options.page_size ?? defaultSize) : (options.limit ?? defaultSize);
  const offset = usePages ? ((options.page ?? 1) - 1) * limit : (options.offset ?? 0);
  return {
    items: items.slice(offset, offset + limit),
    total: items.length,
    offset,
    limit,
    page: Math.floor(offset / limit) + 1,
    page_size: limit,
    has_more: offset + limit < items.length,
  };
}
