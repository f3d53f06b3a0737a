import { GatewayError } from '../gateway-error.js';

/** Operator configuration is missing or wrong. `setting` names the variable or config path to fix. */
export class ConfigurationError extends GatewayError {
  readonly setting: string;

  constructor(setting: string, problem: string) {
    super(`${setting}: ${problem}`, { code: 'configuration_error', status: 500, retryable: false });
    this.name = 'ConfigurationError';
    this.setting = setting;
  }
}
