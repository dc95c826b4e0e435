import type { Violation } from '../api/plan-types.ts';

const RULE_LABEL: Record<string, string> = {
  access_denied: 'Access', seats_exceeded: 'Seats', unknown_offer: 'Offer', offer_not_accepted: 'Offer',
  offer_sorties_exceeded: 'Offer', outside_availability: 'Offer', origin_not_eligible: 'Offer', destination_mismatch: 'Offer',
  turnaround_exceeded: 'Offer', unknown_airport: 'Airport', airport_closed: 'Airport', airport_in_hazard: 'Airport',
  departures_per_hour_exceeded: 'Airport', unknown_area: 'People', ground_other_country: 'Ground', ground_other_zone: 'Ground',
  ground_too_far: 'Ground', ground_hazard_crossing: 'Ground', ground_too_early: 'Ground', area_over_allocated: 'People',
  invalid_count: 'People', invalid_time: 'Time',
  partner_not_on_japanese_lift: 'Partner', partner_outside_window: 'Partner', partner_seats_exceeded: 'Partner',
};

/** The rules the plan breaks, as sentences; "Show on map" flies to the place. */
export function ViolationsList({ violations, onShow, limit = 200 }: {
  violations: Violation[]; onShow: (v: Violation) => void; limit?: number;
}) {
  return (
    <section aria-label="Violations">
      <h2>Violations <span className={`count ${violations.length ? 'count-bad' : 'count-ok'}`} data-testid="violation-count">{violations.length}</span></h2>
      {violations.length === 0 ? <p className="text-ok">The plan breaks no rule: it can be approved.</p> : (
        <ul className="list violations">
          {violations.slice(0, limit).map((v, i) => (
            <li key={`${v.rule}-${v.sortieId ?? ''}-${v.assemblyAreaId ?? ''}-${v.airportId ?? ''}-${i}`}>
              <span className="rule-tag">{RULE_LABEL[v.rule] ?? v.rule}</span>
              <span className="violation-text">{v.message}</span>
              {(v.assemblyAreaId || v.airportId || v.sortieId) && (
                <button type="button" className="btn-link" onClick={() => onShow(v)}>Show on map</button>
              )}
            </li>
          ))}
          {violations.length > limit && <li className="muted">… and {violations.length - limit} more.</li>}
        </ul>
      )}
    </section>
  );
}
