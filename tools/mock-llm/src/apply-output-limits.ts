import type { FinishReason } from './chat-answer.js';

export interface LimitedText {
  text: string;
  finishReason: FinishReason;
  stopSequence: string | null;
}

/** Cuts the text at the first stop sequence, or at `maxTokens` × 4 characters, whichever comes first. */
export function applyOutputLimits(text: string, stopSequences: readonly string[], maxTokens: number | undefined): LimitedText {
  let stopIndex = -1;
  let stopSequence: string | null = null;
  for (const sequence of stopSequences) {
    const index = text.indexOf(sequence);
    if (index !== -1 && (stopIndex === -1 || index < stopIndex)) {
      stopIndex = index;
      stopSequence = sequence;
    }
  }
  const characterLimit = maxTokens === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(maxTokens)) * 4;
  if (stopIndex !== -1 && stopIndex <= characterLimit) {
    return { text: text.slice(0, stopIndex), finishReason: 'stop', stopSequence };
  }
  if (text.length > characterLimit) return { text: text.slice(0, characterLimit), finishReason: 'length', stopSequence: null };
  return { text, finishReason: 'stop', stopSequence: null };
}
