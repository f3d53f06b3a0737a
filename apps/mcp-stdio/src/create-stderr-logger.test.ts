import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { createStderrLogger } from './create-stderr-logger.js';

function capture(level: Parameters<typeof createStderrLogger>[0]) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (data: Buffer) => (text += data.toString()));
  return { logger: createStderrLogger(level, stream), text: () => text };
}

it('writes one JSON line per entry at or above the level', () => {
  const { logger, text } = capture('warn');
  logger.debug('hidden');
  logger.info('hidden too');
  logger.warn('shown', { attempt: 2 });
  logger.error('also shown');
  const lines = text().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.map((line) => [line.level, line.message])).toEqual([
    ['warn', 'shown'],
    ['error', 'also shown'],
  ]);
  expect(lines[0]).toMatchObject({ name: 'gw-mcp', attempt: 2, time: expect.any(String) });
});

it('silent writes nothing', () => {
  const { logger, text } = capture('silent');
  logger.error('nothing');
  expect(text()).toBe('');
});
