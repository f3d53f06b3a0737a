import { describe, expect, it } from 'vitest';
import { ContextStoreError } from '../errors/context-store-error.js';
import { loadContextStoreConfig } from './load-context-store-config.js';

describe('loadContextStoreConfig', () => {
  it('defaults to in-memory PGlite and an in-memory hot tier', () => {
    expect(loadContextStoreConfig({})).toEqual({
      database: { kind: 'pglite' },
      hotTier: { kind: 'memory' },
      keyPrefix: 'gw:',
      hotTierTtlSeconds: 3600,
    });
  });

  it('keeps PGlite in GW_DATA_DIR when set', () => {
    expect(loadContextStoreConfig({ GW_DATA_DIR: '/var/lib/gw/' }).database).toEqual({ kind: 'pglite', dataDir: '/var/lib/gw/pglite' });
  });

  it('prefers DATABASE_URL and REDIS_URL', () => {
    const config = loadContextStoreConfig({
      DATABASE_URL: 'postgres://gw@db:5432/gw',
      DB_HOST: 'ignored',
      REDIS_URL: 'redis://cache:6379/2',
      REDIS_HOST: 'ignored',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://gw@db:5432/gw' });
    expect(config.hotTier).toEqual({ kind: 'redis', url: 'redis://cache:6379/2' });
  });

  it('builds URLs from DB_* and REDIS_* with encoded credentials', () => {
    const config = loadContextStoreConfig({
      DB_HOST: 'db.internal',
      DB_PORT: '6543',
      DB_USER: 'gateway',
      DB_PASSWORD: 'pass word@1',
      DB_NAME: 'gw_prod',
      REDIS_HOST: 'cache.internal',
      REDIS_PORT: '6380',
      REDIS_PASSWORD: 'redis word',
      REDIS_DB: '3',
      GW_REDIS_KEY_PREFIX: 'tenant-a:',
      GW_CONTEXT_TTL_SECONDS: '1800',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://gateway:pass%20word%401@db.internal:6543/gw_prod' });
    expect(config.hotTier).toEqual({ kind: 'redis', url: 'redis://:redis%20word@cache.internal:6380/3' });
    expect(config.keyPrefix).toBe('tenant-a:');
    expect(config.hotTierTtlSeconds).toBe(1800);
  });

  it('rejects invalid values with a ContextStoreError that does not echo secrets', () => {
    expect(() => loadContextStoreConfig({ DB_HOST: 'db', DB_PORT: 'abc' })).toThrow(ContextStoreError);
    expect(() => loadContextStoreConfig({ REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL must start with redis:\/\//);
    try {
      loadContextStoreConfig({ DATABASE_URL: 'mysql://user:secret-word@db/gw' });
      expect.unreachable();
    } catch (error) {
      expect(ContextStoreError.isInstance(error) && error.code).toBe('CONFIG_INVALID');
      expect(String(error)).not.toContain('secret-word');
    }
  });
});
