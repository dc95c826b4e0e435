import type { Airport } from '../../../../../shared/schemas/domain.ts';
import type { TaskingPlan } from '../../../../../shared/schemas/tasking.ts';
import { formatInZone, zoneOfCountry } from '../form/time-zones.ts';
import { airportLabel } from './offer-summary.tsx';
import { airframeLabel, nextLegOf } from '../../../../../shared/plan/solve/rotations.ts';

/** "ICN 02 Apr 2027 14:00 UTC" — where and when the same airframe departs next — or "last sortie". */
function thenLabel(p: TaskingPlan, sortieId: string, airports: Map<string, Airport>, zone: string): string {
  const next = nextLegOf(p.rotations, sortieId);
  if (!next) return 'last sortie';
  const a = airports.get(next.originAirportId);
  return `${a?.iata ?? a?.icao ?? next.originAirportId} ${formatInZone(next.departAt, zone)}`;
}

/** What approved plans ask of the partner's aircraft: each sortie, when (chosen zone and origin's local time), where, how many. */
export function TaskingTable({ plans, airports, zone }: { plans: TaskingPlan[]; airports: Map<string, Airport>; zone: string }) {
  if (plans.length === 0) return <p className="hint">No approved plan uses your aircraft yet. Sorties appear here once the planners approve a plan.</p>;
  return (
    <>
      {plans.map((p) => (
        <div key={p.planId} className="tasking-plan">
          <h3>{p.planName} <span className="hint">— {p.scenarioName}{p.approvedAt ? `, approved ${formatInZone(p.approvedAt, zone)}` : ''}</span></h3>
          {p.inputsChanged && (
            <p className={`alert ${p.breaks ? 'alert-error' : 'alert-warn'}`} role="status" data-testid="tasking-changed">
              {p.breaks
                ? 'The data this plan was approved on has changed and the plan no longer holds: the crisis cell will re-plan. Confirm these sorties with them before flying.'
                : 'The data this plan was approved on has changed since (offers, rules or counts); the sorties below still stand unless the crisis cell tells you otherwise.'}
            </p>
          )}
          <p className="hint">{p.sorties.length} sorties, {p.sorties.reduce((n, s) => n + s.passengers, 0).toLocaleString('en-US')} passengers.</p>
          <div className="table-scroll">
          <table className="table">
            <thead><tr><th>Departs ({zone})</th><th>Local time at origin</th><th>From</th><th>To</th><th>Airframe</th><th>Back for</th><th className="num">Passengers</th></tr></thead>
            <tbody>
              {p.sorties.map((s) => (
                <tr key={s.sortieId}>
                  <td>{formatInZone(s.departAt, zone)}</td>
                  <td>{formatInZone(s.departAt, zoneOfCountry(airports.get(s.originAirportId)?.country))}</td>
                  <td>{airportLabel(s.originAirportId, airports)}</td>
                  <td>{airportLabel(s.destinationAirportId, airports)}</td>
                  <td title={s.aircraftType}>{airframeLabel(s.aircraftType, s.tail)}{s.tail === null && <span className="field-error"> no airframe free</span>}</td>
                  <td>{thenLabel(p, s.sortieId, airports, zone)}</td>
                  <td className="num">{s.passengers.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </div>
      ))}
    </>
  );
}
