import { useTranslation } from 'react-i18next';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { Link } from '../../../lib/router.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useOperations } from '../api/operation-api.ts';
import './operation.css';

/** /operations — the executions of approved plans (started from the API or a plan's page). */
export function OperationsPage() {
  const { t } = useTranslation('operation');
  const f = useFormat();
  const list = useOperations();
  return (
    <main className="op-page">
      <h1>{t('title')}</h1>
      {list.status === 'loading' && <Spinner label={t('loading')} />}
      {list.status === 'error' && <ErrorAlert error={list.error} />}
      <ul>{(list.data ?? []).map((o) => <li key={o.id}><Link to={`/operations/${o.id}`}>{o.name}</Link> — {t('now', { time: f.dateTime(o.now) })}</li>)}</ul>
      {list.data?.length === 0 && <p className="muted">{t('noOperations')}</p>}
    </main>
  );
}
