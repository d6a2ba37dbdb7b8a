/**
 * The composition root of embed.html. Its stylesheets are the page's own, so the first paint
 * (the build-time picture of every site) is styled; the map's code is imported after it, because
 * fetched with the page the browser compiled MapLibre's megabyte before painting anything.
 */
import './embed.css';

void import('./embed-map.ts');
