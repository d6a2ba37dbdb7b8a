/**
 * The current view as a PNG for print and slides. The map is drawn again at a pixel ratio that
 * makes it at least MIN_WIDTH pixels wide whatever the screen, copied in the frame it is drawn
 * (a WebGL canvas keeps its picture only until then), and set between a title band and a band
 * with the legend of what is shown, the date, the attribution and the citation.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Site } from '../data/site.ts';
import { FACILITY_TYPES, MINISTRIES } from '../data/vocabulary.ts';
import type { Strings } from '../i18n/strings.ts';
import { MARKER_BOX, markerParts } from '../map/marker-shapes.ts';
import { UNCERTAINTY } from '../map/theme.ts';

/** The narrowest image, in pixels: enough for a printed column or a slide. */
export const MIN_WIDTH = 1200;
const FONT = "system-ui, 'Noto Sans', 'Noto Sans KR', 'NanumGothic', sans-serif";
const INK = '#1d1d1f';
const MUTED = '#5a5a60';

export interface ImageText {
  t: Strings;
  /** What the image shows, under the title: the filters in words, or the subtitle. */
  subtitle: string;
  /** "Drawn on …", in the reader's language. */
  date: string;
  citation: string;
}

/**
 * The view with its legend and credits, as PNG.
 * @example const png = await mapImage(map, visibleSites, { t, subtitle: t.subtitle, date: t.image.drawn('3 December 2026'), citation })
 */
export async function mapImage(map: MapLibreMap, sites: readonly Site[], text: ImageText): Promise<Blob> {
  const shot = await drawnAt(map, Math.max(window.devicePixelRatio, MIN_WIDTH / map.getContainer().clientWidth));
  const scale = shot.width / MIN_WIDTH; // type and spacing grow with the image
  const legend = legendEntries(sites, text.t);
  const columns = 2;
  const line = 30 * scale;
  const header = 96 * scale;
  const citationLines = 3;
  const footer = (Math.ceil(legend.length / columns) + 1) * line + (100 + 24 * citationLines) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = shot.width;
  canvas.height = Math.round(header + shot.height + footer);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('invalid canvas: no 2D context');
  const margin = 24 * scale;
  const write = (value: string, x: number, y: number, size: number, colour = INK, weight = 400, width = canvas.width - x - margin) => {
    context.font = `${weight} ${size * scale}px ${FONT}`;
    context.fillStyle = colour;
    context.fillText(value, x, y, width);
  };

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  write(text.t.title, margin, 44 * scale, 30, INK, 700);
  write(text.subtitle, margin, 78 * scale, 19, MUTED);
  context.drawImage(shot, 0, header);

  let y = header + shot.height + 34 * scale;
  write(text.t.legend, margin, y, 19, INK, 700);
  const width = (canvas.width - 2 * margin) / columns;
  legend.forEach((entry, index) => {
    const x = margin + (index % columns) * width;
    const top = y + 14 * scale + Math.floor(index / columns) * line;
    entry.draw(context, x, top, 20 * scale);
    write(entry.label, x + 28 * scale, top + 16 * scale, 15, INK, 400, width - 36 * scale);
  });
  y += (Math.ceil(legend.length / columns) + 1) * line;
  write(text.date, margin, y, 15, MUTED);
  write(text.t.embed.credits, margin, y + 26 * scale, 15, MUTED);
  context.font = `400 ${15 * scale}px ${FONT}`;
  wrapped(context, text.citation, canvas.width - 2 * margin, citationLines).forEach((part, index) => write(part, margin, y + (56 + 24 * index) * scale, 15));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('invalid canvas: no PNG'))), 'image/png'));
}

/** Text in lines no wider than `width` in the context's font, at most `max` of them; a long URL breaks anywhere. */
function wrapped(context: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (context.measureText(`${line}${char}`).width <= width) {
      line += char;
      continue;
    }
    // Back to the last space on the line, where there is one.
    const space = line.lastIndexOf(' ');
    lines.push(space > 0 ? line.slice(0, space) : line);
    line = `${space > 0 ? line.slice(space + 1) : ''}${char}`;
  }
  return [...lines, line].slice(0, max);
}

/** The map drawn at `ratio` and copied in that frame; the screen's ratio is restored after. */
async function drawnAt(map: MapLibreMap, ratio: number): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(ratio);
  try {
    await new Promise((resolve) => map.once('idle', resolve));
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')?.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    map.setPixelRatio(previous);
  }
}

interface LegendEntry {
  label: string;
  draw(context: CanvasRenderingContext2D, x: number, y: number, size: number): void;
}

/** The operators and types among the sites shown, drawn as the map draws them, then the ring. */
function legendEntries(sites: readonly Site[], t: Strings): LegendEntry[] {
  const marker = (parts: ReturnType<typeof markerParts>, faded = false) => (context: CanvasRenderingContext2D, x: number, y: number, size: number) => {
    context.save();
    context.translate(x, y);
    context.scale(size / MARKER_BOX, size / MARKER_BOX);
    context.globalAlpha = faded ? 0.55 : 1;
    for (const part of parts) {
      const path = new Path2D(part.d);
      context.fillStyle = part.fill;
      if (part.fill !== 'none') context.fill(path);
      context.strokeStyle = part.stroke;
      context.lineWidth = part.strokeWidth;
      context.setLineDash(part.dash ?? []);
      context.stroke(path);
    }
    context.restore();
  };
  const ministries = MINISTRIES.filter((ministry) => sites.some((site) => site.ministry === ministry));
  const types = FACILITY_TYPES.filter((type) => sites.some((site) => site.facility_type === type));
  return [
    ...ministries.map((ministry) => ({ label: t.ministryNames[ministry], draw: marker(markerParts(ministry, 'kwanliso')) })),
    ...types.map((type) => ({ label: t.facilityTypes[type], draw: marker(markerParts('unknown', type)) })),
    {
      label: t.uncertaintyRing,
      draw: (context: CanvasRenderingContext2D, x: number, y: number, size: number) => {
        context.beginPath();
        context.arc(x + size / 2, y + size / 2, size / 2 - 1, 0, 2 * Math.PI);
        context.fillStyle = `${UNCERTAINTY.fill}33`;
        context.fill();
        context.strokeStyle = UNCERTAINTY.line;
        context.lineWidth = 1.5;
        context.stroke();
      },
    },
    ...(sites.some((site) => site.status === 'closed' || site.status === 'converted') ? [{ label: t.fadedMarker, draw: marker(markerParts('MSS', 'kwanliso'), true) }] : []),
  ];
}
