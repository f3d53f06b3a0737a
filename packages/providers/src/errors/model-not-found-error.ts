import { GatewayError } from '../gateway-error.js';

/** The requested model is neither a catalog id of a configured provider nor `provider/model` of one. */
export class ModelNotFoundError extends GatewayError {
  readonly model: string;

  constructor(model: string, hint: string) {
    super(`Unknown model "${model}". ${hint}`, { code: 'model_not_found', status: 404, retryable: false });
    this.name = 'ModelNotFoundError';
    this.model = model;
  }
}
