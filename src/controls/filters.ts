/**
 * The legend and filters in one: each layer, each ministry and facility type with its marker,
 * each status, location precision and kind of evidence, as toggle buttons. Pressed means shown.
 */
import { NO_FILTERS, isShown, toggleValue, type Filters } from '../data/filter.ts';
import { DEFAULT_LAYERS, FACILITY_TYPES, LAYERS, MINISTRIES, PRECISIONS, SOURCE_KINDS, STATUSES, type Layer } from '../data/vocabulary.ts';
import type { Strings } from '../i18n/strings.ts';
import { UNCERTAINTY } from '../map/theme.ts';
import { el } from '../ui/dom.ts';
import { markerIcon } from '../ui/marker-icon.ts';

export interface FilterControl {
  element: HTMLElement;
  /** `layers` undefined means the default layers. */
  update(filters: Filters, layers: readonly Layer[] | undefined): void;
}

type Facet = { [K in keyof Filters]: { key: K; values: readonly Filters[K][number][]; label: string; names: Record<Filters[K][number], string> } }[keyof Filters];

export function filterControl(t: Strings, onChange: (filters: Filters) => void, onLayers: (layers: Layer[] | undefined) => void): FilterControl {
  let current = NO_FILTERS;
  let shownLayers: readonly Layer[] = DEFAULT_LAYERS;
  const facets: Facet[] = [
    { key: 'ministry', values: MINISTRIES, label: t.ministry, names: t.ministryNames },
    { key: 'facility_type', values: FACILITY_TYPES, label: t.type, names: t.facilityTypes },
    { key: 'status', values: STATUSES, label: t.status, names: t.statuses },
    { key: 'location_precision', values: PRECISIONS, label: t.precision, names: t.precisionShort },
    { key: 'evidence', values: SOURCE_KINDS, label: t.evidence, names: t.sourceKinds },
  ];
  const buttons: { facet: keyof Filters; value: string; button: HTMLButtonElement }[] = [];

  const group = (facet: Facet) =>
    el(
      'div',
      { role: 'group', 'aria-label': facet.label, class: 'facet' },
      el('h3', { 'aria-hidden': 'true' }, facet.label),
      ...facet.values.map((value: string) => {
        const icon =
          facet.key === 'ministry' ? markerIcon(value as Filters['ministry'][number], 'kwanliso')
          : facet.key === 'facility_type' ? markerIcon('unknown', value as Filters['facility_type'][number])
          : undefined;
        const button = el('button', { type: 'button', class: 'toggle', 'aria-pressed': 'true', 'data-facet': facet.key, 'data-value': value }, icon, (facet.names as Record<string, string>)[value]);
        button.addEventListener('click', () => {
          const list = current[facet.key] as string[];
          onChange({ ...current, [facet.key]: toggleValue(list, value, facet.values as readonly string[]) });
        });
        buttons.push({ facet: facet.key, value, button });
        return button;
      }),
    );

  const layerButtons = LAYERS.map((layer) => {
    const button = el('button', { type: 'button', class: 'toggle', 'aria-pressed': 'false', 'data-layer': layer }, t.layerNames[layer]);
    button.addEventListener('click', () => {
      const next = shownLayers.includes(layer) ? shownLayers.filter((l) => l !== layer) : LAYERS.filter((l) => l === layer || shownLayers.includes(l));
      // Back to the default set, the link says nothing: a shared link then follows the map's default.
      onLayers(next.length === DEFAULT_LAYERS.length && next.every((l) => DEFAULT_LAYERS.includes(l)) ? undefined : next);
    });
    return { layer, button };
  });
  const layerGroup = el(
    'div',
    { role: 'group', 'aria-label': t.layers, class: 'facet' },
    el('h3', { 'aria-hidden': 'true' }, t.layers),
    ...layerButtons.map(({ button }) => button),
  );

  const clear = el('button', { type: 'button', class: 'clear' }, t.clearFilters);
  clear.addEventListener('click', () => onChange(NO_FILTERS));
  const ring = el('span', { class: 'ring-swatch', 'aria-hidden': 'true' });
  // Through CSSOM, which the Content Security Policy allows, unlike a style attribute.
  ring.style.setProperty('--swatch', UNCERTAINTY.line);
  const element = el(
    'section',
    { class: 'filters', 'aria-labelledby': 'filters-heading' },
    el('h2', { id: 'filters-heading' }, t.legend, ' · ', t.filters),
    el('p', { class: 'hint' }, t.legendHint),
    layerGroup,
    ...facets.map(group),
    el('p', { class: 'legend-note' }, ring, t.uncertaintyRing),
    el('p', { class: 'legend-note' }, el('span', { class: 'faded-swatch', 'aria-hidden': 'true' }, markerIcon('MSS', 'kwanliso')), t.fadedMarker),
    clear,
  );
  return {
    element,
    update(filters, layers) {
      current = filters;
      shownLayers = layers ?? DEFAULT_LAYERS;
      for (const { layer, button } of layerButtons) button.setAttribute('aria-pressed', String(shownLayers.includes(layer)));
      for (const { facet, value, button } of buttons) button.setAttribute('aria-pressed', String(isShown(filters[facet] as string[], value)));
      clear.disabled = Object.values(filters).every((list) => list.length === 0);
    },
  };
}
