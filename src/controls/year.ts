/**
 * The timeline: a year on a slider, read either as "known by" (sites publicly reported by then)
 * or as "operating in" (sites operating that year), or all years.
 */
import { TIMELINES, type Timeline } from '../data/timeline.ts';
import type { Strings } from '../i18n/strings.ts';
import { el } from '../ui/dom.ts';

/** The timeline's part of the state: at most one of the two years is set. */
export interface YearChoice {
  year?: number;
  operating?: number;
}

export interface YearControl {
  element: HTMLElement;
  update(choice: YearChoice): void;
}

export function yearControl(t: Strings, [min, max]: [number, number], onChange: (choice: YearChoice) => void): YearControl {
  const slider = el('input', { type: 'range', id: 'year', min: String(min), max: String(max), step: '1', value: String(max) });
  const all = el('input', { type: 'checkbox', id: 'all-years', checked: '' });
  const output = el('output', { for: 'year', class: 'year-value' });
  const modes = TIMELINES.map((timeline) => ({
    timeline,
    input: el('input', { type: 'radio', name: 'timeline', value: timeline, ...(timeline === 'known' ? { checked: '' } : {}) }),
  }));
  const mode = (): Timeline => modes.find(({ input }) => input.checked)?.timeline ?? 'known';
  const choose = (timeline: Timeline, year: number): YearChoice => (timeline === 'known' ? { year } : { operating: year });
  const emit = () => onChange(all.checked ? {} : choose(mode(), Number(slider.value)));
  slider.addEventListener('input', () => {
    all.checked = false;
    emit();
  });
  all.addEventListener('change', emit);
  for (const { input } of modes) input.addEventListener('change', emit);

  return {
    element: el(
      'section',
      { class: 'year', 'aria-labelledby': 'year-heading' },
      el('h2', { id: 'year-heading' }, t.year),
      el(
        'fieldset',
        { class: 'timeline-modes' },
        el('legend', { class: 'visually-hidden' }, t.year),
        ...modes.map(({ timeline, input }) => el('label', { class: 'inline' }, input, ' ', t.timelines[timeline])),
      ),
      el('label', { for: 'year' }, t.yearSlider, ': ', output),
      slider,
      el('label', { class: 'inline' }, all, ' ', t.allYears),
    ),
    update({ year, operating }) {
      const chosen = year ?? operating;
      const timeline: Timeline = operating !== undefined && year === undefined ? 'operating' : 'known';
      all.checked = chosen === undefined;
      if (chosen !== undefined) {
        slider.value = String(chosen);
        for (const { timeline: value, input } of modes) input.checked = value === timeline;
      }
      const label = chosen === undefined ? t.allYears : t.yearLabel(timeline, chosen);
      output.value = label;
      slider.setAttribute('aria-valuetext', label);
    },
  };
}
