import { useTranslation } from 'react-i18next';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { Link } from '../../../lib/router.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useOperations } from '../api/operation-api.ts';
import { useSession } from '../../../lib/session.ts';
import { StartOperation } from './start-operation.tsx';
import './operation.css';

/** /operations — the executions of approved plans; a planner starts one here, a liaison sees those that task their partner. */
export function OperationsPage() {
  const { t } = useTranslation('operation');
  const f = useFormat();
  const list = useOperations();
  const { user } = useSession();
  return (
    <main className="op-page">
      <h1>{t('title')}</h1>
      {list.status === 'loading' && <Spinner label={t('loading')} />}
      {list.status === 'error' && <ErrorAlert error={list.error} />}
      <ul>{(list.data ?? []).map((o) => <li key={o.id}><Link to={`/operations/${o.id}`}>{o.name}</Link> — {t('now', { time: f.dateTime(o.now) })}</li>)}</ul>
      {list.data?.length === 0 && <p className="muted" data-testid="no-operations">{t(user.role === 'liaison' ? 'noOperationsLiaison' : user.role === 'planner' ? 'noOperations' : 'noOperationsReader')}</p>}
      {user.role === 'planner' && <StartOperation />}
    </main>
  );
}
