import { isJsonObject } from './json-shapes.js';
import type { JsonObject } from './json-shapes.js';

const maximumDepth = 12;

function resolveReference(reference: string, root: JsonObject): unknown {
  if (!reference.startsWith('#')) return {};
  let node: unknown = root;
  for (const segment of reference.slice(1).split('/').filter((part) => part !== '')) {
    if (!isJsonObject(node)) return {};
    node = node[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node ?? {};
}

function firstNonNullOption(options: unknown): unknown {
  if (!Array.isArray(options) || options.length === 0) return undefined;
  return options.find((option) => !(isJsonObject(option) && option['type'] === 'null')) ?? options[0];
}

function schemaType(schema: JsonObject): string | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const firstNonNull = type.find((item) => item !== 'null');
    return typeof firstNonNull === 'string' ? firstNonNull : type.includes('null') ? 'null' : undefined;
  }
  if (isJsonObject(schema['properties'])) return 'object';
  if (schema['items'] !== undefined) return 'array';
  return undefined;
}

function generateNumber(schema: JsonObject, integer: boolean): number {
  // 1 unless the schema's bounds exclude it: the value must stay valid against the schema.
  let value = 1;
  const minimum = typeof schema['minimum'] === 'number' ? schema['minimum'] : undefined;
  const exclusiveMinimum = typeof schema['exclusiveMinimum'] === 'number' ? schema['exclusiveMinimum'] : undefined;
  const maximum = typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined;
  if (minimum !== undefined && value < minimum) value = minimum;
  if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) value = exclusiveMinimum + 1;
  if (maximum !== undefined && value > maximum) value = maximum;
  return integer ? Math.ceil(value) : value;
}

function generate(schema: unknown, property: string, root: JsonObject, depth: number): unknown {
  if (depth > maximumDepth || !isJsonObject(schema)) return null;
  if (typeof schema['$ref'] === 'string') return generate(resolveReference(schema['$ref'], root), property, root, depth + 1);
  if ('const' in schema) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const option = firstNonNullOption(schema['anyOf']) ?? firstNonNullOption(schema['oneOf']);
  if (option !== undefined) return generate(option, property, root, depth + 1);
  if (Array.isArray(schema['allOf']) && schema['allOf'].length > 0) {
    const merged = Object.assign({}, ...schema['allOf'].filter(isJsonObject)) as JsonObject;
    return generate(merged, property, root, depth + 1);
  }

  switch (schemaType(schema)) {
    case 'number':
      return generateNumber(schema, false);
    case 'integer':
      return generateNumber(schema, true);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return [generate(schema['items'] ?? { type: 'string' }, property, root, depth + 1)];
    case 'object': {
      const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
      const required = Array.isArray(schema['required']) ? schema['required'].filter((name) => typeof name === 'string') : [];
      const result: JsonObject = {};
      for (const name of new Set([...Object.keys(properties), ...required])) {
        result[name] = generate(properties[name] ?? { type: 'string' }, name, root, depth + 1);
      }
      return result;
    }
    default:
      return `example-${property}`;
  }
}

/**
 * A deterministic value for a JSON schema: strings `example-<property>` (or the first enum value, or
 * the const), numbers 1, booleans true, arrays of one item, objects with every listed or required property.
 */
export function generateFromSchema(schema: unknown, property = 'value'): unknown {
  return generate(schema, property, isJsonObject(schema) ? schema : {}, 0);
}
