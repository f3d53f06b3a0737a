import { describe, expect, it } from 'vitest';
import { generateFromSchema } from './generate-from-schema.js';

describe('generateFromSchema', () => {
  it('fills every listed or required property by type', () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        kind: { const: 'weather' },
        days: { type: 'integer' },
        ratio: { type: 'number' },
        detailed: { type: 'boolean' },
        nothing: { type: 'null' },
        tags: { type: 'array', items: { type: 'string' } },
        location: { type: 'object', properties: { lat: { type: 'number' } }, required: ['lat', 'label'] },
      },
      required: ['city'],
    };
    expect(generateFromSchema(schema)).toEqual({
      city: 'example-city',
      unit: 'celsius',
      kind: 'weather',
      days: 1,
      ratio: 1,
      detailed: true,
      nothing: null,
      tags: ['example-tags'],
      location: { lat: 1, label: 'example-label' },
    });
  });

  it('follows local $refs, nullable types, anyOf and the bounds of numbers', () => {
    const schema = {
      type: 'object',
      properties: {
        person: { $ref: '#/$defs/person' },
        nickname: { type: ['string', 'null'] },
        choice: { anyOf: [{ type: 'null' }, { type: 'boolean' }] },
        count: { type: 'integer', minimum: 5 },
      },
      $defs: { person: { type: 'object', properties: { name: { type: 'string' } } } },
    };
    expect(generateFromSchema(schema)).toEqual({ person: { name: 'example-name' }, nickname: 'example-nickname', choice: true, count: 5 });
  });

  it('stops on recursive schemas instead of looping', () => {
    const schema = { $ref: '#/$defs/node', $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } } };
    expect(JSON.stringify(generateFromSchema(schema))).toContain('"child":null');
  });
});
