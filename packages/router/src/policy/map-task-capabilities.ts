import type { ModelCapability } from '@gw/providers';
import type { TaskCapability } from '../analyze-task/task-analysis.js';

export interface ModelRequirements {
  /** Without these the request cannot work at all (images, tools, JSON mode). */
  readonly hard: readonly ModelCapability[];
  /** Skills the task needs; dropped only when no configured model in range has them (noted in the plan). */
  readonly soft: readonly ModelCapability[];
}

const hardCapabilities = new Set<TaskCapability>(['vision', 'tools', 'json']);

/** Maps the analysis's needs onto catalog capabilities; `long_context` is a context-window check, not a capability. */
export function mapTaskCapabilities(capabilities: readonly TaskCapability[]): ModelRequirements {
  const hard: ModelCapability[] = [];
  const soft: ModelCapability[] = [];
  for (const capability of capabilities) {
    if (capability === 'long_context') continue;
    if (hardCapabilities.has(capability)) hard.push(capability as ModelCapability);
    else soft.push(capability as ModelCapability);
  }
  return { hard, soft };
}
