import type { ReactNode } from 'react';

/** A labelled input with its hint and, next to it, the message of what is wrong with it. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string | undefined; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <div className="hint">{hint}</div>}
      {error && <div className="field-error" id={`${id}-error`}>{error}</div>}
    </div>
  );
}

/** Props for the input inside a Field: marks it invalid and points at the message. */
export const describe = (id: string, error: string | undefined) => ({
  id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined,
});
