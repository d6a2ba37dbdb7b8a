/** Camp names on the map: which sites are named at the first view, in which glyphs, and which name wins a collision. */
import { createPropertyExpression, featureFilter, latest, type FilterSpecification, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';
import { isNewCamp } from '../../../src/data/new-camps.ts';
import { loadStrings } from '../../../src/i18n/languages.ts';
import { shortName } from '../../../src/map/labels.ts';
import { campLayers, campsGeoJSON } from '../../../src/map/layers.ts';

const sites = loadGeo();
// The page loads the Korean strings before it labels the map in Korean.
await loadStrings('ko');
const features = campsGeoJSON(sites).features.map((feature) => ({ type: 1, properties: feature.properties ?? {} }) as never);
const labels = (field: 'name' | 'name_ko') => campLayers(field).find((layer) => layer.id === 'camps-labels') as SymbolLayerSpecification;
const layout = (name: 'text-field' | 'symbol-sort-key', field: 'name' | 'name_ko' = 'name') => {
  const parsed = createPropertyExpression(labels(field).layout?.[name], `layout.${name}`, latest.layout_symbol[name] as unknown as StylePropertySpecification);
  if (parsed.result !== 'success') throw new Error(`invalid ${name}`);
  return parsed.value;
};
const text = (value: unknown) => (value as { sections: { text: string }[] }).sections.map((section) => section.text).join('');

describe('labels at the first view', () => {
  const filter = featureFilter(labels('name').filter as FilterSpecification, 'filter');
  const named = (zoom: number) => features.filter((feature) => filter.filter({ zoom }, feature)).map((feature) => String((feature as { properties: { id: string } }).properties.id));

  it('name only the new camps below zoom 7, and every site from zoom 7', () => {
    expect(named(5).sort()).toEqual(sites.filter(isNewCamp).map((site) => site.id).sort());
    expect(named(7)).toHaveLength(features.length);
  });

  it('need no glyphs beyond Latin-1 in English, and say since when a camp is new, in both languages', () => {
    const textField = layout('text-field');
    for (const feature of features.filter((f) => filter.filter({ zoom: 5 }, f))) {
      const label = text(textField.evaluate({ zoom: 5 }, feature));
      expect([...label].filter((char) => char.codePointAt(0)! > 0xff), label).toEqual([]);
      expect(label).toMatch(/\nNew 20\d\d/);
    }
    const sungho = features.find((f) => (f as { properties: { id: string } }).properties.id === 'sungho-ri')!;
    expect(text(textField.evaluate({ zoom: 5 }, sungho))).toBe('Sungho-ri\nNew 2020');
    expect(text(layout('text-field', 'name_ko').evaluate({ zoom: 5 }, sungho))).toBe('승호리 관리소\n신설 2020');
    expect(text(textField.evaluate({ zoom: 8 }, sungho))).toBe(`${sites.find((s) => s.id === 'sungho-ri')!.name}\nNew 2020`);
  });

  it('let a new camp win a collision, then an operating political prison camp, then the rest', () => {
    const key = layout('symbol-sort-key');
    const rank = (properties: Record<string, unknown>) => key.evaluate({ zoom: 8 }, { type: 1, properties } as never);
    const newCamp = rank({ new_since: '2021', facility_type: 'kwanliso', status: 'disputed' });
    const operating = rank({ facility_type: 'kwanliso', status: 'operating' });
    const prison = rank({ facility_type: 'kyohwaso', status: 'operating' });
    expect(newCamp).toBeLessThan(operating);
    expect(operating).toBeLessThan(prison);
  });
});

describe('short names', () => {
  it.each([
    ['Sŭngho-ri political prison camp (2020–22), now Forced Labor Camp 75', 'Sungho-ri'],
    ['Pyongsan County political prison camp', 'Pyongsan County'],
    ['Pihyon political prison camp (Camp 27), Sŏnhwa-dong', 'Pihyon'],
    ["Kwan-li-so No. 26, Hwach'ŏn (historic Sŭngho-ri camp)", 'Kwan-li-so No. 26'],
    ['(Unnamed) camp', '(Unnamed) camp'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});
