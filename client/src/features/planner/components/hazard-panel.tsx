import { Trans, useTranslation } from 'react-i18next';
import type { Airport, HazardZone } from '../../../../../shared/schemas/domain.ts';
import { airportsClosedByZones } from '../map/hazard-edit.ts';
import type { DrawMode } from './hazard-draw.tsx';

interface Props {
  zones: HazardZone[];
  airports: Airport[];
  isPlanner: boolean;
  editing: { mode: DrawMode; dirty: boolean } | null;
  saving: boolean;
  onStart: () => void;
  onMode: (m: DrawMode) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  onZoom: (z: HazardZone) => void;
}

const MODES: readonly DrawMode[] = ['select', 'polygon', 'rectangle'];

/** The scenario's hazard zones: what each closes, and drawing, moving and deleting them on the map. */
export function HazardPanel(p: Props) {
  const { t } = useTranslation('planner', { keyPrefix: 'hazards' });
  const closed = airportsClosedByZones(p.zones, p.airports);
  return (
    <section aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {p.editing ? (
        <>
          <div className="row draw-tools" role="toolbar" aria-label={t('tools')}>
            {MODES.map((m) => (
              <button key={m} type="button" className={`btn btn-small ${p.editing?.mode === m ? 'btn-primary' : ''}`} aria-pressed={p.editing?.mode === m} onClick={() => p.onMode(m)}>
                {t(`tool.${m}`)}
              </button>
            ))}
          </div>
          <p className="alert alert-info">{t(`hint.${p.editing.mode}`)}</p>
        </>
      ) : p.isPlanner && <button type="button" className="btn" onClick={p.onStart}>{t('edit')}</button>}
      {p.zones.length === 0 ? <p className="muted">{t('none')}</p> : (
        <ul className="list">
          {p.zones.map((z) => {
            const inside = closed.get(z.id) ?? [];
            return (
              <li key={z.id} data-zone={z.id}>
                {p.editing ? (
                  <input className="zone-name" value={z.name} onChange={(e) => p.onRename(z.id, e.target.value)} aria-label={t('name')} maxLength={200} />
                ) : <strong>{z.name}</strong>}
                <div className="hint zone-closes">
                  {inside.length === 0 ? t('noAirport') : <Trans t={t} i18nKey="closes" values={{ airports: inside.map((a) => a.iata ?? a.icao ?? a.id).join(', ') }} components={{ bad: <span className="text-bad" /> }} />}
                </div>
                <div className="row">
                  <button type="button" className="btn-link" onClick={() => p.onZoom(z)}>{t('show')}</button>
                  {p.editing && <button type="button" className="btn btn-small btn-danger" onClick={() => p.onDelete(z.id)}>{t('delete')}</button>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {p.editing && (
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={p.onSave} disabled={p.saving || !p.editing.dirty}>{p.saving ? t('saving') : t('save')}</button>
          <button type="button" className="btn" onClick={p.onDiscard} disabled={p.saving}>{p.editing.dirty ? t('discard') : t('done')}</button>
        </div>
      )}
    </section>
  );
}
