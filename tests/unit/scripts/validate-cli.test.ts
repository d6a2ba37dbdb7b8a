import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) => spawnSync('npx', ['tsx', 'scripts/validate.ts', ...files], { encoding: 'utf8' });

// Each test starts Node and tsx afresh: about a second alone, past the default 5 s on a busy machine.
describe('npm run validate', { timeout: 30_000 }, () => {
  it('passes geo/ with exit code 0', () => {
    const result = run();
    expect(result.stdout).toMatch(/^\d+ files?, \d+ sites: no problems$/m);
    expect(result.status).toBe(0);
  });

  it('prints one line per problem, then a count, and exits 1', () => {
    const result = run('tests/fixtures/invalid/values-outside-enums.geojson', 'tests/fixtures/invalid/not-json.geojson');
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      'tests/fixtures/invalid/values-outside-enums.geojson: kyohwaso-12-jongo-ri: facility_type "gulag" is not one of kwanliso, kyohwaso, labour-training-camp, holding-centre, detention-centre, waiting-room, temporary-facility, military-prison, unknown',
      'tests/fixtures/invalid/values-outside-enums.geojson: kyohwaso-12-jongo-ri: ministry "KGB" is not one of MSS, MSoS, KPA, PC, WPK, unknown',
      'tests/fixtures/invalid/values-outside-enums.geojson: kyohwaso-12-jongo-ri: status "open" is not one of operating, closed, converted, disputed, unconfirmed',
      'tests/fixtures/invalid/values-outside-enums.geojson: kyohwaso-12-jongo-ri: location_precision "exact" is not one of facility, approximate, county, province',
      'tests/fixtures/invalid/not-json.geojson: is not valid JSON: Expected double-quoted property name in JSON at position 74 (line 4, column 26)',
      '5 problems in 2 files',
    ]);
  });

  it('checks a whole folder of fixtures without crashing', () => {
    const result = run('tests/fixtures/invalid');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^\d+ problems in 29 files$/m);
  });
});
