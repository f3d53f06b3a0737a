export interface MockModel {
  id: string;
  displayName: string;
}

/** The models `GET /v1/models` lists. Any other model id is answered too: the mock never rejects a model. */
export const mockModels: readonly MockModel[] = [
  { id: 'gpt-4o-mini', displayName: 'GPT-4o mini' },
  { id: 'gpt-4o', displayName: 'GPT-4o' },
  { id: 'o4-mini', displayName: 'o4-mini' },
  { id: 'claude-haiku-4-5', displayName: 'Claude Haiku 4.5' },
  { id: 'claude-sonnet-4-5', displayName: 'Claude Sonnet 4.5' },
  { id: 'mock-small', displayName: 'Mock Small' },
  { id: 'mock-large', displayName: 'Mock Large' },
];

const createdSeconds = 1_735_689_600; // 2025-01-01T00:00:00Z, fixed so lists are deterministic.

export function renderOpenAiModelList() {
  return { object: 'list', data: mockModels.map((model) => ({ id: model.id, object: 'model', created: createdSeconds, owned_by: 'mock' })) };
}

export function renderAnthropicModelList() {
  const createdAt = new Date(createdSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const data = mockModels.map((model) => ({ type: 'model', id: model.id, display_name: model.displayName, created_at: createdAt }));
  return { data, has_more: false, first_id: data.at(0)?.id ?? null, last_id: data.at(-1)?.id ?? null };
}
