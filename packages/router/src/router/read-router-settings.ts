import { ConfigurationError } from '@gw/providers';

export interface RouterSettings {
  defaultTier?: number;
  maxTier?: number;
  escalate?: boolean;
  crossCheck?: boolean;
}

function readTier(environment: Record<string, string | undefined>, name: string): number | undefined {
  const text = environment[name]?.trim();
  if (!text) return undefined;
  // ai-mcp-gateway wrote layers as L0..L3; accept both spellings.
  const match = /^L?(\d)$/i.exec(text);
  if (!match) throw new ConfigurationError(name, `must be a tier number 0-9 or L0-L9 (got "${text}")`);
  return Number(match[1]);
}

function readFlag(environment: Record<string, string | undefined>, name: string): boolean | undefined {
  const text = environment[name]?.trim().toLowerCase();
  if (!text) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new ConfigurationError(name, `must be true or false (got "${text}")`);
}

/** The ai-mcp-gateway routing variables: DEFAULT_LAYER, MAX_ESCALATION_LAYER, ENABLE_AUTO_ESCALATE, ENABLE_CROSS_CHECK. */
export function readRouterSettings(environment: Record<string, string | undefined>): RouterSettings {
  const settings: RouterSettings = {};
  const defaultTier = readTier(environment, 'DEFAULT_LAYER');
  const maxTier = readTier(environment, 'MAX_ESCALATION_LAYER');
  const escalate = readFlag(environment, 'ENABLE_AUTO_ESCALATE');
  const crossCheck = readFlag(environment, 'ENABLE_CROSS_CHECK');
  if (defaultTier !== undefined) settings.defaultTier = defaultTier;
  if (maxTier !== undefined) settings.maxTier = maxTier;
  if (escalate !== undefined) settings.escalate = escalate;
  if (crossCheck !== undefined) settings.crossCheck = crossCheck;
  if (defaultTier !== undefined && maxTier !== undefined && defaultTier > maxTier) {
    throw new ConfigurationError('DEFAULT_LAYER', `must not be above MAX_ESCALATION_LAYER (${defaultTier} > ${maxTier})`);
  }
  return settings;
}
