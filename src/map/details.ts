/**
 * Where a site's details, or the chooser of sites under a click, open: in a popup beside the
 * point on a roomy map, in a sheet over the lower part of a small one (a phone, an embed). The
 * sheet stays inside the map, so an embed's height never depends on it, and sits above the
 * map's controls, with a close button that is a full 44 px target.
 */
import { Popup, type LngLatLike, type Map as MapLibreMap } from 'maplibre-gl';
import { el } from '../ui/dom.ts';
import { isCompact } from './compact.ts';
import './details.css';

/** The share of the map's height a sheet may cover; the site is kept in view above it. */
const SHEET_SHARE = 0.55;
/** Height kept clear between the controls at the top and the sheet, for the site and its name, in px. */
const SITE_ROOM = 72;

export interface DetailsOptions {
  at: LngLatLike;
  content: HTMLElement;
  /** The close button's name in the reader's language. */
  closeLabel: string;
  /** Runs when the reader closes the details, never when the app replaces them. */
  onClose(): void;
}

export interface Details {
  open(options: DetailsOptions): void;
  /** Closes the details as the app does: without telling anyone. */
  close(): void;
  /** Closes the details as the reader does (Escape, a click on the bare map): `onClose` runs. */
  dismiss(): void;
  /** True while a sheet is open: the map should keep the site in its upper part. */
  readonly sheetOpen: boolean;
  /**
   * Where on a compact map a site stays in view, in px from the map's top: below the controls of
   * the top-left corner (the legend, an embed's list) and above the sheet, open or to come.
   */
  band(): [top: number, bottom: number];
}

export function createDetails(map: MapLibreMap): Details {
  const container = map.getContainer();
  const closeButton = el('button', { type: 'button', class: 'details-sheet-close' }, '×');
  const body = el('div', { class: 'details-sheet-body' });
  const sheet = el('section', { class: 'details-sheet', hidden: '' }, body, closeButton);
  container.append(sheet);
  // The corner's controls float, so their container has no height of its own: measure them.
  const controlsBottom = () => {
    const top = container.getBoundingClientRect().top;
    return Math.max(0, ...[...container.querySelectorAll('.maplibregl-ctrl-top-left > *')].map((control) => control.getBoundingClientRect().bottom - top));
  };
  const sheetHeight = () => Math.min(container.clientHeight * SHEET_SHARE, container.clientHeight - controlsBottom() - SITE_ROOM);
  // On a short map the sheet gives up height, so the site keeps room above it.
  const fitSheet = () => (sheet.style.maxHeight = `${Math.max(SITE_ROOM * 1.5, sheetHeight())}px`);
  // The map shrinks under a phone's unfolded list: so does the sheet.
  map.on('resize', () => {
    if (!sheet.hidden) fitSheet();
  });

  let popup: Popup | undefined;
  let onClose: (() => void) | undefined;
  const close = () => {
    const closing = popup;
    popup = undefined;
    onClose = undefined;
    closing?.remove();
    sheet.hidden = true;
    body.replaceChildren();
  };
  const dismiss = () => {
    const notify = onClose;
    close();
    notify?.();
  };
  closeButton.addEventListener('click', dismiss);

  return {
    open({ at, content, closeLabel, onClose: closed }) {
      close();
      onClose = closed;
      if (isCompact(container)) {
        closeButton.setAttribute('aria-label', closeLabel);
        body.replaceChildren(content);
        fitSheet();
        sheet.hidden = false;
        return;
      }
      const opened = new Popup({ maxWidth: '360px', focusAfterOpen: false }).setLngLat(at).setDOMContent(content).addTo(map);
      // MapLibre closes a popup on a click on the map: that is the reader closing it.
      opened.on('close', () => {
        if (popup === opened) dismiss();
      });
      popup = opened;
    },
    close,
    dismiss,
    get sheetOpen() {
      return !sheet.hidden;
    },
    band() {
      const bottom = sheet.hidden ? container.clientHeight - sheetHeight() : sheet.offsetTop;
      return [controlsBottom(), bottom];
    },
  };
}
