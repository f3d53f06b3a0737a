import type { CatalogModel } from '@gw/providers';

/** The cooldown key of one deployment: the same model id under two providers cools down separately. */
export function deploymentKey(model: CatalogModel): string {
  return `${model.provider}/${model.id}`;
}
