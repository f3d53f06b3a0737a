import { GatewayError, type ProviderRegistry } from '@gw/providers';

export type ModelChoice = { kind: 'router' } | { kind: 'model'; model: string | undefined };

export interface ChooseModelOptions {
  routerAvailable: boolean;
  defaultModel?: string;
  passThroughProvider?: string;
}

function passThrough(model: string, registry: ProviderRegistry, provider: string | undefined): string {
  if (!provider) return model;
  try {
    registry.resolveModel(model);
    return model;
  } catch (error) {
    // mcp-ai-gateway sent any name to its one upstream; with one provider, gw does the same for names it does not know.
    if (GatewayError.isInstance(error) && error.code === 'model_not_found') return `${provider}/${model}`;
    throw error;
  }
}

/**
 * `auto`: the router when there is one. No model: the operator's default model (mcp-ai-gateway's
 * `DEFAULT_MODEL`), and the router only when no default is set. A named model goes as given (catalog id or
 * `provider/model`), or to the single provider when the catalog does not know it.
 */
export function chooseModel(requested: string | undefined, registry: ProviderRegistry, options: ChooseModelOptions): ModelChoice {
  const defaultIsAuto = options.defaultModel === undefined || options.defaultModel === 'auto';
  const wantsChoice = requested === 'auto' || (requested === undefined && defaultIsAuto);
  if (wantsChoice && options.routerAvailable) return { kind: 'router' };
  const model = requested === undefined || requested === 'auto' ? options.defaultModel : requested;
  if (model === undefined || model === 'auto') return { kind: 'model', model: undefined };
  return { kind: 'model', model: passThrough(model, registry, options.passThroughProvider) };
}
