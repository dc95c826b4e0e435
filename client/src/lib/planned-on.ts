import type { PlannedOn } from '../../../shared/schemas/plan-result.ts';

export type PlannedOnTone = 'bad' | 'warn' | 'info';
export interface PlannedOnNotice { tone: PlannedOnTone; title: string; lines: { text: string; breaks: boolean }[]; more: number; advice: string }

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'an earlier time');

/**
 * What to tell a reader of a plan whose inputs changed since it was saved or approved (planner
 * panel, print page, tasking): null while it is judged on the data it was planned on.
 */
export function plannedOnNotice(p: PlannedOn, status: 'draft' | 'approved', shown = 6): PlannedOnNotice | null {
  if (!p.known) {
    return { tone: 'info', title: 'Inputs of this plan were not recorded', lines: [], more: 0, advice: 'It is checked against today\'s data; save it again to track what changes from now on.' };
  }
  if (!p.changed) return null;
  const what = p.basis === 'approved' || status === 'approved' ? 'approved' : 'saved';
  const lines = p.changes.slice(0, shown).map((c) => ({ text: c.message, breaks: c.breaksPlan }));
  const more = p.changes.length - lines.length + p.moreChanges;
  const title = p.breaks
    ? `Planned on other data: the changes break this ${status === 'approved' ? 'approved ' : ''}plan (${p.newViolations} new violation${p.newViolations === 1 ? '' : 's'})`
    : 'Planned on other data: inputs changed since';
  const advice = p.breaks
    ? (status === 'approved' ? 'Do not act on the affected sorties until the crisis cell re-plans and approves again.' : 'Fix the violations or re-run the matcher, then save.')
    : 'Violations, figures and who is left behind are shown on today\'s data; re-run the matcher to plan on it.';
  return { tone: p.breaks ? 'bad' : 'warn', title: `${title} — ${what} ${when(p.at)}`, lines, more, advice };
}
