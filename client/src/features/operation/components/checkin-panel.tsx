import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { invalidateQueries } from '../../../lib/query.ts';
import { importCheckins, postCheckin } from '../api/operation-api.ts';
import { CheckinProblems, checkinProblems } from './checkin-problems.tsx';

/**
 * People checked in at the evacuation control centres: a planner enters one area's cumulative counts
 * (everyone reported so far, walk-ins included) at operation time, or imports the centres' CSV.
 */
export function CheckinPanel({ opId, now, areas }: { opId: string; now: string; areas: Record<string, string> }) {
  const { t } = useTranslation('operation');
  const ids = Object.keys(areas).sort((a, b) => (areas[a] ?? a).localeCompare(areas[b] ?? b));
  const [area, setArea] = useState('');
  const [counts, setCounts] = useState(['', '', '']);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const chosen = area || ids[0] || '';
  const refresh = () => Promise.all([invalidateQueries(['operation-board', opId]), invalidateQueries(['operation', opId])]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault(); setError(null); setDone('');
    try {
      const [p1, p2, p3] = counts.map((c) => Number(c || 0));
      await postCheckin(opId, { assemblyAreaId: chosen, at: now, priority1: p1!, priority2: p2!, priority3: p3! });
      setDone(t('checkin.saved', { area: areas[chosen] ?? chosen })); setCounts(['', '', '']);
      await refresh();
    } catch (err) { setError(err); }
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null); setDone('');
    try {
      const { imported } = await importCheckins(opId, await file.text());
      setDone(t('checkin.imported', { count: imported }));
      await refresh();
    } catch (err) { setError(err); }
  };
  const rowProblems = checkinProblems(error);
  if (ids.length === 0) return null;
  return (
    <section className="op-checkin" aria-label={t('checkin.title')}>
      <h2>{t('checkin.title')}</h2>
      <p className="muted">{t('checkin.help')}</p>
      <form onSubmit={submit}>
        <label>{t('checkin.area')}
          <select value={chosen} onChange={(e) => setArea(e.target.value)}>{ids.map((id) => <option key={id} value={id}>{areas[id]}</option>)}</select>
        </label>
        {[0, 1, 2].map((i) => (
          <label key={i}>{t('checkin.priority', { p: i + 1 })}
            <input type="number" min={0} max={1_000_000} step={1} inputMode="numeric" value={counts[i]} required={i === 2}
              onChange={(e) => setCounts((c) => c.map((v, j) => (j === i ? e.target.value : v)))} />
          </label>
        ))}
        <button type="submit">{t('checkin.save')}</button>
        <label className="op-file">{t('checkin.csv')}<input type="file" accept=".csv,text/csv" onChange={(e) => { void upload(e.target.files?.[0]); e.target.value = ''; }} /></label>
      </form>
      <p className="muted">{t('checkin.csvHelp')}</p>
      {done && <p role="status" className="ok">{done}</p>}
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {rowProblems && <CheckinProblems errors={rowProblems} />}
    </section>
  );
}
