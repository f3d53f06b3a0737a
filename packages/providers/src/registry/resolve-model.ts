import type { CatalogModel } from '../catalog/catalog-types.js';
import type { ModelCatalog } from '../catalog/create-model-catalog.js';
import { ModelNotFoundError } from '../errors/model-not-found-error.js';

const maxListedIds = 12;

/**
 * Finds the deployments for a model string: a catalog id, or `provider/model` with a configured provider
 * (a model the catalog does not know is still callable, without a price).
 */
export function resolveModel(model: string, catalog: ModelCatalog, providers: ReadonlyMap<string, { local: boolean }>): readonly CatalogModel[] {
  const direct = catalog.find(model);
  if (direct.length > 0) return direct;
  const slash = model.indexOf('/');
  if (slash > 0) {
    const provider = model.slice(0, slash);
    const upstreamModel = model.slice(slash + 1);
    const settings = providers.get(provider);
    if (settings && upstreamModel.length > 0) {
      const known = catalog.findByUpstream(provider, upstreamModel) ?? catalog.find(upstreamModel).find((entry) => entry.provider === provider);
      if (known) return [known];
      return [
        {
          id: model,
          provider,
          upstreamModel,
          vendor: provider,
          tier: settings.local ? 0 : 1,
          price: { input: 0, output: 0 },
          contextWindow: 128_000,
          maxOutputTokens: 4096,
          capabilities: ['code', 'tools', 'json'],
          priceUnknown: true,
        },
      ];
    }
  }
  const ids = [...new Set(catalog.models.map((entry) => entry.id))];
  const listed = ids.slice(0, maxListedIds).join(', ') + (ids.length > maxListedIds ? `, … (${ids.length} in all)` : '');
  const configured = [...providers.keys()].join(', ');
  throw new ModelNotFoundError(
    model,
    `Use a catalog id (${listed || 'none configured'}) or "<provider>/<model>" with a configured provider (${configured}).`,
  );
}
