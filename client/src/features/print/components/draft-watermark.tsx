/**
 * "DRAFT" across every printed page (position: fixed repeats on each page in print). Drawn as strokes,
 * not text, so copying or extracting the PDF's text is not littered with stray letters. One path in
 * absolute coordinates: Chromium's PDF output dropped per-letter transform attributes.
 */
const DRAFT_PATH = [
  'M0,0 L0,100 L32,100 Q60,100 60,50 Q60,0 32,0 Z', // D
  'M80,100 L80,0 L118,0 Q140,0 140,25 Q140,50 118,50 L80,50 M112,50 L140,100', // R
  'M160,100 L190,0 L220,100 M172,62 L208,62', // A
  'M300,0 L240,0 L240,100 M240,48 L284,48', // F
  'M320,0 L380,0 M350,0 L350,100', // T
].join(' ');

export function DraftWatermark() {
  return (
    <div className="pr-watermark" aria-hidden="true">
      <svg viewBox="-10 -10 400 120" width="150mm">
        <path d={DRAFT_PATH} fill="none" stroke="currentColor" strokeWidth="12" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  );
}
