import type { CallLogWriter } from '@gw/context-store';
import type { MappingRegistry } from '@gw/mapping-registry';
import type { Logger, ProviderRegistry } from '@gw/providers';
import type { Router } from '@gw/router';

/** What the chat endpoints (OpenAI and Anthropic formats) need. */
export interface ChatDependencies {
  providers: ProviderRegistry;
  registry: MappingRegistry;
  router: Router;
  /** Where every chat request's one `llm_calls` row goes; without it nothing is logged (embedders). */
  callLog?: CallLogWriter;
  logger: Logger;
}
