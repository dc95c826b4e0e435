import type { SummaryHeader } from '../../../../shared/schemas/summary.ts';
import { fmtDateTime } from './format.ts';

/** A CSS string literal: quotes, backslashes, '<' and line breaks escaped, control characters dropped. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3C ')
    .replace(/\r?\n/g, '\\A ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${escaped}"`;
}

/** The mark on every page: a plan whose inputs changed since it was approved says so on each sheet, not only the first. */
export function stamp(h: SummaryHeader): string {
  const base = h.draft ? 'DRAFT — NOT APPROVED' : 'APPROVED';
  if (!h.plannedOn.changed) return base;
  return `${base} — ${h.plannedOn.breaks ? 'INPUTS CHANGED, PLAN BROKEN' : 'inputs changed since'}`;
}

export function footerText(h: SummaryHeader): string {
  const status = h.draft ? 'DRAFT — not approved' : `APPROVED by ${h.approvedBy ?? '?'}`;
  return `${h.planName} · v${h.version} · ${status} · printed ${fmtDateTime(h.printedAt)} by ${h.printedBy}`;
}

/**
 * The page rules for this summary, mounted only while the print page is: A4 portrait, page numbers
 * and the plan's identity in the margin boxes of every page (Chromium prints @page margin boxes),
 * and the app's full-height layout released so the document flows over pages.
 */
export function pageCss(h: SummaryHeader): string {
  const top = `${h.scenarioName} — ${h.title}`;
  const box = 'font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #4b5563;';
  return `
@page {
  size: A4 portrait;
  margin: 15mm 12mm 15mm 12mm;
  @top-left { content: ${cssString(top)}; ${box} }
  @top-right { content: ${cssString(stamp(h))}; ${box} font-weight: 700; color: ${h.draft || h.plannedOn.breaks ? '#b42318' : '#1f8a4c'}; }
  @bottom-left { content: ${cssString(footerText(h))}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}
@media print {
  html, body, #root { height: auto !important; min-height: 0 !important; overflow: visible !important; background: #fff !important; }
}
`;
}
