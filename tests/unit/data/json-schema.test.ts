import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { campsJsonSchema } from '../../../src/data/json-schema.ts';

it('geo/sites.schema.json is the one generated from the site schema (run `npm run schema` after changing it)', () => {
  expect(JSON.parse(readFileSync('geo/sites.schema.json', 'utf8'))).toEqual(campsJsonSchema());
});

it('publishes the enums and required fields editors need', () => {
  const site = (campsJsonSchema() as { properties: { features: { items: { properties: { properties: { required: string[]; properties: Record<string, { enum?: string[] }> } } } } } })
    .properties.features.items.properties.properties;
  expect(site.required).toEqual(expect.arrayContaining(['id', 'name', 'ministry', 'location_precision', 'sources']));
  expect(site.properties.ministry?.enum).toEqual(['MSS', 'MSoS', 'KPA', 'PC', 'WPK', 'unknown']);
});
