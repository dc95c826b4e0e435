/**
 * "DRAFT" across every printed page (position: fixed repeats on each page in print). Drawn as strokes,
 * not text, so copying or extracting the PDF's text is not littered with stray letters.
 */
const LETTERS = [
  'M0,0 L0,100 L32,100 Q60,100 60,50 Q60,0 32,0 Z', // D
  'M0,100 L0,0 L38,0 Q60,0 60,25 Q60,50 38,50 L0,50 M32,50 L60,100', // R
  'M0,100 L30,0 L60,100 M12,62 L48,62', // A
  'M60,0 L0,0 L0,100 M0,48 L44,48', // F
  'M0,0 L60,0 M30,0 L30,100', // T
];

export function DraftWatermark() {
  return (
    <div className="pr-watermark" aria-hidden="true">
      <svg viewBox="-10 -10 400 120" width="150mm">
        {LETTERS.map((d, i) => (
          <path key={d} d={d} transform={`translate(${i * 80} 0)`} fill="none" stroke="currentColor" strokeWidth="12" strokeLinecap="round" strokeLinejoin="round" />
        ))}
      </svg>
    </div>
  );
}
