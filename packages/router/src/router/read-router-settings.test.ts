import { ConfigurationError } from '@gw/providers';
import { describe, expect, it } from 'vitest';
import { readRouterSettings } from './read-router-settings.js';

describe('readRouterSettings', () => {
  it('reads the ai-mcp-gateway routing variables, with L-prefixed layers', () => {
    expect(readRouterSettings({ DEFAULT_LAYER: 'L1', MAX_ESCALATION_LAYER: '2', ENABLE_AUTO_ESCALATE: 'false', ENABLE_CROSS_CHECK: 'true' })).toEqual({
      defaultTier: 1,
      maxTier: 2,
      escalate: false,
      crossCheck: true,
    });
    expect(readRouterSettings({})).toEqual({});
  });

  it('names the variable and the problem on bad input', () => {
    expect(() => readRouterSettings({ DEFAULT_LAYER: 'top' })).toThrow(ConfigurationError);
    expect(() => readRouterSettings({ DEFAULT_LAYER: 'top' })).toThrow(/DEFAULT_LAYER: must be a tier number/);
    expect(() => readRouterSettings({ ENABLE_CROSS_CHECK: 'maybe' })).toThrow(/ENABLE_CROSS_CHECK: must be true or false/);
    expect(() => readRouterSettings({ DEFAULT_LAYER: '3', MAX_ESCALATION_LAYER: '1' })).toThrow(/DEFAULT_LAYER: must not be above/);
  });
});
