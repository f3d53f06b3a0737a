import { apiKeys } from './api-keys.js';
import { modelMappings } from './model-mappings.js';

/** Every table of the registry, for drizzle-kit and typed queries. */
export const mappingRegistrySchema = { apiKeys, modelMappings };

export type MappingRegistrySchema = typeof mappingRegistrySchema;
