/** Draws the camp marker images on a canvas, so no sprite file or icon font is fetched. */
import { FACILITY_TYPES, MINISTRIES, type FacilityType, type Ministry } from '../data/vocabulary.ts';
import { FACILITY_FILL, MINISTRY_STYLE, markerName, type Shape } from './theme.ts';

const SIZE = 22;

export interface MarkerImage {
  name: string;
  image: ImageData;
  pixelRatio: number;
}

/** Every ministry × facility type marker, drawn at the screen's pixel ratio. */
export function markerImages(pixelRatio = Math.max(1, Math.round(globalThis.devicePixelRatio || 1))): MarkerImage[] {
  return MINISTRIES.flatMap((ministry) =>
    FACILITY_TYPES.map((type) => ({ name: markerName(ministry, type), image: draw(ministry, type, pixelRatio), pixelRatio })),
  );
}

function draw(ministry: Ministry, type: FacilityType, ratio: number): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * ratio;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('invalid canvas: no 2D context');
  context.scale(ratio, ratio);
  const { colour, shape } = MINISTRY_STYLE[ministry];
  const fill = FACILITY_FILL[type];

  trace(context, shape, 8);
  context.fillStyle = fill === 'solid' ? colour : '#ffffff';
  context.fill();
  context.lineWidth = fill === 'solid' ? 1.5 : 3;
  context.strokeStyle = fill === 'solid' ? '#ffffff' : colour;
  context.stroke();
  if (fill === 'dotted') {
    context.beginPath();
    context.arc(SIZE / 2, SIZE / 2 + (shape === 'triangle' ? 1.5 : 0), 2.5, 0, Math.PI * 2);
    context.fillStyle = colour;
    context.fill();
  }
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

function trace(context: CanvasRenderingContext2D, shape: Shape, radius: number): void {
  const c = SIZE / 2;
  context.beginPath();
  if (shape === 'circle') context.arc(c, c, radius, 0, Math.PI * 2);
  if (shape === 'triangle') polygon(context, [[c, c - radius - 1], [c + radius + 1, c + radius - 1], [c - radius - 1, c + radius - 1]]);
  if (shape === 'diamond') polygon(context, [[c, c - radius - 1], [c + radius + 1, c], [c, c + radius + 1], [c - radius - 1, c]]);
}

function polygon(context: CanvasRenderingContext2D, points: [number, number][]): void {
  points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
  context.closePath();
}
