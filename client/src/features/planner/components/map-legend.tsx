import { useState } from 'react';
import { COLORS } from '../map/layers.ts';

/** Below this width the map is a strip above the panel: an open legend would cover most of it. */
const PHONE = '(max-width: 760px)';

/** What the map's marks mean; folded at first on a phone (one tap opens it). */
export function MapLegend() {
  const [open, setOpen] = useState(() => typeof window === 'undefined' || !window.matchMedia?.(PHONE).matches);
  return (
    <div className="legend" aria-label="Map legend">
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>Legend {open ? '▾' : '▸'}</button>
      {open && (
        <dl>
          <dt><span className="sw-circle" style={{ background: COLORS.half }} /></dt>
          <dd>Assembly area — size by evacuees</dd>
          <dt><span className="sw-ramp" style={{ background: `linear-gradient(90deg, ${COLORS.none}, ${COLORS.half}, ${COLORS.full})` }} /></dt>
          <dd>Share planned out: 0 → 50 → 100%</dd>
          <dt><span className="sw-dot" style={{ background: COLORS.open }} /> <span className="sw-dot" style={{ background: COLORS.closed }} /> <span className="sw-dot" style={{ background: COLORS.hazard }} /></dt>
          <dd>Airport open · closed · in hazard zone</dd>
          <dt><span className="sw-ring" style={{ borderColor: COLORS.sdf }} /></dt>
          <dd>SDF denied (faint ring: part of the time)</dd>
          <dt><span className="sw-line" style={{ background: COLORS.line }} /></dt>
          <dd>Area → airport, width by passengers</dd>
          <dt><span className="sw-line" style={{ background: COLORS.lineLocked }} /></dt>
          <dd>Locked (kept when re-optimizing)</dd>
          <dt><span className="sw-zone" /></dt>
          <dd>Hazard zone: closes airports, blocks roads</dd>
        </dl>
      )}
    </div>
  );
}
