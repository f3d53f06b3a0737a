import { z } from 'zod';

/** Shared argument schemas; names follow aigateway-mcp (`api_key`, `alias`, `provider_id`, `model_name`, …). */
export const apiKeyArgument = z.string().optional().describe('Your gw API key (ak_…). Optional: AIGATEWAY_API_KEY is used when absent.');
export const aliasArgument = z.string().min(1).max(64).describe('The model alias, e.g. "my-gpt" (letters, digits, ".", "_", ":", "-"; no "/").');
export const providerArgument = z.string().optional().describe('A provider configured in gw (see list_models), e.g. "openai".');
export const modelNameArgument = z.string().optional().describe('The model name at that provider, e.g. "gpt-4o-mini".');
export const targetModelArgument = z
  .string()
  .optional()
  .describe('Alternative to provider_id + model_name: a model id from list_models, or "provider/model".');
export const descriptionArgument = z.string().max(500).optional().describe('Optional note shown in listings.');
export const ownerArgument = z.string().optional().describe('Admins only: act on this user\'s mapping.');
