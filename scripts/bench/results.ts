/** The shape of the benchmark's results: each page configuration's runs and their spreads. */
import { BYTE_KINDS, type ByteKind, type RunMetrics } from './measure.ts';
import { spread, type Spread } from './stats.ts';

export interface Config {
  id: string;
  label: string;
  /** Path under the benchmark server. */
  path: string;
  sites: number;
  /** Drag the map after it is ready, to see whether it stays usable. */
  pan: boolean;
  /** Rounds this configuration runs in, if not `--runs`: fewer for one that takes minutes, more for the headline pair. */
  rounds?: number;
  /** How long to wait for the map to get ready before calling the run not ready. */
  timeoutMs: number;
}

export interface Summary {
  fcp: Spread;
  firstUseful: Spread;
  mapReady: Spread;
  listPainted: Spread;
  previewPainted: Spread;
  heapUsed: Spread;
  requests: Spread;
  bytes: Record<ByteKind | 'total', Spread>;
  panFps: Spread;
  panWorstFrameMs: Spread;
  /** Runs whose map never got ready within the timeout. */
  notReady: number;
}

export interface ConfigResult extends Config {
  runs: RunMetrics[];
  summary: Summary;
}

/** Median, min and max of every figure over a configuration's runs. */
export function summarise(runs: readonly RunMetrics[]): Summary {
  const of = (pick: (run: RunMetrics) => number | null | undefined) => spread(runs.map(pick));
  const kinds = [...BYTE_KINDS, 'total'] as const;
  return {
    fcp: of((run) => run.fcp),
    firstUseful: of((run) => run.firstUseful),
    mapReady: of((run) => run.mapReady),
    listPainted: of((run) => run.listPainted),
    previewPainted: of((run) => run.previewPainted),
    heapUsed: of((run) => run.heapUsed),
    requests: of((run) => run.requests),
    bytes: Object.fromEntries(kinds.map((kind) => [kind, of((run) => run.bytes[kind])])) as Summary['bytes'],
    panFps: of((run) => run.pan?.fps),
    panWorstFrameMs: of((run) => run.pan?.worstFrameMs),
    notReady: runs.filter((run) => run.mapReady === null).length,
  };
}
