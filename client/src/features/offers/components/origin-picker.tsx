import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Airport } from '../../../../../shared/schemas/domain.ts';
import { placeTitle } from './offer-summary.tsx';
import { airportLabel } from '../../../../../shared/plan/snapshot.ts';

/** Origins picked from a list: filter by country or name, tick airports, remove picked ones. */
export function OriginPicker({ airports, value, onChange, invalid, describedBy }: {
  airports: Airport[]; value: string[]; onChange: (ids: string[]) => void; invalid: boolean; describedBy: string | undefined;
}) {
  const { t } = useTranslation('offers', { keyPrefix: 'origins' });
  const countries = useMemo(() => [...new Set(airports.map((a) => a.country))].sort(), [airports]);
  const [country, setCountry] = useState<string>(() => (countries.includes('KR') ? 'KR' : countries[0] ?? ''));
  const [search, setSearch] = useState('');
  const byId = useMemo(() => new Map(airports.map((a) => [a.id, a])), [airports]);
  const q = search.trim().toLowerCase();
  const shown = airports
    .filter((a) => (q ? `${a.id} ${a.iata ?? ''} ${a.icao ?? ''} ${a.name}`.toLowerCase().includes(q) : a.country === country))
    .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || a.name.localeCompare(b.name));
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);

  return (
    <div className="origin-picker" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <ul className="picked" aria-label={t('picked')}>
        {value.length === 0 && <li className="hint">{t('none')}</li>}
        {value.map((id) => (
          <li key={id} className="picked-chip">
            {placeTitle(id, byId)}
            <button type="button" className="btn-link" aria-label={t('remove', { airport: placeTitle(id, byId) })} onClick={() => toggle(id)}>×</button>
          </li>
        ))}
      </ul>
      <div className="row">
        <select aria-label={t('country')} value={country} onChange={(e) => { setCountry(e.target.value); setSearch(''); }}>
          {countries.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <input className="grow" type="search" placeholder={t('searchPlaceholder')} aria-label={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="airport-list" role="group" aria-label={t('airports')}>
        {shown.length === 0 && <p className="hint">{t('noMatch')}</p>}
        {shown.map((a) => (
          <label key={a.id} className="inline">
            <input type="checkbox" checked={value.includes(a.id)} onChange={() => toggle(a.id)} />
            <span>{airportLabel(a, a.id) !== a.name && <strong>{airportLabel(a, a.id)} </strong>}{a.name} <span className="hint">{a.country} · {a.zone}{a.status === 'closed' ? ` · ${t('closed')}` : ''}</span></span>
          </label>
        ))}
      </div>
    </div>
  );
}
