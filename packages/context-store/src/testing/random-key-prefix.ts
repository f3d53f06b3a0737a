import { randomBytes } from 'node:crypto';

/** A Redis key prefix unique to one test file, so parallel runs never see each other's keys. */
export function randomKeyPrefix(label = 'test'): string {
  return `gw:${label}-${randomBytes(5).toString('hex')}:`;
}
