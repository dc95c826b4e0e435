import { COMMON_ZONES, browserZone, offsetLabel } from '../form/time-zones.ts';

/** Which time zone the page shows and takes times in; every time written out carries its offset. */
export function ZoneSelect({ zone, onChange }: { zone: string; onChange: (zone: string) => void }) {
  const mine = browserZone();
  const zones = [...new Set([...COMMON_ZONES, mine, zone])];
  const now = Date.now();
  return (
    <label className="inline zone-select">
      Times in
      <select value={zone} onChange={(e) => onChange(e.target.value)} aria-label="Time zone">
        {zones.map((z) => (
          <option key={z} value={z}>{z === mine ? `${z} (this computer)` : z} — {offsetLabel(now, z)}</option>
        ))}
      </select>
    </label>
  );
}
