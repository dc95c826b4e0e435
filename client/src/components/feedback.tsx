import { useEffect, useRef, type ReactNode } from 'react';
import { errorMessage } from '../lib/api-client.ts';

export function Spinner({ label }: { label: string }) {
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner-dot" aria-hidden="true" />
      {label}
    </div>
  );
}

/** An API or client error in words; never swallowed. */
export function ErrorAlert({ error, title, onDismiss }: { error: unknown; title?: string; onDismiss?: () => void }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <div>
        {title && <strong>{title}: </strong>}
        {errorMessage(error)}
      </div>
      {onDismiss && <button type="button" className="btn-link" onClick={onDismiss}>Dismiss</button>}
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
