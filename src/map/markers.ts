/** Draws the camp marker images on a canvas from marker-shapes.ts, so no sprite file or icon font is fetched. */
import { FACILITY_TYPES, MINISTRIES, type FacilityType, type Ministry } from '../data/vocabulary.ts';
import { MARKER_BOX, markerParts } from './marker-shapes.ts';
import { markerName } from './theme.ts';

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
  context.scale((SIZE * ratio) / MARKER_BOX, (SIZE * ratio) / MARKER_BOX);
  for (const part of markerParts(ministry, type)) {
    const path = new Path2D(part.d);
    context.setLineDash(part.dash ?? []);
    if (part.fill !== 'none') {
      context.fillStyle = part.fill;
      context.fill(path);
    }
    if (part.stroke !== 'none') {
      context.strokeStyle = part.stroke;
      context.lineWidth = part.strokeWidth;
      context.stroke(path);
    }
  }
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
