// @vitest-environment happy-dom
/** Recognising a failed basemap file, and telling the reader once. */
import { ErrorEvent } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_SOURCE_PREFIX, basemapFailureNotice, isBasemapError } from '../../../src/map/basemap-failure.ts';
import { offlineBasemap } from '../../../src/map/basemap.ts';

describe('isBasemapError', () => {
  it('recognises every source of the offline basemap by its prefix', () => {
    const ids = Object.keys(offlineBasemap('https://example.org/').sources);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith(BASEMAP_SOURCE_PREFIX), id).toBe(true);
  });

  it.each([
    [{ sourceId: 'bm-countries' }, true],
    [{ sourceId: 'camps' }, false],
    [{}, false],
  ])('%j: %s', (data, expected) => {
    expect(isBasemapError(new ErrorEvent(new Error('Not Found (404)'), data))).toBe(expected);
  });
});

describe('basemapFailureNotice', () => {
  it('adds one polite notice however many files fail, and ignores other errors', () => {
    const container = document.createElement('div');
    const handle = basemapFailureNotice(container, 'The background map could not be loaded.');
    expect(handle(new ErrorEvent(new Error('x'), { sourceId: 'camps' }))).toBe(false);
    expect(container.children).toHaveLength(0);
    expect(handle(new ErrorEvent(new Error('x'), { sourceId: 'bm-countries' }))).toBe(true);
    expect(handle(new ErrorEvent(new Error('x'), { sourceId: 'bm-borders' }))).toBe(true);
    const notices = container.querySelectorAll('[role="status"]');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.textContent).toBe('The background map could not be loaded.');
  });
});
