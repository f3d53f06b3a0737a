import { describe, expect, it } from 'vitest';
import {
  convertDocumentBlockFromAnthropic,
  convertImageBlockFromAnthropic,
  convertTextBlockFromAnthropic,
  systemContentFromAnthropic,
} from './convert-from-anthropic-content-blocks.js';

describe('Anthropic content blocks as Chat Completions parts', () => {
  it('turns cache_control into a prompt cache breakpoint', () => {
    expect(convertTextBlockFromAnthropic({ type: 'text', text: 'Shared prefix', cache_control: { type: 'ephemeral', ttl: '1h' } })).toEqual({
      type: 'text',
      text: 'Shared prefix',
      prompt_cache_breakpoint: { mode: 'explicit' },
    });
  });

  it('turns base64 images into data URLs and keeps image URLs', () => {
    expect([
      convertImageBlockFromAnthropic({ type: 'image', source: { type: 'base64', media_type: 'image/gif', data: 'R0lGOD' } }),
      convertImageBlockFromAnthropic({ type: 'image', source: { type: 'url', url: 'https://example.com/chart.png' } }),
    ]).toEqual([
      { type: 'image_url', image_url: { url: 'data:image/gif;base64,R0lGOD' } },
      { type: 'image_url', image_url: { url: 'https://example.com/chart.png' } },
    ]);
  });

  it('reads a plain-text document as text', () => {
    expect(
      convertDocumentBlockFromAnthropic({ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Terms and conditions' } }, 'doc'),
    ).toEqual({ type: 'text', text: 'Terms and conditions' });
  });

  it('keeps a system block as plain text unless it carries a cache breakpoint', () => {
    expect([
      systemContentFromAnthropic({ type: 'text', text: 'Be terse.' }),
      systemContentFromAnthropic({ type: 'text', text: 'Long rules', cache_control: { type: 'ephemeral' } }),
    ]).toEqual(['Be terse.', [{ type: 'text', text: 'Long rules', prompt_cache_breakpoint: { mode: 'explicit' } }]]);
  });
});
