import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';

export type FieldDef =
  | { key: string; kind: 'int'; min: number; max: number; nullable?: boolean }
  | { key: string; kind: 'select'; options: string[] };

interface Props {
  /** Which record: picks the words of the messages (planner:registry.<what>). */
  what: 'airport' | 'area';
  record: { version: number } & Record<string, unknown> | undefined;
  loading: { status: string; error: unknown; refetch: () => Promise<void> };
  fields: FieldDef[];
  save: (version: number, patch: Record<string, number | string | null>) => Promise<{ version: number }>;
}

const toText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * Edits some fields of a versioned registry record: sends only what changed, with the version it
 * was opened at. When someone saved in between (409) it says so and offers to reload their values.
 */
export function RecordForm({ what, record, loading, fields, save }: Props) {
  const { t } = useTranslation('planner', { keyPrefix: 'registry' });
  const [values, setValues] = useState<Record<string, string>>({});
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'conflict'; message: string } | { kind: 'error'; error: unknown }>({ kind: 'idle' });
  const version = record?.version;
  // A new version (saved here, or reloaded) resets the form to what the registry holds.
  useEffect(() => {
    if (record) setValues(Object.fromEntries(fields.map((f) => [f.key, toText(record[f.key])])));
  }, [record, fields]);

  if (loading.status === 'error' && !record) {
    return (
      <div className="record-form">
        <ErrorAlert error={loading.error} title={t(`${what}.loadFailed`)} />
        <button type="button" className="btn btn-small" onClick={() => void loading.refetch()}>{t('tryAgain')}</button>
      </div>
    );
  }
  if (!record || version === undefined) return <Spinner label={t(`${what}.loading`)} />;

  const patch: Record<string, number | string | null> = {};
  for (const f of fields) {
    const v = values[f.key] ?? '';
    if (v === toText(record[f.key])) continue;
    patch[f.key] = f.kind === 'select' ? v : v === '' && f.nullable ? null : Number(v);
  }
  const changed = Object.keys(patch).length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!changed) return;
    setState({ kind: 'saving' });
    try {
      await save(version, patch);
      setState({ kind: 'saved' });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setState({ kind: 'conflict', message: err.message });
      else setState({ kind: 'error', error: err });
    }
  };
  const reload = async () => {
    await loading.refetch();
    setState({ kind: 'idle' });
  };

  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} aria-label={t(`${what}.details`)}>
      <div className="record-fields">
        {fields.map((f) => (
          <label key={f.key}>{t(`field.${f.key}`)}
            {f.kind === 'select' ? (
              <select value={values[f.key] ?? ''} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}>
                {f.options.map((o) => <option key={o} value={o}>{t(`option.${o}`)}</option>)}
              </select>
            ) : (
              <input type="number" min={f.min} max={f.max} step={1} required={!f.nullable} value={values[f.key] ?? ''}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />
            )}
          </label>
        ))}
      </div>
      {state.kind === 'conflict' && (
        <div className="alert alert-error" role="alert">
          <span>{state.message}</span>
          <button type="button" className="btn btn-small" onClick={() => void reload()}>{t('reload')}</button>
        </div>
      )}
      {state.kind === 'error' && <ErrorAlert error={state.error} title={t('notSaved')} onDismiss={() => setState({ kind: 'idle' })} />}
      <div className="row actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={!changed || state.kind === 'saving'}>
          {state.kind === 'saving' ? t('saving') : t(`${what}.save`)}
        </button>
        {changed && <button type="button" className="btn btn-small btn-ghost" onClick={() => setValues(Object.fromEntries(fields.map((f) => [f.key, toText(record[f.key])])))}>{t('undo')}</button>}
        <span className="hint">{t('version', { v: version })}{state.kind === 'saved' && !changed ? ` · ${t('saved')}` : ''}</span>
      </div>
    </form>
  );
}
