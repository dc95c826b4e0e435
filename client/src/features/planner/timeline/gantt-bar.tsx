import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDragMove } from '../drag-move/drag-context.ts';
import type { GanttBar as Bar } from './gantt-rows.ts';
import { LANE_PX } from './gantt-scale.ts';

interface Props { bar: Bar; px: number; selected: boolean; label: string; onSelect: (id: string) => void; tabbable: boolean }

/**
 * One sortie: its time in the air, filled by the share of seats used; a pale tail to when the airframe may
 * leave again; sea blue for a sailing; red when its airport's hour is over capacity, a purple edge when people on it are locked.
 * While people are dragged, a legal target is outlined with its free seats; any other bar fades and never accepts the drop.
 */
export const GanttBarView = memo(function GanttBarView({ bar, px, selected, label, onSelect, tabbable }: Props) {
  const { t } = useTranslation('schedule');
  const d = useDragMove();
  const [over, setOver] = useState(false);
  const free = d.free ? d.free.get(bar.sortieId) ?? null : undefined;
  const width = Math.max(4, (bar.end - bar.start) * px);
  const fill = bar.seats > 0 ? Math.min(1, bar.passengers / bar.seats) : 1;
  const cls = ['gantt-bar', selected && 'is-selected', bar.overCapacity && 'is-over', bar.locked && 'is-locked', bar.mode === 'sea' && 'is-sea',
    typeof free === 'number' && 'is-drop', free === null && 'is-nodrop', over && typeof free === 'number' && 'is-drop-over'].filter(Boolean).join(' ');
  const title = free === undefined ? label : `${label} · ${free === null ? t('drop.notTarget') : t('drop.target', { count: free, n: free })}`;
  // Only a legal bar cancels dragover: that is what lets the browser drop there at all.
  const legal = typeof free === 'number';
  return (
    <>
      {bar.readyAgain !== undefined && bar.readyAgain > bar.end && (
        <span className="gantt-turn" aria-hidden="true"
          style={{ left: bar.end * px, width: (bar.readyAgain - bar.end) * px, top: bar.lane * LANE_PX + 4 }} />
      )}
      <button type="button" className={cls} data-sortie={bar.sortieId} data-drop={free === undefined ? undefined : legal ? 'yes' : 'no'}
        aria-pressed={selected} aria-label={title} title={title} tabIndex={tabbable ? 0 : -1}
        style={{ left: bar.start * px, width, top: bar.lane * LANE_PX + 2 }}
        onClick={(e) => { e.stopPropagation(); onSelect(bar.sortieId); }}
        onDragOver={legal ? (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; if (!over) setOver(true); } : undefined}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); if (legal) d.drop(bar.sortieId); }}>
        <span className="gantt-fill" style={{ width: `${fill * 100}%` }} />
      </button>
      {legal && <span className="gantt-free" aria-hidden="true" style={{ left: bar.start * px + width + 2, top: bar.lane * LANE_PX }}>{free}</span>}
    </>
  );
});
