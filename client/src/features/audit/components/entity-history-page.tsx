import { useTranslation } from 'react-i18next';
import { Link } from '../../../lib/router.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useEntityHistory } from '../api/get-audit.ts';
import { diffFields, showValue, versionOf } from '../history/diff.ts';
import './history.css';

const ACTIONS = new Set(['create', 'update', 'delete', 'decide', 'approve', 'optimize', 'import', 'seed']);
const BACK: Record<string, { to: string; label: string }> = { lift_offer: { to: '/offers', label: 'common:nav.offers' } };

/** /history/:entityType/:entityId — the audit trail of one entity, newest first, each write with what it changed. */
export function EntityHistoryPage({ params }: { params: Record<string, string> }) {
  const entityType = params.entityType ?? '';
  const entityId = params.entityId ?? '';
  const { t } = useTranslation('audit');
  const f = useFormat();
  const history = useEntityHistory(entityType, entityId);
  const back = BACK[entityType] ?? { to: '/', label: 'common:nav.planner' };
  return (
    <main className="history-page">
      <p><Link to={back.to}>← {t(back.label)}</Link></p>
      <h1>{t('title', { what: t(`entity.${entityType}`, { defaultValue: entityType.replace(/_/g, ' ') }) })} <code>{entityId}</code></h1>
      <p className="muted">{t('intro')}</p>
      {history.status === 'error' && <ErrorAlert error={history.error} title={t('failed')} />}
      {(history.status === 'loading' || history.status === 'idle') && <Spinner label={t('loading')} />}
      {history.data && history.data.length === 0 && <p className="empty">{t('empty')}</p>}
      <ol className="history">
        {history.data?.map((e) => {
          const changes = diffFields(e.action === 'create' ? null : e.before, e.action === 'delete' ? null : e.after);
          const v = versionOf(e.after) ?? versionOf(e.before);
          return (
            <li key={e.id} className={`history-event history-${e.action}`}>
              <div className="history-head">
                <strong>{e.username ?? t('system')}</strong> {ACTIONS.has(e.action) ? t(`action.${e.action}`) : e.action}
                {v !== null && <span className="hint"> {t('version', { v })}</span>}
                <time dateTime={e.at} className="hint">{f.dateTime(e.at)}</time>
              </div>
              {changes.length > 0 && (
                <table className="table history-changes">
                  <thead><tr><th>{t('field')}</th>{e.action !== 'create' && <th>{t('before')}</th>}{e.action !== 'delete' && <th>{t('after')}</th>}</tr></thead>
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
