import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OperationSortie } from '../../../../../shared/schemas/operation.ts';
import { Dialog } from '../../../components/feedback.tsx';

type Lines = Record<string, [string, string, string]>;

/**
 * The departure report: who actually boarded, per assembly area and priority (the reconciliation and the
 * burn-down count these, so nothing is guessed — every box starts empty beside the planned figure).
 */
export function DepartDialog({ sortie, areas, now, onSend, onClose }: {
  sortie: OperationSortie; areas: Record<string, string>; now: string;
  onSend: (body: { departedAt: string; manifest: { assemblyAreaId: string; priority: 1 | 2 | 3; passengers: number }[] }) => void; onClose: () => void;
}) {
  const { t } = useTranslation('operation');
  const [lines, setLines] = useState<Lines>(() => Object.fromEntries(sortie.planned.map((p) => [p.assemblyAreaId, ['', '', '']])));
  const [at, setAt] = useState(now.slice(0, 16));
  const manifest = Object.entries(lines).flatMap(([assemblyAreaId, v]) => v.map((n, i) => ({ assemblyAreaId, priority: (i + 1) as 1 | 2 | 3, passengers: Number(n || 0) })).filter((m) => m.passengers > 0));
  const total = manifest.reduce((n, m) => n + m.passengers, 0);
  const over = total > sortie.seats;
  // In a portal: the sortie table's cells (nowrap, scrolled sideways) must not shape or clip the dialog.
  return createPortal(
    <Dialog open title={t('depart.title')} onClose={onClose}>
      <form className="op-depart-form" onSubmit={(e) => { e.preventDefault(); if (!over) onSend({ departedAt: new Date(`${at}:00Z`).toISOString(), manifest }); }}>
        <label>{t('depart.at')}<input type="datetime-local" value={at} required onChange={(e) => setAt(e.target.value)} /></label>
        <table>
          <thead><tr><th>{t('col.area')}</th><th>{t('col.planned')}</th><th>P1</th><th>P2</th><th>P3</th></tr></thead>
          <tbody>{sortie.planned.map((p) => (
            <tr key={p.assemblyAreaId}>
              <td>{areas[p.assemblyAreaId] ?? p.assemblyAreaId}</td><td>{p.passengers}</td>
              {[0, 1, 2].map((i) => (
                <td key={i}><input type="number" min={0} max={sortie.seats} step={1} aria-label={t('depart.count', { area: areas[p.assemblyAreaId] ?? p.assemblyAreaId, p: i + 1 })}
                  value={lines[p.assemblyAreaId]?.[i] ?? ''} onChange={(e) => setLines((l) => ({ ...l, [p.assemblyAreaId]: (l[p.assemblyAreaId] ?? ['', '', '']).map((v, j) => (j === i ? e.target.value : v)) as [string, string, string] }))} /></td>
              ))}
            </tr>
          ))}</tbody>
        </table>
        <p className={over ? 'bad' : 'muted'} role={over ? 'alert' : undefined}>{over ? t('depart.over', { total, seats: sortie.seats }) : t('depart.total', { total, seats: sortie.seats })}</p>
        <div className="op-actions"><button type="submit" disabled={over}>{t('action.depart')}</button><button type="button" onClick={onClose}>{t('depart.close')}</button></div>
      </form>
    </Dialog>,
    document.body,
  );
}
