import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Long explanations show their first lines; a click shows the rest. */
export function Clamp({ text, className = '', lang }: { text: string; className?: string; lang?: string | undefined }) {
  const { t } = useTranslation('planner');
  const [open, setOpen] = useState(false);
  if (!text) return null;
  return (
    <div className={`clamp ${open ? 'is-open' : ''} ${className}`}>
      <span className="clamp-text" lang={lang}>{text}</span>
      {text.length > 160 && (
        <button type="button" className="btn-link clamp-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>{open ? t('clamp.less') : t('clamp.more')}</button>
      )}
    </div>
  );
}
