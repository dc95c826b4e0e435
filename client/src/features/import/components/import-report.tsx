import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { ImportReport } from '../../../../../shared/schemas/imports.ts';


export function ImportReportView({ report: r, fileName }: { report: ImportReport; fileName: string }) {
  const { t, i18n } = useTranslation('exchange', { keyPrefix: 'import' });
  const f = useFormat();
  const what = t(`noun.${r.kind}`, { defaultValue: r.kind });
  const n = { file: fileName, what, created: f.number(r.created), updated: f.number(r.updated), rows: f.number(r.rows) };
  if (r.errors.length === 0) {
    return (
      <div className={r.committed ? 'alert alert-ok' : 'alert alert-info'} role="status">
        <span>{r.committed ? t('imported', n) : t('ready', n)}</span>
      </div>
    );
  }
  return (
    <section className="import-problems" aria-label={t('problems')}>
      <div className="alert alert-error" role="alert"><span>{t('refused', { count: r.errors.length, n: f.number(r.errors.length), file: fileName, what })}</span></div>
      <div className="table-wrap">
        <table className="table">
          <thead><tr><th className="num">{t('col.row')}</th><th className="num">{t('col.line')}</th><th>{t('col.column')}</th><th>{t('col.problem')}</th></tr></thead>
          <tbody>
            {r.errors.slice(0, 500).map((e, i) => (
              <tr key={i}><td className="num">{e.feature !== undefined ? t('feature', { n: e.feature }) : e.row}</td><td className="num">{e.line ?? e.row}</td><td>{e.column ?? '—'}</td><td lang={i18n.language === 'en' ? undefined : 'en'}>{e.message}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.errors.length > 500 && <p className="hint">{t('more', { count: r.errors.length - 500 })}</p>}
    </section>
  );
}
