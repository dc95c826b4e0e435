import { Trans, useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/feedback.tsx';

/** Someone else saved first: never overwrite; reload theirs or keep ours as a separate plan. */
export function ConflictDialog({ open, message, busy, onReload, onCopy, onClose }: {
  open: boolean; message: string; busy: boolean; onReload: () => void; onCopy: () => void; onClose: () => void;
}) {
  const { t } = useTranslation('planner', { keyPrefix: 'conflict' });
  return (
    <Dialog open={open} title={t('title')} onClose={onClose}>
      <p>{message}</p>
      <p>{t('text')}</p>
      <ul className="hint">
        <li><Trans t={t} i18nKey="reloadHint" components={{ strong: <strong /> }} /></li>
        <li><Trans t={t} i18nKey="copyHint" components={{ strong: <strong /> }} /></li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy}>{t('cancel')}</button>
        <button type="button" className="btn" onClick={onReload} disabled={busy}>{t('reload')}</button>
        <button type="button" className="btn btn-primary" onClick={onCopy} disabled={busy}>{busy ? t('saving') : t('copy')}</button>
      </div>
    </Dialog>
  );
}
