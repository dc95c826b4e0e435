import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountrySdf } from './sdf-summary.ts';
import { TOGGLES, type LayerToggle } from './layers.ts';
import { shortName } from './short-name.ts';
import './map-view.css';

export interface Findable { kind: 'area' | 'airport'; id: string; label: string; detail: string }

interface Props {
  findables: Findable[];
  countries: string[];
  sdf: CountrySdf[];
  toggles: Record<LayerToggle, boolean>;
  onToggles: (t: Record<LayerToggle, boolean>) => void;
  onFit: (country: string | null) => void;
  onFind: (f: Findable) => void;
}

/** Over the map: search an airport or area, frame a theatre, layer toggles, and the SDF restriction once per country. */
export function MapToolbar({ findables, countries, sdf, toggles, onToggles, onFit, onFind }: Props) {
  const { t } = useTranslation('map');
  const listId = useId();
  const [q, setQ] = useState('');
  const pick = (value: string) => {
    const v = value.trim().toLowerCase();
    if (!v) return;
    const hit = findables.find((f) => f.label.toLowerCase() === v || `${f.label} — ${f.detail}`.toLowerCase() === v)
      ?? findables.find((f) => f.label.toLowerCase().startsWith(v) || f.detail.toLowerCase().includes(v));
    if (hit) { onFind(hit); setQ(''); }
  };
  return (
    <div className="map-toolbar" data-testid="map-toolbar">
      <form className="map-search" role="search" onSubmit={(e) => { e.preventDefault(); pick(q); }}>
        <input type="search" value={q} list={listId} placeholder={t('search.placeholder')} aria-label={t('search.label')}
          onChange={(e) => { setQ(e.target.value); if (findables.some((f) => `${f.label} — ${f.detail}` === e.target.value)) pick(e.target.value); }} />
        <datalist id={listId}>
          {findables.map((f) => <option key={`${f.kind}-${f.id}`} value={`${f.label} — ${f.detail}`} />)}
        </datalist>
      </form>
      <div className="map-fit" role="group" aria-label={t('fit.label')}>
        {countries.length > 1 && <button type="button" className="btn btn-small" onClick={() => onFit(null)}>{t('fit.all')}</button>}
        {countries.map((c) => <button key={c} type="button" className="btn btn-small" onClick={() => onFit(c)} title={t('fit.country', { country: c })}>{c}</button>)}
      </div>
      <details className="map-layers">
        <summary>{t('layers.title')}</summary>
        <fieldset>
          <legend className="sr-only">{t('layers.title')}</legend>
          {(Object.keys(TOGGLES) as LayerToggle[]).map((k) => (
            <label key={k}><input type="checkbox" checked={toggles[k]} onChange={(e) => onToggles({ ...toggles, [k]: e.target.checked })} /> {t(`layers.${k}`)}</label>
          ))}
        </fieldset>
      </details>
      {sdf.map((c) => (
        <span key={c.country} className="badge badge-sdf" data-testid="sdf-badge" title={c.reason}>
          {c.access === 'denied' ? t('sdf.deniedIn', { country: c.country }) : t('sdf.partlyIn', { country: c.country })}
        </span>
      ))}
    </div>
  );
}

/** Areas and airports as the search lists them: short name or code, with the full name beside. */
export function findablesOf(areas: { id: string; name: string; country: string }[], airports: { id: string; label: string; name: string }[]): Findable[] {
  return [
    ...airports.map((a) => ({ kind: 'airport' as const, id: a.id, label: a.label, detail: a.name })),
    ...areas.map((a) => ({ kind: 'area' as const, id: a.id, label: shortName(a.name), detail: a.name })),
  ];
}
