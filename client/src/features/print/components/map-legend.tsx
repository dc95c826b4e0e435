import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINT_COLORS as C } from '../map/print-map-style.ts';
import type { sdfCoverage } from '../map/print-map-data.ts';

const Dot = ({ fill, r = 5, stroke = '#fff', ring }: { fill: string; r?: number; stroke?: string; ring?: string }) => (
  <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
    {ring && <circle cx="9" cy="9" r={r + 2.5} fill="none" stroke={ring} strokeWidth="1.6" />}
    <circle cx="9" cy="9" r={r} fill={fill} stroke={stroke} strokeWidth="1.2" />
  </svg>
);

const Line = ({ width }: { width: number }) => (
  <svg width="22" height="18" viewBox="0 0 22 18" aria-hidden="true">
    <line x1="2" y1="9" x2="20" y2="9" stroke={C.leg} strokeOpacity="0.6" strokeWidth={width} strokeLinecap="round" />
  </svg>
);

const Item = ({ symbol, children }: { symbol: ReactNode; children: ReactNode }) => (
  <li><span className="pr-legend-symbol">{symbol}</span><span>{children}</span></li>
);

/** What the printed map's symbols mean; drawn as HTML so it stays sharp on paper. */
export function MapLegend({ airportsOnly, sdf }: { airportsOnly: boolean; sdf: ReturnType<typeof sdfCoverage> }) {
  const { t } = useTranslation('print', { keyPrefix: 'legend' });
  // SDF denial said once when every airport shown denies it (no ring on each), a ring where only some do.
  const sdfItem = sdf === 'none' ? null : sdf === 'everywhere'
    ? <Item symbol={<span className="pr-sdf-badge">{t('sdfBadge')}</span>}>{t('sdfDeniedEverywhere')}</Item>
    : <Item symbol={<Dot fill={C.open} r={4} stroke="#13294b" ring={C.sdf} />}>{t('sdfDenied')}</Item>;
  if (airportsOnly) {
    return (
      <figcaption className="pr-legend">
        <ul>
          <Item symbol={<Dot fill={C.open} r={4.5} stroke="#13294b" />}>{t('airportYours')}</Item>
          {sdfItem}
        </ul>
        <p className="pr-hint">{t('briefed')}</p>
      </figcaption>
    );
  }
  return (
    <figcaption className="pr-legend">
      <ul>
        <Item symbol={<><Dot fill={C.none} /><Dot fill={C.half} /><Dot fill={C.full} /></>}>
          {t('area')}
        </Item>
        <Item symbol={<><Line width={1.5} /><Line width={5} /></>}>{t('ground')}</Item>
        <Item symbol={<><Dot fill={C.open} r={4.5} stroke="#13294b" /><Dot fill={C.closed} r={3.5} stroke="#13294b" /><Dot fill={C.hazard} r={3.5} stroke="#13294b" /></>}>
          {t('airport')}
        </Item>
        {sdfItem}
        <Item symbol={<svg width="22" height="18" viewBox="0 0 22 18" aria-hidden="true"><rect x="2" y="4" width="18" height="10" fill={C.hazardFill} fillOpacity="0.22" stroke={C.hazard} strokeDasharray="3 2" /></svg>}>
          {t('hazard')}
        </Item>
        <Item symbol={<svg width="22" height="18" viewBox="0 0 22 18" aria-hidden="true"><rect x="2" y="4" width="18" height="10" fill={C.theatre} stroke={C.border} /></svg>}>
          {t('countries')}
        </Item>
      </ul>
    </figcaption>
  );
}
