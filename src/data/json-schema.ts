/** The JSON Schema of a camps file, derived from the one site schema in site.ts. */
import * as z from 'zod/mini';
import { siteSchema } from './site.ts';

/** A FeatureCollection of Points whose properties are sites; editors use it to autocomplete geo/*.geojson. */
export function campsJsonSchema(): Record<string, unknown> {
  const properties = z.toJSONSchema(siteSchema, { io: 'input', unrepresentable: 'any' });
  const { $schema, ...site } = properties;
  return {
    $schema,
    title: 'A layer of reported North Korean prison camps and detention sites',
    type: 'object',
    required: ['type', 'features'],
    properties: {
      $schema: { type: 'string' },
      type: { const: 'FeatureCollection' },
      features: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'geometry', 'properties'],
          properties: {
            type: { const: 'Feature' },
            id: { type: 'string' },
            geometry: {
              type: 'object',
              required: ['type', 'coordinates'],
              properties: {
                type: { const: 'Point' },
                coordinates: {
                  type: 'array',
                  description: '[longitude, latitude]',
                  prefixItems: [
                    { type: 'number', minimum: -180, maximum: 180 },
                    { type: 'number', minimum: -90, maximum: 90 },
                  ],
                  minItems: 2,
                  maxItems: 2,
                },
              },
            },
            properties: site,
          },
        },
      },
    },
  };
}
