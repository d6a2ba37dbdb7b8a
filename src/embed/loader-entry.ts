/** The entry of `/embed.js`: starts the loader with the titles and alt text the build computed from the data. */
import { start, type LoaderText } from './loader.ts';

declare const __NK_LOADER_TEXT__: LoaderText;

start(document, __NK_LOADER_TEXT__);
