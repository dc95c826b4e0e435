import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../../components/job-progress.tsx';
import type { Job } from '../../../lib/jobs.ts';

/**
 * Long operations show what is happening and for how long; a matcher job (the server's queue) shows its
 * phase, progress and a Cancel button instead.
 */
export function BusyOverlay({ label, job, onCancel }: { label: string | null; job?: Job | null; onCancel?: () => void }) {
  const { t } = useTranslation('planner');
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!label) return;
    setSeconds(0);
    const started = Date.now();
    const t = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(t);
  }, [label]);
  if (job && onCancel) return <div className="busy-overlay"><JobProgress job={job} onCancel={onCancel} /></div>;
  if (!label) return null;
  return (
    <div className="busy-overlay" role="status" aria-live="polite">
      <div className="busy-card">
        <span className="spinner-dot" aria-hidden="true" />
        <span>{label}</span>
        <span className="muted">{t('busy.seconds', { n: seconds })}</span>
      </div>
    </div>
  );
}
