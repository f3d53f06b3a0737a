import { Ajv, type ValidateFunction } from 'ajv';

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction | null>();

/**
 * A cached validator for a request's JSON schema, or null when ajv cannot compile it (then the
 * answer cannot be verified against it, which is not the answer's fault).
 */
export function compileJsonSchema(schema: object): ValidateFunction | null {
  const cached = compiled.get(schema);
  if (cached !== undefined) return cached;
  ajv ??= new Ajv({ strict: false, allErrors: false, validateFormats: false });
  let validate: ValidateFunction | null;
  try {
    validate = ajv.compile(schema);
  } catch {
    validate = null;
  }
  compiled.set(schema, validate);
  return validate;
}
