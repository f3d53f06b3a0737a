/** One server-sent event. `event` is undefined for unnamed events (OpenAI); Anthropic names every event. */
export interface ServerSentEvent {
  event: string | undefined;
  data: string;
  id: string | undefined;
}

/**
 * Incremental SSE decoder (WHATWG event-stream rules): feed it byte chunks split anywhere — inside a
 * multi-byte character, inside `\r\n` — and it yields each complete event once. Comments (`:`) and
 * events without data are dropped, as the spec says.
 */
export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  private buffer = '';
  private dataLines: string[] = [];
  private eventName: string | undefined;
  private lastEventId: string | undefined;
  private pendingCarriageReturn = false;
  private seenFirstChunk = false;

  /** Decodes a chunk and returns the events it completed. */
  push(chunk: Uint8Array | string): ServerSentEvent[] {
    let text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    if (!this.seenFirstChunk && text.length > 0) {
      this.seenFirstChunk = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return this.consume(text);
  }

  /** Flushes the decoder at end of input. A final event not followed by a blank line is incomplete and dropped, per spec. */
  end(): ServerSentEvent[] {
    return this.consume(this.decoder.decode());
  }

  /** True when bytes of an unfinished line or event are buffered: the stream stopped mid-event. */
  get hasPartialEvent(): boolean {
    return this.buffer.length > 0 || this.dataLines.length > 0;
  }

  private consume(text: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    let start = 0;
    if (this.pendingCarriageReturn && text.charCodeAt(0) === 10) start = 1;
    this.pendingCarriageReturn = false;
    let input = this.buffer.length > 0 ? this.buffer + text.slice(start) : text.slice(start);
    this.buffer = '';
    let lineStart = 0;
    for (let index = 0; index < input.length; index++) {
      const code = input.charCodeAt(index);
      if (code !== 10 && code !== 13) continue;
      this.processLine(input.slice(lineStart, index), events);
      if (code === 13) {
        if (index + 1 < input.length) {
          if (input.charCodeAt(index + 1) === 10) index++;
        } else {
          this.pendingCarriageReturn = true;
        }
      }
      lineStart = index + 1;
    }
    this.buffer = input.slice(lineStart);
    input = '';
    return events;
  }

  private processLine(line: string, events: ServerSentEvent[]): void {
    if (line.length === 0) {
      if (this.dataLines.length > 0) {
        events.push({ event: this.eventName, data: this.dataLines.join('\n'), id: this.lastEventId });
      }
      this.dataLines = [];
      this.eventName = undefined;
      return;
    }
    if (line.charCodeAt(0) === 58) return; // ':' comment
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') this.dataLines.push(value);
    else if (field === 'event') this.eventName = value;
    else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
  }
}
