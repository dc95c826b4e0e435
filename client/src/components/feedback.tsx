import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text.ts';

export function Spinner({ label }: { label: string }) {
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner-dot" aria-hidden="true" />
      {label}
    </div>
  );
}

/** An API or client error in words of the user's language; never swallowed. */
export function ErrorAlert({ error, title, onDismiss }: { error: unknown; title?: string; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const e = errorText(error, t, i18n.language);
  return (
    <div className="alert alert-error" role="alert">
      <div>
        {title && <strong>{title}: </strong>}
        {e.message}
        {e.fields.length > 0 && <> <span className="muted">({t(e.fields.length > 1 ? 'error.fields' : 'error.field', { field: e.fields[0], fields: e.fields.join(', ') })})</span></>}
        {e.serverDetail && <details className="error-detail"><summary>{t('error.detail')}</summary><span lang="en">{e.serverDetail}</span></details>}
      </div>
      {onDismiss && <button type="button" className="btn-link" onClick={onDismiss}>{t('dismiss')}</button>}
    </div>
  );
}

export function Dialog({ open, title, children, onClose }: { open: boolean; title: string; children: ReactNode; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose} onCancel={onClose}>
      <h2>{title}</h2>
      {open && children}
    </dialog>
  );
}
