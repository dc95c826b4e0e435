import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { Dialog, ErrorAlert } from '../../../components/feedback.tsx';
import { decideOffer } from '../api/decide-offer.ts';
import { getOffer } from '../api/get-offer.ts';

export type Decision = { offer: LiftOffer; status: 'accepted' | 'declined'; partnerName: string };

/** Accept or decline with a note back to the liaison; if the liaison changed the offer meanwhile, show it again. */
export function DecisionDialog({ decision, onClose, onDecided }: {
  decision: Decision | null; onClose: () => void; onDecided: (offer: LiftOffer) => void;
}) {
  const { t } = useTranslation('offers', { keyPrefix: 'decide' });
  const { t: tr } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [offer, setOffer] = useState<LiftOffer | null>(null);
  const current = offer ?? decision?.offer ?? null;
  const verb = decision?.status === 'accepted' ? t('accept') : t('decline');

  const close = () => {
    setNote('');
    setError(null);
    setOffer(null);
    onClose();
  };

  async function submit() {
    if (!decision || !current) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await decideOffer(current.id, current.version, decision.status, note);
      setNote('');
      setOffer(null);
      onDecided(saved);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const fresh = await getOffer(current.id).catch(() => null);
        if (fresh) setOffer(fresh);
        setError(new Error(t('changed', { version: fresh?.version ?? '?' })));
      } else setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={!!decision} title={decision?.status === 'accepted' ? t('acceptTitle') : t('declineTitle')} onClose={close}>
      {current && decision && (
        <>
          <p><strong>{decision.partnerName}</strong>: {t('summary', { type: current.aircraftType, seats: current.seatsPerSortie, sorties: current.sorties, version: current.version, status: tr(`offers:status.${current.status}`) })}</p>
          {current.note && <p className="hint">{t('liaisonNote', { note: current.note })}</p>}
          <label>
            {decision.status === 'declined' ? t('noteWhy') : t('noteOptional')}
            <textarea rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
          </label>
          {error !== null && <ErrorAlert error={error} />}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={close} disabled={busy}>{t('cancel')}</button>
            <button type="button" className={`btn ${decision.status === 'accepted' ? 'btn-primary' : 'btn-danger'}`} onClick={() => void submit()} disabled={busy}>
              {busy ? t('saving') : verb}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
