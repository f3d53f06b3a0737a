import type { CatalogModel } from '../catalog/catalog-types.js';
import type { ModelFilter } from './provider-registry-types.js';

export function filterModels(models: readonly CatalogModel[], filter: ModelFilter | undefined): CatalogModel[] {
  if (!filter) return [...models];
  const needed = filter.capability === undefined ? [] : typeof filter.capability === 'string' ? [filter.capability] : filter.capability;
  return models.filter(
    (model) =>
      needed.every((capability) => model.capabilities.includes(capability)) &&
      (filter.provider === undefined || model.provider === filter.provider) &&
      (filter.tier === undefined || model.tier === filter.tier) &&
      (filter.maxInputPrice === undefined || model.price.input <= filter.maxInputPrice) &&
      (filter.maxOutputPrice === undefined || model.price.output <= filter.maxOutputPrice),
  );
}
