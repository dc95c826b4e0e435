import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { ImportKind, ImportProblem, ImportReport } from '../../../../../shared/schemas/imports.ts';
import { columnWord, wordProblem } from './problem-words.ts';

/** One problem: where (row, line, the column in the reader's header words) and what, worded from its code. */
function ProblemRow({ e, kind }: { e: ImportProblem; kind: ImportKind }) {
  const { t, i18n } = useTranslation('exchange', { keyPrefix: 'import' });
  const { text, detail } = wordProblem(i18n.t, e);
  return (
    <tr data-code={e.code}>
      <td className="num">{e.feature !== undefined ? t('feature', { n: e.feature }) : e.row}</td><td className="num">{e.line ?? e.row}</td>
      <td>{columnWord(kind, e, i18n.resolvedLanguage)}</td>
      <td>{text}{detail && detail !== text && <small className="muted" lang="en"> ({detail})</small>}</td>
    </tr>
  );
}

export function ImportReportView({ report: r, fileName }: { report: ImportReport; fileName: string }) {
  const { t } = useTranslation('exchange', { keyPrefix: 'import' });
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
              <ProblemRow key={i} e={e} kind={r.kind} />
            ))}
          </tbody>
        </table>
      </div>
      {r.errors.length > 500 && <p className="hint">{t('more', { count: r.errors.length - 500 })}</p>}
    </section>
  );
}
