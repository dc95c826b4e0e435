import { Dialog } from '../../../components/feedback.tsx';

/** Someone else saved first: never overwrite; reload theirs or keep ours as a separate plan. */
export function ConflictDialog({ open, message, busy, onReload, onCopy, onClose }: {
  open: boolean; message: string; busy: boolean; onReload: () => void; onCopy: () => void; onClose: () => void;
}) {
  return (
    <Dialog open={open} title="Someone else saved this plan first" onClose={onClose}>
      <p>{message}</p>
      <p>Your edits have not been saved. Nothing was overwritten.</p>
      <ul className="hint">
        <li><strong>Reload</strong> shows their version and discards your edits.</li>
        <li><strong>Keep mine as a copy</strong> saves your edits as a new draft plan beside theirs.</li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy}>Cancel</button>
        <button type="button" className="btn" onClick={onReload} disabled={busy}>Reload their version</button>
        <button type="button" className="btn btn-primary" onClick={onCopy} disabled={busy}>{busy ? 'Saving copy…' : 'Keep mine as a copy'}</button>
      </div>
    </Dialog>
  );
}
