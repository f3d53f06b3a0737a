import { describe, expect, it } from 'vitest';
import { convertReasoningEffortToAnthropic } from './convert-reasoning-effort-to-anthropic.js';

describe('convertReasoningEffortToAnthropic', () => {
  it('maps each effort to a thinking budget', () => {
    expect({
      low: convertReasoningEffortToAnthropic('low'),
      medium: convertReasoningEffortToAnthropic('medium'),
      high: convertReasoningEffortToAnthropic('high'),
      minimal: convertReasoningEffortToAnthropic('minimal'),
    }).toEqual({
      low: { type: 'enabled', budget_tokens: 1024 },
      medium: { type: 'enabled', budget_tokens: 4096 },
      high: { type: 'enabled', budget_tokens: 16384 },
      minimal: { type: 'enabled', budget_tokens: 1024 },
    });
  });

  it('leaves thinking off for none or no effort', () => {
    expect([convertReasoningEffortToAnthropic('none'), convertReasoningEffortToAnthropic(null), convertReasoningEffortToAnthropic(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
