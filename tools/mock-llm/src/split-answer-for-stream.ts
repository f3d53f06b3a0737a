import type { ChatAnswer } from './chat-answer.js';
import type { Directives } from './parse-directive-group.js';
import { readNumberDirective } from './read-directive.js';
import type { StreamShape } from './response-context.js';
import { splitIntoEqualPieces, splitIntoFixedPieces, splitIntoWords } from './split-into-pieces.js';

const argumentPieceLength = 8;

/** The stream pieces: words by default, or `chunks=N` nearly equal pieces. */
export function splitAnswerForStream(answer: ChatAnswer, directives: Directives): StreamShape {
  const chunkCount = readNumberDirective(directives, 'chunks');
  const text = answer.text ?? '';
  const argumentsText = answer.toolCall?.arguments ?? '';
  if (chunkCount !== undefined && chunkCount >= 1) {
    return { textPieces: splitIntoEqualPieces(text, chunkCount), argumentPieces: splitIntoEqualPieces(argumentsText, chunkCount) };
  }
  return { textPieces: splitIntoWords(text), argumentPieces: splitIntoFixedPieces(argumentsText, argumentPieceLength) };
}
