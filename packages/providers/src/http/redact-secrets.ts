// Key shapes upstreams echo back in error messages ("Incorrect API key provided: sk-...").
const keyShapes = /\b(?:sk|ak|rk|pk)-[A-Za-z0-9_-]{8,}|\bsk-ant-[A-Za-z0-9_-]{8,}|\bBearer\s+[A-Za-z0-9._~+/-]{8,}=*/g;

/** Removes the given secrets and anything shaped like an API key from text bound for a log, error or client. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result.replace(keyShapes, '[redacted]');
}
