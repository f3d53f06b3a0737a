/** Ids and timestamps of one response, the same for its JSON and streaming forms. */
export interface ResponseContext {
  /** `chatcmpl-mock-<n>` or `msg_mock_<n>`. */
  id: string;
  /** `call_mock_<n>` or `toolu_mock_<n>`. */
  toolCallId: string;
  /** Unix seconds. */
  created: number;
  model: string;
}

export interface StreamShape {
  textPieces: string[];
  argumentPieces: string[];
}
