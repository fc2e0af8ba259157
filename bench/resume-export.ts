// Resume export latency: a two-page resume rendered to PDF and to DOCX, one after another, in
// process (no HTTP, no database). `benchResumeExport()` returns p50/p95 per format.
import type { TResumeTemplate } from '../contracts/resumes.js';
import { renderResumeDocx } from '../server/modules/resumes/render/resume-docx.js';
import { renderResumePdf } from '../server/modules/resumes/render/resume-pdf.js';
import { twoPageResume } from '../server/modules/resumes/render/sample-content.js';
import { percentile } from './percentile.js';

export interface ExportLatency {
  format: 'pdf' | 'docx';
  template: TResumeTemplate;
  runs: number;
  p50: number;
  p95: number;
  /** Size of one rendered file, in KiB. */
  kib: number;
}

const renderers = { pdf: renderResumePdf, docx: renderResumeDocx };

/** Renders `runs` times sequentially after a few warm-up renders (fonts read, code compiled). */
export async function measureExport(
  format: ExportLatency['format'],
  runs: number,
  template: TResumeTemplate = 'classic',
): Promise<ExportLatency> {
  const render = renderers[format];
  let bytes = 0;
  for (let i = 0; i < 3; i += 1) bytes = (await render(twoPageResume, { template })).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await render(twoPageResume, { template });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    format,
    template,
    runs,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    kib: Math.round(bytes / 102.4) / 10,
  };
}

/** PDF then DOCX, `runs` renders each. */
export async function benchResumeExport(runs = 100): Promise<ExportLatency[]> {
  return [await measureExport('pdf', runs), await measureExport('docx', runs)];
}
