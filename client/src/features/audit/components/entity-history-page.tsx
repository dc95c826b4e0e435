import { Link } from '../../../lib/router.tsx';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useEntityHistory } from '../api/get-audit.ts';
import { diffFields, showValue, versionOf } from '../history/diff.ts';
import './history.css';

const ACTIONS: Record<string, string> = {
  create: 'created', update: 'changed', delete: 'deleted', decide: 'decided', approve: 'approved', optimize: 're-optimized', import: 'imported', seed: 'loaded (demo data)',
};
const BACK: Record<string, { to: string; label: string }> = { lift_offer: { to: '/offers', label: 'Lift offers' } };

/** /history/:entityType/:entityId — the audit trail of one entity, newest first, each write with what it changed. */
export function EntityHistoryPage({ params }: { params: Record<string, string> }) {
  const entityType = params.entityType ?? '';
  const entityId = params.entityId ?? '';
  const history = useEntityHistory(entityType, entityId);
  const back = BACK[entityType] ?? { to: '/', label: 'Map planner' };
  return (
    <main className="history-page">
      <p><Link to={back.to}>← {back.label}</Link></p>
      <h1>History of {entityType.replace(/_/g, ' ')} <code>{entityId}</code></h1>
      <p className="muted">Every write, with who made it and what it changed (times in UTC).</p>
      {history.status === 'error' && <ErrorAlert error={history.error} title="Could not load the history" />}
      {(history.status === 'loading' || history.status === 'idle') && <Spinner label="Loading the history…" />}
      {history.data && history.data.length === 0 && <p className="empty">No recorded change.</p>}
      <ol className="history">
        {history.data?.map((e) => {
          const changes = diffFields(e.action === 'create' ? null : e.before, e.action === 'delete' ? null : e.after);
          const v = versionOf(e.after) ?? versionOf(e.before);
          return (
            <li key={e.id} className={`history-event history-${e.action}`}>
              <div className="history-head">
                <strong>{e.username ?? 'system'}</strong> {ACTIONS[e.action] ?? e.action} it
                {v !== null && <span className="hint"> → version {v}</span>}
                <time dateTime={e.at} className="hint">{e.at.slice(0, 16).replace('T', ' ')} UTC</time>
              </div>
              {changes.length > 0 && (
                <table className="table history-changes">
                  <thead><tr><th>Field</th>{e.action !== 'create' && <th>Before</th>}{e.action !== 'delete' && <th>After</th>}</tr></thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{c.field}</th>
                        {e.action !== 'create' && <td className="before">{showValue(c.before)}</td>}
                        {e.action !== 'delete' && <td className="after">{showValue(c.after)}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          );
        })}
      </ol>
    </main>
  );
}
