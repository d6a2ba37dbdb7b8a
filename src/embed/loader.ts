/**
 * The newsroom loader, served as `/embed.js` (built on its own by scripts/lib/loader-plugin.ts).
 * It turns each `<div data-nk-camp-map data-src=".../embed.html#..." data-height="500">` into
 * the map's iframe once the reader nears it, shows the build's static preview until then, and
 * sizes each iframe from its own height messages. No framework and no MapLibre: it must stay tiny.
 */
import { DEFAULT_HEIGHT, clampHeight, isHeightMessage, isReadyMessage } from './protocol.ts';

export { isHeightMessage };

/** An embed that never says its map has drawn (it cannot draw one) is uncovered after this long, so its list and links stay usable. */
const READY_TIMEOUT_MS = 15_000;

/** What a host page's language gets as the iframe's title and the preview's alt text. */
export interface LoaderText {
  title: Record<string, string>;
  alt: Record<string, string>;
}

export interface Placeholder {
  src: URL;
  height: number;
  lang: string;
}

interface Frame {
  iframe: HTMLIFrameElement;
  origin: string;
  /** Takes the static preview away: the map has drawn. */
  uncover(): void;
}

/** Marks a placeholder as taken, so a page that includes the script twice still gets one map per placeholder. */
const READY = 'data-nk-camp-map-ready';

/**
 * A placeholder's options, or undefined when `data-src` is not an http(s) URL (a `javascript:`
 * src would run in the host page).
 * @example readPlaceholder({ src: 'https://maps.example.org/embed.html#site=yodok', height: '800' }, 'https://news.example/a', 'en')
 *   // {src: URL(...), height: 800, lang: 'en'}
 */
export function readPlaceholder(data: { src?: string; height?: string }, baseUri: string, lang: string): Placeholder | undefined {
  let src: URL;
  try {
    src = new URL(data.src ?? '', baseUri); // not URL.canParse: readers' browsers are older than ours
  } catch {
    return undefined;
  }
  if (!data.src || (src.protocol !== 'https:' && src.protocol !== 'http:')) return undefined;
  const height = data.height ? clampHeight(Number(data.height)) : DEFAULT_HEIGHT;
  return { src, height, lang: lang.slice(0, 2).toLowerCase() };
}

type Message = Pick<MessageEvent, 'data' | 'origin' | 'source'>;
type Sender = { window: unknown; origin: string };

/** True when the message came from this very iframe, from the origin of its src. */
const sentBy = (event: Message, frame: Sender) => event.source !== null && event.source === frame.window && event.origin === frame.origin;

/**
 * The height to apply, or undefined unless the message came from this very iframe, from the
 * origin of its src, and has exactly the height message's shape.
 */
export function heightFor(event: Message, frame: Sender): number | undefined {
  return sentBy(event, frame) && isHeightMessage(event.data) ? Math.round(event.data.height) : undefined;
}

/** True when this very iframe, from the origin of its src, says its map has drawn. */
export function readyFrom(event: Message, frame: Sender): boolean {
  return sentBy(event, frame) && isReadyMessage(event.data);
}

/** Mounts every placeholder on the page not yet mounted; safe to call again. */
export function start(doc: Document, text: LoaderText): void {
  const frames: Frame[] = [];
  const pick = (table: Record<string, string>, lang: string) => table[lang] ?? table.en ?? '';

  const load = (element: HTMLElement, placeholder: Placeholder) => {
    const iframe = doc.createElement('iframe');
    iframe.setAttribute('src', placeholder.src.href);
    iframe.setAttribute('title', element.dataset.title || pick(text.title, placeholder.lang));
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.setAttribute('allow', 'fullscreen');
    iframe.setAttribute('allowfullscreen', '');
    Object.assign(iframe.style, { display: 'block', width: '100%', border: '0', height: `${placeholder.height}px` });
    const preview = element.querySelector('img');
    // The preview stays on top until the embed's map has drawn, so the reader never sees an empty box.
    if (preview) Object.assign(preview.style, { position: 'absolute', top: '0', left: '0', height: '100%' });
    const uncover = () => preview?.remove();
    iframe.addEventListener('load', () => setTimeout(uncover, READY_TIMEOUT_MS), { once: true });
    element.append(iframe);
    frames.push({ iframe, origin: placeholder.src.origin, uncover });
  };

  const pending = new Map<Element, { element: HTMLElement; placeholder: Placeholder }>();
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              const found = pending.get(entry.target);
              if (found) load(found.element, found.placeholder);
            }
          },
          { rootMargin: '200px' },
        )
      : undefined;

  const mountAll = () => {
    for (const element of doc.querySelectorAll<HTMLElement>(`[data-nk-camp-map]:not([${READY}])`)) {
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
      const placeholder = readPlaceholder(element.dataset, doc.baseURI, lang);
      if (!placeholder) continue;
      element.setAttribute(READY, '');
      element.replaceChildren(previewImage(doc, placeholder, pick(text.alt, placeholder.lang)));
      element.style.position = 'relative';
      if (observer) {
        pending.set(element, { element, placeholder });
        observer.observe(element);
      } else load(element, placeholder);
    }
  };

  window.addEventListener('message', (event) => {
    for (const { iframe, origin, uncover } of frames) {
      const sender = { window: iframe.contentWindow, origin };
      const height = heightFor(event, sender);
      if (height !== undefined) iframe.style.height = `${height}px`;
      if (readyFrom(event, sender)) uncover();
    }
  });
  mountAll();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mountAll);
}

function previewImage(doc: Document, { src, height }: Placeholder, alt: string): HTMLImageElement {
  const image = doc.createElement('img');
  image.setAttribute('src', new URL('preview.svg', src).href);
  image.setAttribute('alt', alt);
  // Sea colour behind the preview: the image keeps its shape and the box still looks like a map.
  Object.assign(image.style, { display: 'block', width: '100%', height: `${height}px`, objectFit: 'contain', background: '#dde5ea' });
  return image;
}
