import { useState, type ChangeEvent } from 'react';
import type { ImportKind, ImportReport } from '../../../../../shared/schemas/imports.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { invalidateQueries } from '../../../lib/query.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import { commitImport, isGeoJson, previewImport, useImportInfo } from '../api/imports.ts';
import { ImportReportView } from './import-report.tsx';
import { headerRow } from '../../../../../shared/exchange/csv-header-words.ts';
import { isLanguage } from '../../../../../shared/i18n/languages.ts';
import './import.css';

const KINDS: ImportKind[] = ['airports', 'areas', 'offers'];
const mb = (bytes: number, digits: number) => (bytes / 1048576).toFixed(digits);

/** CSV import in the running server: choose a file, preview (nothing written), then import all or nothing. */
export function ImportPage() {
  const { t, i18n } = useTranslation('exchange', { keyPrefix: 'import' });
  // The column names in the reader's language: a Japanese header imports as well as the English one.
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const f = useFormat();
  const info = useImportInfo();
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const limits = info.data?.limits;

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const picked = e.target.files?.[0];
    setReport(null);
    setError(null);
    if (!picked) { setFile(null); return; }
    if (limits && picked.size > limits.maxBytes) {
      setFile(null);
      setError(new Error(t('tooBig', { name: picked.name, size: mb(picked.size, 1), max: mb(limits.maxBytes, 1) })));
      return;
    }
    setFile({ name: picked.name, text: await picked.text() });
  }

  async function go(what: 'preview' | 'commit') {
    if (!file) return;
    setBusy(what);
    setError(null);
    const body = { ...(isGeoJson(file.name, file.text) ? { geojson: file.text } : { csv: file.text }), fileName: file.name, ...(kind ? { kind } : {}) };
    try {
      const r = what === 'preview' ? await previewImport(body) : await commitImport(body);
      setReport(r);
      if (r.committed) void invalidateQueries([]);
    } catch (err) {
      // A refused import answers 422 with the full report: show it like a preview.
      if (err instanceof ApiError && err.status === 422 && err.details && typeof err.details === 'object') setReport(err.details as ImportReport);
      else setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <main className="import-page">
      <h1>{t('title')}</h1>
      <p className="muted"><Trans t={t} i18nKey="intro" components={{ code: <code /> }} /></p>
      <section className="import-form" aria-label={t('file')}>
        <label>{t('file')}<input type="file" name="csv-file" accept=".csv,text/csv,.geojson,.json,application/geo+json" onChange={(e) => void choose(e)} /></label>
        <label>{t('holds')}
          <select name="kind" value={kind} onChange={(e) => { setKind(e.target.value as ImportKind | ''); setReport(null); }}>
            <option value="">{t('fromHeader')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <div className="import-buttons">
          <button type="button" className="btn" disabled={!file || !!busy} onClick={() => void go('preview')}>{busy === 'preview' ? t('checking') : t('preview')}</button>
          <button type="button" className="btn btn-primary" disabled={!file || !!busy || !report || report.committed || report.errors.length > 0} onClick={() => void go('commit')}
            title={!report ? t('previewFirst') : undefined}>{busy === 'commit' ? t('importing') : t('import')}</button>
        </div>
        <p className="hint">{t('geojson')}</p>
        {limits && <p className="hint">{t('limits', { mb: mb(limits.maxBytes, 0), rows: f.number(limits.maxRows) })}</p>}
      </section>
      {busy && <Spinner label={busy === 'preview' ? t('checkingRows') : t('importing')} />}
      <ErrorAlert error={error} title={t('failed')} onDismiss={() => setError(null)} />
      {report && file && <ImportReportView report={report} fileName={file.name} />}
      {info.data && !report && (
        <details className="columns-help" open={!file}>
          <summary>{t('columns')}</summary>
          {KINDS.map((k) => {
            const spec = info.data!.kinds[k];
            return spec ? (
              <p key={k}><strong>{t(`kind.${k}`)}</strong>: {spec.columns.map((c) => <code key={c} className={spec.required.includes(c) ? 'col-required' : undefined} title={c}>{headerRow(k, [c], lang)[0]}</code>)}</p>
            ) : null;
          })}
          <p className="hint"><Trans t={t} i18nKey="columnsHint" components={{ code: <code /> }} /></p>
        </details>
      )}
    </main>
  );
}
