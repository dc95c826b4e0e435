import { useTranslation } from 'react-i18next';
import type { BurnPoint } from '../../../../../shared/operation/burn-down.ts';

const W = 640;
const H = 220;
const PAD = 36;

/** People still to move by hour: the plan (dashed) and what flew (solid, up to now). Hand-drawn SVG: two polylines do not need a chart library. */
export function BurnDown({ points }: { points: BurnPoint[] }) {
  const { t } = useTranslation('operation');
  if (points.length < 2) return null;
  const t0 = Date.parse(points[0]!.at);
  const t1 = Date.parse(points[points.length - 1]!.at);
  const max = Math.max(1, ...points.map((p) => Math.max(p.planned, p.actual ?? 0)));
  const x = (at: string) => PAD + ((Date.parse(at) - t0) / Math.max(1, t1 - t0)) * (W - 2 * PAD);
  const y = (n: number) => H - PAD + 6 - (n / max) * (H - 2 * PAD);
  const line = (get: (p: BurnPoint) => number | null) => points.filter((p) => get(p) !== null).map((p) => `${x(p.at).toFixed(1)},${y(get(p)!).toFixed(1)}`).join(' ');
  const flown = points.filter((p) => p.actual !== null);
  const last = flown[flown.length - 1];
  return (
    <figure className="op-burn" data-testid="burn-down">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('burn.aria')}>
        <line x1={PAD} y1={H - PAD + 6} x2={W - PAD} y2={H - PAD + 6} className="axis" />
        <line x1={PAD} y1={PAD - 10} x2={PAD} y2={H - PAD + 6} className="axis" />
        <text x={PAD - 4} y={y(max) + 4} textAnchor="end" className="tick">{max}</text>
        <text x={PAD - 4} y={H - PAD + 10} textAnchor="end" className="tick">0</text>
        <polyline points={line((p) => p.planned)} className="planned" />
        <polyline points={line((p) => p.actual)} className="actual" data-testid="burn-actual" />
        {last && <circle cx={x(last.at)} cy={y(last.actual!)} r={4} className="actual-dot" />}
      </svg>
      <figcaption><span className="key planned" /> {t('burn.planned')} <span className="key actual" /> {t('burn.actual')}{last ? ` — ${t('burn.left', { count: last.actual! })}` : ''}</figcaption>
    </figure>
  );
}
