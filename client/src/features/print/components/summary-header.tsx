import type { SummaryHeader as Header } from '../../../../../shared/schemas/summary.ts';
import { fmtDateTime } from '../format.ts';
import { PlannedOnNotice } from './planned-on-notice.tsx';

export function SummaryHeader({ header: h }: { header: Header }) {
  return (
    <header className="pr-header">
      <div className="pr-header-top">
        <div>
          <div className="pr-kicker">NEO evacuation plan · {h.title}</div>
          <h1>{h.planName}</h1>
        </div>
        {h.draft
          ? <div className="pr-stamp pr-stamp-draft" data-testid="draft-mark">DRAFT<small>not approved</small></div>
          : <div className="pr-stamp pr-stamp-approved">APPROVED<small>{h.approvedBy ?? ''} {fmtDateTime(h.approvedAt)}</small></div>}
      </div>
      <dl className="pr-facts">
        <dt>Scenario</dt>
        <dd>{h.scenarioName} ({h.countries.map((c) => c.name).join(', ')}) · starts {fmtDateTime(h.scenarioStartsAt)} (H+0) · horizon {h.horizonHours} h</dd>
        <dt>Plan</dt>
        <dd>Version {h.version} · status <strong>{h.status}</strong> · last saved {fmtDateTime(h.updatedAt)}
          {h.violations > 0 && <> · <strong className="pr-bad">breaks {h.violations} rule{h.violations > 1 ? 's' : ''}</strong></>}</dd>
        <dt>Printed</dt>
        <dd>{fmtDateTime(h.printedAt)} by {h.printedBy}</dd>
      </dl>
      <PlannedOnNotice plannedOn={h.plannedOn} status={h.status} />
      {h.draft && <p className="pr-draft-note">DRAFT — this plan has not been approved and may change. Do not act on it without confirmation from the crisis cell.</p>}
    </header>
  );
}
