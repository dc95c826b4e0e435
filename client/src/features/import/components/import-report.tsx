import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../../shared/schemas/imports.ts';

const NOUN: Record<string, string> = { areas: 'assembly areas', airports: 'airports', offers: 'lift offers' };

export function ImportReportView({ report: r, fileName }: { report: ImportReport; fileName: string }) {
  const { t } = useTranslation('exchange');
  const what = NOUN[r.kind] ?? r.kind;
  if (r.errors.length === 0) {
    return (
      <div className={r.committed ? 'alert alert-ok' : 'alert alert-info'} role="status">
        <span>{r.committed
          ? <>Imported {fileName}: {r.created} {what} created, {r.updated} updated.</>
          : <>{fileName} is ready: {r.rows} rows of {what} — {r.created} would be created, {r.updated} updated. Nothing is written until you press Import.</>}
        </span>
      </div>
    );
  }
  return (
    <section className="import-problems" aria-label="Problems">
      <div className="alert alert-error" role="alert"><span>Nothing imported from {fileName}: {r.errors.length} problem{r.errors.length === 1 ? '' : 's'} in the file ({what}). Fix them and preview again.</span></div>
      <div className="table-wrap">
        <table className="table">
          <thead><tr><th className="num">Row</th><th className="num">Line</th><th>Column</th><th>Problem</th></tr></thead>
          <tbody>
            {r.errors.slice(0, 500).map((e, i) => (
              <tr key={i}><td className="num">{e.feature !== undefined ? t('import.feature', { n: e.feature }) : e.row}</td><td className="num">{e.line ?? e.row}</td><td>{e.column ?? '—'}</td><td>{e.message}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.errors.length > 500 && <p className="hint">… and {r.errors.length - 500} more.</p>}
    </section>
  );
}
