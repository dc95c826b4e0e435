import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../lib/jobs.ts';
import { useFormat } from '../i18n/format.ts';

/**
 * A matcher job while it runs: what the solver is doing (phase), for how long, the best plan so far
 * (people out) and how far it may still be from the best possible (gap), with a Cancel button. Shown
 * over the planner's map and on the operation board; the figures come from the job's event stream.
 */
export function JobProgress({ job, onCancel }: { job: Job; onCancel: () => void }) {
  const { t } = useTranslation('jobs');
  const f = useFormat();
  const seconds = useSecondsSince(job.createdAt);
  const p = job.progress;
  const phase = job.state === 'queued' ? 'queued' : (p?.phase ?? 'model');
  const cancelling = !!job.cancelRequestedBy;
  return (
    <div className="job-progress" role="status" aria-live="polite" data-job-state={job.state} data-job-phase={phase}>
      <div className="job-progress-head">
        <span className="spinner-dot" aria-hidden="true" />
        <strong>{t(job.kind === 'plan' ? 'title.plan' : 'title.replan')}</strong>
        <span className="muted">{t('elapsed', { seconds })}</span>
      </div>
      <div className="job-progress-phase">{t(`phase.${phase}`, { defaultValue: phase })}</div>
      <dl className="job-progress-figures">
        {p?.peopleOut !== undefined && <><dt>{t('peopleOut')}</dt><dd>{f.number(p.peopleOut)}</dd></>}
        {p?.gap !== undefined && <><dt>{t('gap')}</dt><dd>{f.number(p.gap * 100, { maximumFractionDigits: 2 })} %</dd></>}
        {p?.best !== undefined && <><dt>{t('best')}</dt><dd>{f.number(p.best)}</dd></>}
        {p?.bound !== undefined && <><dt>{t('bound')}</dt><dd>{f.number(p.bound)}</dd></>}
        {job.attempts > 1 && <><dt>{t('attempt')}</dt><dd>{job.attempts}</dd></>}
      </dl>
      {job.state === 'queued' && <p className="hint">{t('queuedHint')}</p>}
      <button type="button" className="btn btn-small" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('cancelling') : t('cancel')}
      </button>
    </div>
  );
}

function useSecondsSince(iso: string): number {
  const since = Date.parse(iso);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  // The server's clock may be ahead of the browser's by a little: never a negative count.
  return Math.max(0, Math.floor((now - since) / 1000));
}
