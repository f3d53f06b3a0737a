import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TOKENS, countMessageAttachments, IMAGE_TOKENS, LOW_DETAIL_IMAGE_TOKENS } from './count-message-attachments.js';

describe('countMessageAttachments', () => {
  it('counts images by detail and other attachments at a flat cost', () => {
    expect(
      countMessageAttachments({
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: 'a' } },
          { type: 'image_url', image_url: { url: 'b', detail: 'low' } },
          { type: 'input_audio', input_audio: { data: '', format: 'wav' } },
          { type: 'text', text: 'hi' },
        ],
      }),
    ).toEqual({ images: 2, tokens: IMAGE_TOKENS + LOW_DETAIL_IMAGE_TOKENS + ATTACHMENT_TOKENS });
  });

  it('finds nothing in text-only or malformed messages', () => {
    expect(countMessageAttachments({ role: 'user', content: 'hi' })).toEqual({ images: 0, tokens: 0 });
    expect(countMessageAttachments(undefined)).toEqual({ images: 0, tokens: 0 });
    expect(countMessageAttachments({ content: [null, { type: 'image_url' }] })).toEqual({ images: 1, tokens: IMAGE_TOKENS });
  });
});
