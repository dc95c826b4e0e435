import type { PlannedOn } from '../../../../../shared/schemas/plan-result.ts';
import { plannedOnNotice } from '../../../lib/planned-on.ts';

/** On the paper, under the header: this plan was planned on other data (and whether that breaks it). */
export function PlannedOnNotice({ plannedOn, status }: { plannedOn: PlannedOn; status: 'draft' | 'approved' }) {
  const n = plannedOnNotice(plannedOn, status, 8);
  if (!n || n.tone === 'info') return null;
  return (
    <div className={`pr-stale pr-stale-${n.tone}`} data-testid="planned-on">
      <strong>{n.title}</strong>
      {n.lines.length > 0 && <ul>{n.lines.map((l, i) => <li key={i}>{l.text}{l.breaks && <strong className="pr-bad"> — breaks the plan</strong>}</li>)}</ul>}
      {n.more > 0 && <div>and {n.more} more change{n.more === 1 ? '' : 's'}</div>}
      <div>{n.advice}</div>
    </div>
  );
}
