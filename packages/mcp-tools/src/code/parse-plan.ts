export interface PlanStep {
  title: string;
  detail: string;
}

const maxTitleChars = 200;
const maxDetailChars = 2_000;

function readSteps(text: string): unknown[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text.trim());
    const steps = typeof parsed === 'object' && parsed !== null ? (parsed as { steps?: unknown }).steps : undefined;
    return Array.isArray(steps) ? steps : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The steps of a plan answer, capped at `maxSteps` with titles and details cut to size. The router has
 * already checked the schema, but with escalation off (or every tier rejected) it returns the last answer
 * anyway, so nothing here trusts the shape.
 */
export function parsePlan(text: string, maxSteps: number): { steps: PlanStep[]; warnings: string[] } | undefined {
  const raw = readSteps(text);
  if (!raw) return undefined;
  const steps: PlanStep[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const { title, detail } = item as { title?: unknown; detail?: unknown };
    if (typeof title !== 'string' || title.trim() === '') continue;
    steps.push({ title: title.trim().slice(0, maxTitleChars), detail: typeof detail === 'string' ? detail.trim().slice(0, maxDetailChars) : '' });
  }
  if (steps.length === 0) return undefined;
  const warnings: string[] = [];
  if (steps.length > maxSteps) warnings.push(`the plan had ${steps.length} steps; only the first ${maxSteps} were run (max_steps)`);
  return { steps: steps.slice(0, maxSteps), warnings };
}
