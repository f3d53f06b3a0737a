import { startMockLlm, type MockLlm, type RecordedRequest } from '@gw/mock-llm';
import { createProviderRegistry, type CanonicalResponse, type ModelCapability, type ProviderRegistry } from '@gw/providers';
import { createInMemoryCooldownStore, createRouter, type Router, type RouterOptions, type RoutingTrace } from '../src/index.js';

const allCapabilities: ModelCapability[] = ['code', 'vision', 'tools', 'json', 'reasoning'];

/** Upstream model name = catalog id, so the mock's echo `[<model>] echo: …` names the deployment that answered. */
const deployments = [
  { id: 'tier0-a', provider: 'mock-openai', tier: 0, price: { input: 0, output: 0 } },
  { id: 'tier1-a', provider: 'mock-openai', tier: 1, price: { input: 1, output: 2 } },
  { id: 'tier1-b', provider: 'mock-anthropic', tier: 1, price: { input: 1.5, output: 3 } },
  { id: 'tier2-a', provider: 'mock-anthropic', tier: 2, price: { input: 3, output: 15 } },
  { id: 'tier3-a', provider: 'mock-openai', tier: 3, price: { input: 15, output: 60 } },
  // Reviewers, arbiter and judge sit above every routing tier, so the router never plans them as answerers.
  { id: 'review-a', provider: 'mock-openai', tier: 9, price: { input: 0.5, output: 1 } },
  { id: 'review-b', provider: 'mock-anthropic', tier: 9, price: { input: 0.5, output: 1 } },
  { id: 'arbiter-a', provider: 'mock-openai', tier: 9, price: { input: 2, output: 8 } },
  { id: 'judge-a', provider: 'mock-openai', tier: 9, price: { input: 0.1, output: 0.2 } },
];

export function createMockRegistry(mock: MockLlm): ProviderRegistry {
  return createProviderRegistry({
    builtInModels: false,
    providers: [
      { id: 'mock-openai', format: 'openai', baseURL: `${mock.url}/v1`, apiKey: 'test-openai-key' },
      { id: 'mock-anthropic', format: 'anthropic', baseURL: mock.url, apiKey: 'test-anthropic-key' },
    ],
    models: deployments.map((deployment) => ({
      ...deployment,
      upstreamModel: deployment.id,
      contextWindow: 128_000,
      maxOutputTokens: 4_096,
      capabilities: allCapabilities,
    })),
    proxy: false,
    timeoutMs: 3_000,
  });
}

export interface TestRouter {
  router: Router;
  sleeps: number[];
  clock: { now: number };
}

/** A router over the mock with no real waiting: sleeps are recorded, time is a settable clock. */
export function createTestRouter(registry: ProviderRegistry, options: Partial<RouterOptions> = {}): TestRouter {
  const sleeps: number[] = [];
  const clock = { now: 1_000_000 };
  const router = createRouter({
    registry,
    // Thresholds above 1: every task starts at defaultTier, so each scenario picks its start tier.
    difficultyThresholds: [2, 2, 2],
    defaultTier: 1,
    firstByteTimeoutMs: 1_000,
    random: () => 0.5,
    now: () => clock.now,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    cooldownStore: createInMemoryCooldownStore({ failureThreshold: 3, cooldownMs: 10_000, now: () => clock.now }),
    ...options,
  });
  return { router, sleeps, clock };
}

export async function startMock(): Promise<MockLlm> {
  return startMockLlm({ port: 0 });
}

/** The model each chat request named, in order (OpenAI and Anthropic bodies both carry `model`). */
export function requestedModels(mock: MockLlm): string[] {
  return mock
    .requests()
    .filter((request) => request.method === 'POST')
    .map((request) => (request.body as { model?: string }).model ?? '?');
}

export function requestsTo(mock: MockLlm, model: string): RecordedRequest[] {
  return mock.requests().filter((request) => (request.body as { model?: string }).model === model);
}

export function answeredBy(response: CanonicalResponse): string | undefined {
  return /^\[([^\]]+)\] echo:/.exec(response.choices[0]?.message.content ?? '')?.[1];
}

export function verdictReply(verdict: 'pass' | 'fail' | 'uncertain', issues: string[] = [], confidence = 0.9): string {
  return encodeURIComponent(JSON.stringify({ verdict, issues, confidence }));
}

export const ask = (text: string) => ({ model: 'auto', messages: [{ role: 'user' as const, content: text }] });

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** The routing trace on a routed answer. */
export function routingOf(response: CanonicalResponse): RoutingTrace {
  return response.gw!.routing as RoutingTrace;
}
