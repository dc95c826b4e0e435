import { useState, type ChangeEvent } from 'react';
import type { ImportKind, ImportReport } from '../../../../../shared/schemas/imports.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { invalidateQueries } from '../../../lib/query.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useTranslation } from 'react-i18next';
import { commitImport, isGeoJson, previewImport, useImportInfo } from '../api/imports.ts';
import { ImportReportView } from './import-report.tsx';
import './import.css';

const KINDS: { id: ImportKind; label: string }[] = [
  { id: 'airports', label: 'Airports' }, { id: 'areas', label: 'Assembly areas' }, { id: 'offers', label: 'Lift offers' },
];

/** CSV import in the running server: choose a file, preview (nothing written), then import all or nothing. */
export function ImportPage() {
  const { t } = useTranslation('exchange');
  const info = useImportInfo();
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const limits = info.data?.limits;

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    setReport(null);
    setError(null);
    if (!f) { setFile(null); return; }
    if (limits && f.size > limits.maxBytes) {
      setFile(null);
      setError(new Error(`${f.name} is ${(f.size / 1048576).toFixed(1)} MB; an import takes at most ${(limits.maxBytes / 1048576).toFixed(1)} MB. Split it into several files.`));
      return;
    }
    setFile({ name: f.name, text: await f.text() });
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
      <h1>Import CSV</h1>
      <p className="muted">Airports, assembly areas or lift offers, one kind per file, with the field names of the API as the header. Rows whose <code>id</code> exists are updated, the others created. Preview first: it checks every row and writes nothing. The import is all or nothing.</p>
      <section className="import-form" aria-label="File">
        <label>File<input type="file" name="csv-file" accept=".csv,text/csv,.geojson,.json,application/geo+json" onChange={(e) => void choose(e)} /></label>
        <label>Holds
          <select name="kind" value={kind} onChange={(e) => { setKind(e.target.value as ImportKind | ''); setReport(null); }}>
            <option value="">tell from the header</option>
            {KINDS.map((k) => <option key={k.id} value={k.id}>{k.label}</option>)}
          </select>
        </label>
        <div className="import-buttons">
          <button type="button" className="btn" disabled={!file || !!busy} onClick={() => void go('preview')}>{busy === 'preview' ? 'Checking…' : 'Preview'}</button>
          <button type="button" className="btn btn-primary" disabled={!file || !!busy || !report || report.committed || report.errors.length > 0} onClick={() => void go('commit')}
            title={!report ? 'Preview the file first' : undefined}>{busy === 'commit' ? 'Importing…' : 'Import'}</button>
        </div>
        <p className="hint">{t('import.geojson')}</p>
        {limits && <p className="hint">At most {(limits.maxBytes / 1048576).toFixed(0)} MB and {limits.maxRows.toLocaleString('en-US')} rows per file.</p>}
      </section>
      {busy && <Spinner label={busy === 'preview' ? 'Checking every row…' : 'Importing…'} />}
      <ErrorAlert error={error} title="Not imported" onDismiss={() => setError(null)} />
      {report && file && <ImportReportView report={report} fileName={file.name} />}
      {info.data && !report && (
        <details className="columns-help" open={!file}>
          <summary>Columns of each kind</summary>
          {KINDS.map((k) => {
            const spec = info.data!.kinds[k.id];
            return spec ? (
              <p key={k.id}><strong>{k.label}</strong>: {spec.columns.map((c) => <code key={c} className={spec.required.includes(c) ? 'col-required' : undefined}>{c}</code>)}</p>
            ) : null;
          })}
          <p className="hint">Bold columns are required. Origin airports of an offer: ids separated by <code>;</code>. Times in ISO-8601 UTC.</p>
        </details>
      )}
    </main>
  );
}
