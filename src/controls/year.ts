/** "As reported in YEAR": a slider over the years of the reports, or all years. */
import type { Strings } from '../i18n/strings.ts';
import { el } from '../ui/dom.ts';

export interface YearControl {
  element: HTMLElement;
  update(year: number | undefined): void;
}

export function yearControl(t: Strings, [min, max]: [number, number], onChange: (year: number | undefined) => void): YearControl {
  const slider = el('input', { type: 'range', id: 'year', min: String(min), max: String(max), step: '1', value: String(max) });
  const all = el('input', { type: 'checkbox', id: 'all-years', checked: '' });
  const output = el('output', { for: 'year', class: 'year-value' });
  slider.addEventListener('input', () => onChange(Number(slider.value)));
  all.addEventListener('change', () => onChange(all.checked ? undefined : Number(slider.value)));
  return {
    element: el(
      'section',
      { class: 'year', 'aria-label': t.year },
      el('label', { for: 'year' }, t.year, ' ', output),
      slider,
      el('label', { class: 'inline' }, all, ' ', t.allYears),
    ),
    update(year) {
      all.checked = year === undefined;
      if (year !== undefined) slider.value = String(year);
      output.value = year === undefined ? '—' : String(year);
      slider.setAttribute('aria-valuetext', year === undefined ? t.allYears : t.yearLabel(year));
    },
  };
}
