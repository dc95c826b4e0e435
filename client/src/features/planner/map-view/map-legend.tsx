import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLORS } from '../map/layers.ts';

/**
 * What the map's marks mean. Folded at first at every size (a button in the corner), so it never
 * covers an airport the planner has not asked to see under it; opened it sits over the sea side.
 */
export function MapLegend() {
  const { t } = useTranslation('map');
  const [open, setOpen] = useState(false);
  return (
    <div className="legend" aria-label={t('legend.title')} data-open={open}>
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>{t('legend.title')}</button>
      {open && (
        <dl>
          <dt><span className="sw-circle" style={{ background: COLORS.half }} /></dt><dd>{t('legend.area')}</dd>
          <dt><span className="sw-ramp" style={{ background: `linear-gradient(90deg, ${COLORS.none}, ${COLORS.half}, ${COLORS.full})` }} /></dt><dd>{t('legend.share')}</dd>
          <dt><span className="sw-circle" style={{ background: '#7f1d1d', opacity: 0.6 }} /></dt><dd>{t('legend.waiting')}</dd>
          <dt><span className="sw-dot" style={{ background: COLORS.open }} /> <span className="sw-dot" style={{ background: COLORS.closed }} /> <span className="sw-dot" style={{ background: COLORS.hazard }} /> <span className="sw-dot" style={{ background: COLORS.open, boxShadow: `0 0 0 2px ${COLORS.sea}` }} /></dt><dd>{t('legend.airport')}</dd>
          <dt><span className="sw-dot" style={{ background: COLORS.sdf }} /></dt><dd>{t('legend.sdf')}</dd>
          <dt><span className="sw-line" style={{ background: COLORS.line }} /></dt><dd>{t('legend.line')}</dd>
          <dt><span className="sw-line" style={{ background: COLORS.lineLocked }} /></dt><dd>{t('legend.locked')}</dd>
          <dt><span className="sw-dot" style={{ background: '#0f172a' }} /></dt><dd>{t('legend.aircraft')}</dd>
          <dt><span className="sw-line" style={{ background: COLORS.sea }} /></dt><dd>{t('legend.ship')}</dd>
          <dt><span className="sw-zone" /></dt><dd>{t('legend.hazard')}</dd>
        </dl>
      )}
    </div>
  );
}
