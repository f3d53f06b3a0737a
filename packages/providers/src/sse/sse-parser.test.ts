import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseParser, type ServerSentEvent } from './sse-parser.js';

const encoder = new TextEncoder();

function parseAll(chunks: Uint8Array[]): ServerSentEvent[] {
  const parser = new SseParser();
  const events = chunks.flatMap((chunk) => parser.push(chunk));
  return [...events, ...parser.end()];
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((left, right) => left - right);
  const pieces: Uint8Array[] = [];
  let previous = 0;
  for (const point of points) {
    pieces.push(bytes.subarray(previous, point));
    previous = point;
  }
  pieces.push(bytes.subarray(previous));
  return pieces;
}

const anthropicStream = [
  'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","content":[]}}\n\n',
  'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"type":"text_delta","text":"héllo wörld — ✓ 🎉"}}\n\n',
  ': keep-alive comment\n\n',
  'event: ping\ndata: {"type": "ping"}\n\n',
  'event: message_stop\ndata: {"type":"message_stop"}\n\n',
].join('');

describe('SseParser', () => {
  it('parses named and unnamed events, drops comments, joins multi-line data', () => {
    const events = parseAll([encoder.encode('data: {"a":1}\n\nevent: x\ndata: line1\ndata: line2\nid: 7\n\n:comment\n\n')]);
    expect(events).toEqual([
      { event: undefined, data: '{"a":1}', id: undefined },
      { event: 'x', data: 'line1\nline2', id: '7' },
    ]);
  });

  it('accepts CRLF, lone CR and a leading BOM', () => {
    const events = parseAll([encoder.encode('\uFEFFdata: one\r\n\r\ndata: two\r\rdata:three\n\n')]);
    expect(events.map((event) => event.data)).toEqual(['one', 'two', 'three']);
  });

  it('drops a final event without its blank line and reports the partial event', () => {
    const parser = new SseParser();
    expect(parser.push('data: complete\n\ndata: {"cut": tr')).toEqual([{ event: undefined, data: 'complete', id: undefined }]);
    expect(parser.hasPartialEvent).toBe(true);
    expect(parser.end()).toEqual([]);
  });

  it('gives identical events however the bytes are split (property, 1,000 runs)', () => {
    const bytes = encoder.encode(anthropicStream + 'data: {"x":"a\\r\\nb"}\r\n\r\n' + 'data: [DONE]\n\n');
    const expected = parseAll([bytes]);
    expect(expected).toHaveLength(6);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 }), (cuts) => {
        expect(parseAll(splitAt(bytes, cuts))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits CRLF pairs across chunks without inventing blank lines (property)', () => {
    const bytes = encoder.encode('data: a\r\n\r\ndata: b\r\ndata: c\r\n\r\n');
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 10 }), (cuts) => {
        expect(parseAll(splitAt(bytes, cuts)).map((event) => event.data)).toEqual(['a', 'b\nc']);
      }),
      { numRuns: 1000 },
    );
  });
});
