import { describe, expect, it } from 'vitest';
import { parseCliArguments } from './parse-cli-arguments.js';

describe('parseCliArguments', () => {
  it('defaults to 127.0.0.1:18081', () => {
    expect(parseCliArguments([])).toEqual({ port: 18081, host: '127.0.0.1', chunkDelayMs: 0, rules: [], help: false });
  });

  it('reads --flag value and --flag=value forms', () => {
    expect(parseCliArguments(['--port', '0', '--host=0.0.0.0', '--chunk-delay', '5', '--rule', 'latency=1', '--rule=status=500 times=1'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      chunkDelayMs: 5,
      rules: ['latency=1', 'status=500 times=1'],
      help: false,
    });
  });

  it('rejects bad values and unknown flags with a message that says what to fix', () => {
    expect(() => parseCliArguments(['--port', 'abc'])).toThrow(/--port needs a non-negative whole number/);
    expect(() => parseCliArguments(['--port', '70000'])).toThrow(/at most 65535/);
    expect(() => parseCliArguments(['--verbose'])).toThrow(/Unknown argument "--verbose"/);
  });
});
