import { describe, expect, it } from 'vitest';
import { formatBase64DataUrl, parseBase64DataUrl } from './parse-data-url.js';

describe('parseBase64DataUrl', () => {
  it('splits media type and payload', () => {
    expect(parseBase64DataUrl('data:image/png;base64,iVBORw0KGgo=')).toEqual({ mediaType: 'image/png', data: 'iVBORw0KGgo=' });
  });

  it('skips media type parameters and lower-cases the type', () => {
    expect(parseBase64DataUrl('data:Image/JPEG;name=photo.jpg;base64,/9j/4AAQ')).toEqual({ mediaType: 'image/jpeg', data: '/9j/4AAQ' });
  });

  it('rejects URLs that are not base64 data URLs', () => {
    expect([
      parseBase64DataUrl('https://example.com/cat.png'),
      parseBase64DataUrl('data:text/plain,hello%20world'),
    ]).toEqual([undefined, undefined]);
  });

  it('formats what it parses', () => {
    const url = formatBase64DataUrl('image/webp', 'UklGRg==');
    expect(url).toBe('data:image/webp;base64,UklGRg==');
    expect(parseBase64DataUrl(url)).toEqual({ mediaType: 'image/webp', data: 'UklGRg==' });
  });
});
