import type { SummaryRestrictions } from '../../../../../shared/schemas/summary.ts';
import { CATEGORY_LABEL, fmtDateTime } from '../format.ts';

function validity(from: string | null, to: string | null): string {
  if (!from && !to) return 'throughout';
  if (from && to) return `${fmtDateTime(from)} – ${fmtDateTime(to)}`;
  return from ? `from ${fmtDateTime(from)}` : `until ${fmtDateTime(to)}`;
}

export function RestrictionsSection({ r }: { r: SummaryRestrictions }) {
  return (
    <section className="pr-section" aria-labelledby="pr-restrictions">
      <h2 id="pr-restrictions">Access restrictions in force</h2>
      <table className="pr-table">
        <thead><tr><th>Effect</th><th>Where</th><th>Aircraft</th><th>Valid</th><th>Reason</th></tr></thead>
        <tbody>
          {r.accessRules.length === 0 && <tr><td colSpan={5} className="pr-empty">No access rule applies.</td></tr>}
          {r.accessRules.map((a) => (
            <tr key={a.id}>
              <td className={a.effect === 'deny' ? 'pr-bad' : 'pr-ok'}><strong>{a.effect === 'deny' ? 'DENIED' : 'allowed'}</strong></td>
              <td>{a.scopeLabel}</td>
              <td>{CATEGORY_LABEL[a.category]}{a.nationLabel ? ` of ${a.nationLabel}` : ''}</td>
              <td>{validity(a.validFrom, a.validTo)}</td>
              <td>{a.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Airports closed</h3>
      {r.closedAirports.length === 0 ? <p className="pr-empty">None.</p> : (
        <table className="pr-table">
          <thead><tr><th>Airport</th><th>Country</th><th>Why</th></tr></thead>
          <tbody>
            {r.closedAirports.map((a) => (
              <tr key={a.airportId}><td>{a.label}{a.label !== a.name && ` — ${a.name}`}</td><td>{a.country}</td><td>{a.reason}</td></tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Hazard zones</h3>
      {r.hazardZones.length === 0 ? <p className="pr-empty">None.</p> : (
        <table className="pr-table">
          <thead><tr><th>Zone</th><th>Airports inside (closed)</th><th>Assembly areas inside</th></tr></thead>
          <tbody>
            {r.hazardZones.map((z) => (
              <tr key={z.id}><td>{z.name}</td><td>{z.airportsInside.join(', ') || '–'}</td><td>{z.areasInside.join(', ') || '–'}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="pr-hint">
        Ground movement: road distance = great-circle × {r.ground.roadFactor}, at {r.ground.groundSpeedKmh} km/h, at most {r.ground.maxGroundKm} km,
        never across a hazard zone, within the same landmass; {r.ground.processingHours} h processing at the evacuation control centre before departure.
      </p>
    </section>
  );
}
