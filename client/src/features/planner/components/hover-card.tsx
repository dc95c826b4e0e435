import * as L from '../map/layers.ts';

export interface Hovered { layer: string; props: Record<string, unknown>; x: number; y: number }

const n = (v: unknown) => Number(v ?? 0).toLocaleString('en-US');
const pct = (v: unknown) => `${Math.round(Number(v ?? 0) * 100)}%`;

/** The details of what the pointer is over: area, airport, allocation leg or hazard zone. */
export function HoverCard({ hovered }: { hovered: Hovered }) {
  const p = hovered.props;
  let body: React.ReactNode = null;
  if (hovered.layer === L.areaCircle.id) {
    body = (
      <>
        <strong>{String(p.name)}</strong> <span className="muted">assembly area · {String(p.country)}</span>
        <div>{n(p.evacuees)} evacuees · {n(p.planned)} planned ({pct(p.share)})</div>
        <div className={Number(p.left) > 0 ? 'text-bad' : 'text-ok'}>{n(p.left)} left behind</div>
      </>
    );
  } else if (hovered.layer === L.airportCircle.id) {
    body = (
      <>
        <strong>{String(p.label)}</strong> <span className="muted">{String(p.name)}</span>
        <div>{p.state === 'open' ? 'Open' : `Closed — ${String(p.closedReason)}`} · {n(p.departuresPerHour)} departures/h</div>
        <div>{n(p.sorties)} sorties · {n(p.passengers)} passengers planned</div>
        {p.sdf !== 'allowed' && <div className="text-sdf">SDF aircraft {p.sdf === 'denied' ? 'denied' : 'denied part of the time'}: {String(p.sdfReason)}</div>}
      </>
    );
  } else if (hovered.layer === L.allocationLine.id) {
    body = (
      <>
        <strong>{String(p.areaId)} → {String(p.airportId)}</strong>
        <div>{n(p.passengers)} passengers on {n(p.sorties)} sortie{Number(p.sorties) === 1 ? '' : 's'}{p.locked ? ' · locked' : ''}</div>
      </>
    );
  } else if (hovered.layer === L.hazardFill.id) {
    body = <><strong>Hazard zone: {String(p.name)}</strong><div>Airports inside are closed; ground routes may not cross it.</div></>;
  }
  if (!body) return null;
  return <div className="hover-card" style={{ left: hovered.x + 14, top: hovered.y + 14 }} role="tooltip">{body}</div>;
}
