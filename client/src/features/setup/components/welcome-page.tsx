import { useTranslation } from 'react-i18next';
import { Link } from '../../../lib/router.tsx';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useSetupCounts } from '../api/get-counts.ts';
import './setup.css';

interface Step { key: string; done: boolean; count: number; to: string }

/** The empty state after first run: what the deployment still lacks, in the order a planner needs it. */
export function WelcomePage() {
  const { t } = useTranslation('setup');
  const q = useSetupCounts();
  if (q.status === 'loading' || q.status === 'idle') return <main className="welcome"><Spinner label={t('welcome.looking')} /></main>;
  if (!q.data) return <main className="welcome"><ErrorAlert error={q.error} title={t('welcome.readFailed')} /></main>;
  const c = q.data;
  const steps: Step[] = [
    { key: 'airports', done: c.airports > 0, count: c.airports, to: '/import' },
    { key: 'areas', done: c.areas > 0, count: c.areas, to: '/import' },
    // The first planner is an account already: "done" once there is a second.
    { key: 'accounts', done: c.accounts > 1, count: c.accounts > 1 ? c.accounts : 0, to: '/accounts' },
    { key: 'offers', done: c.partners > 0, count: c.partners, to: '/offers' },
    { key: 'plan', done: c.scenarios > 0, count: c.scenarios, to: '/' },
  ];
  const next = steps.find((s) => !s.done);
  return (
    <main className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="muted">{next ? t('welcome.next', { step: t(`welcome.${next.key}.next`) }) : t('welcome.allDone')}</p>
      <ol className="steps">
        {steps.map((s) => (
          <li key={s.key} className={s.done ? 'step step-done' : s === next ? 'step step-next' : 'step'}>
            <span className="step-mark" aria-hidden="true">{s.done ? '✓' : ''}</span>
            <div className="step-body">
              <h2>{t(`welcome.${s.key}.title`)}{s.done && <span className="visually-hidden">{t('welcome.done')}</span>}</h2>
              <p>{s.count ? t(`welcome.${s.key}.count`, { count: s.count }) : t(`welcome.${s.key}.empty`)}</p>
            </div>
            <Link to={s.to} className={s === next ? 'btn btn-primary' : 'btn'}>{t(`welcome.${s.key}.action`)}</Link>
          </li>
        ))}
      </ol>
    </main>
  );
}
