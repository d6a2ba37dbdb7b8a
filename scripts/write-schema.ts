/** `npm run schema`: writes geo/sites.schema.json from the one site schema, for editors to check geo/ as you type. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { campsJsonSchema } from '../src/data/json-schema.ts';
import { GEO_DIR } from './lib/geo-files.ts';

writeFileSync(join(GEO_DIR, 'sites.schema.json'), `${JSON.stringify(campsJsonSchema(), null, 2)}\n`);
