// @vitest-environment happy-dom
/** Notices: what failed and why, a Retry that works, and problems shown as text. */
import { describe, expect, it, vi } from 'vitest';
import { LoadError } from '../../../src/data/load.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import { failureNotice, problemsNotice } from '../../../src/ui/notice.ts';

const t = STRINGS.en;

describe('failureNotice', () => {
  it('says what failed and why, as an alert with a Retry button', () => {
    const notice = failureNotice(t, () => undefined, new LoadError('camps.geojson', { kind: 'http', status: 404 }));
    expect(notice.getAttribute('role')).toBe('alert');
    expect([...notice.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Could not load camps.geojson.',
      'The server answered with an error (HTTP 404).',
    ]);
    expect(notice.querySelector('button')?.textContent).toBe('Retry');
  });

  it.each([
    [{ kind: 'network' } as const, 'The connection failed.'],
    [{ kind: 'timeout', seconds: 15 } as const, 'There was no answer within 15 seconds.'],
    [{ kind: 'damaged', detail: 'Unexpected end of JSON input' } as const, 'The file arrived incomplete or damaged.'],
  ])('explains %j', (failure, sentence) => {
    expect(failureNotice(t, () => undefined, new LoadError('camps.geojson', failure)).textContent).toContain(sentence);
  });

  it('says only what failed when the cause is not a load failure', () => {
    expect(failureNotice(t, () => undefined, new Error('boom')).querySelectorAll('p')).toHaveLength(1);
  });

  it('retries once per click, showing that it is loading again', () => {
    const retry = vi.fn();
    const panel = document.createElement('div');
    panel.append(failureNotice(t, retry));
    panel.querySelector('button')?.click();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(panel.querySelector('[role="alert"]')).toBeNull();
    expect(panel.querySelector('[role="status"]')?.textContent).toBe(t.loading);
  });
});

describe('problemsNotice', () => {
  it('shows a hostile feature id as text', () => {
    const notice = problemsNotice([{ file: 'camps.geojson', feature: '<img src=x onerror=alert(1)>', message: 'id is not a slug' }], t);
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.querySelector('li')?.textContent).toBe('camps.geojson: <img src=x onerror=alert(1)>: id is not a slug');
  });
});
