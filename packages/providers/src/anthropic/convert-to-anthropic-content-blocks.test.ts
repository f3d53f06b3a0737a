import { describe, expect, it } from 'vitest';
import { convertImagePartToAnthropic, convertUserPartToAnthropic } from './convert-to-anthropic-content-blocks.js';

describe('convertUserPartToAnthropic', () => {
  it('turns a cache breakpoint into cache_control', () => {
    expect(
      convertUserPartToAnthropic({ type: 'text', text: 'A long shared prefix', prompt_cache_breakpoint: { mode: 'explicit' } }, 'messages[0].content[0]'),
    ).toEqual({ type: 'text', text: 'A long shared prefix', cache_control: { type: 'ephemeral' } });
  });

  it('reads a PDF file part as a document block', () => {
    expect(
      convertUserPartToAnthropic(
        { type: 'file', file: { file_data: 'data:application/pdf;base64,JVBERi0xLjQ=', filename: 'invoice.pdf' } },
        'messages[0].content[1]',
      ),
    ).toEqual({
      type: 'document',
      source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0xLjQ=' },
      title: 'invoice.pdf',
    });
  });

  it('rejects a file part that only names OpenAI’s file store', () => {
    expect(() => convertUserPartToAnthropic({ type: 'file', file: { file_id: 'file-abc123' } }, 'messages[2].content[0]')).toThrow(
      "messages[2].content[0]: file parts need file_data; file_id refers to OpenAI's file store, which Anthropic cannot read",
    );
  });
});

describe('convertImagePartToAnthropic', () => {
  it('reads data URLs, normalising image/jpg', () => {
    expect(convertImagePartToAnthropic({ type: 'image_url', image_url: { url: 'data:image/jpg;base64,/9j/4AAQ' } }, 'image')).toEqual({
      type: 'image',
      source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQ' },
    });
  });

  it('passes http(s) URLs as url sources', () => {
    expect(convertImagePartToAnthropic({ type: 'image_url', image_url: { url: 'https://example.com/a.webp' } }, 'image')).toEqual({
      type: 'image',
      source: { type: 'url', url: 'https://example.com/a.webp' },
    });
  });

  it('rejects other URL schemes', () => {
    expect(() =>
      convertImagePartToAnthropic({ type: 'image_url', image_url: { url: 'file:///etc/passwd' } }, 'messages[1].content[0]'),
    ).toThrow('messages[1].content[0]: image_url must be a base64 data URL or an http(s) URL');
  });
});
