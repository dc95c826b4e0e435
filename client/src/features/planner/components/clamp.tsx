import { useState } from 'react';

/** Long explanations show their first lines; a click shows the rest. */
export function Clamp({ text, className = '' }: { text: string; className?: string }) {
  const [open, setOpen] = useState(false);
  if (!text) return null;
  return (
    <div className={`clamp ${open ? 'is-open' : ''} ${className}`}>
      <span className="clamp-text">{text}</span>
      {text.length > 160 && (
        <button type="button" className="btn-link clamp-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>{open ? 'less' : 'more'}</button>
      )}
    </div>
  );
}
