import { memo } from 'react';
import type { GanttBar as Bar } from './gantt-rows.ts';
import { LANE_PX } from './gantt-scale.ts';

interface Props { bar: Bar; px: number; selected: boolean; label: string; onSelect: (id: string) => void; tabbable: boolean }

/**
 * One sortie: its time in the air, filled by the share of seats used; a pale tail to when the airframe may
 * leave again; sea blue for a sailing; red when its airport's hour is over capacity, a purple edge when people on it are locked.
 */
export const GanttBarView = memo(function GanttBarView({ bar, px, selected, label, onSelect, tabbable }: Props) {
  const width = Math.max(4, (bar.end - bar.start) * px);
  const fill = bar.seats > 0 ? Math.min(1, bar.passengers / bar.seats) : 1;
  const cls = ['gantt-bar', selected && 'is-selected', bar.overCapacity && 'is-over', bar.locked && 'is-locked', bar.mode === 'sea' && 'is-sea'].filter(Boolean).join(' ');
  return (
    <>
      {bar.readyAgain !== undefined && bar.readyAgain > bar.end && (
        <span className="gantt-turn" aria-hidden="true"
          style={{ left: bar.end * px, width: (bar.readyAgain - bar.end) * px, top: bar.lane * LANE_PX + 4 }} />
      )}
      <button type="button" className={cls} data-sortie={bar.sortieId} aria-pressed={selected} aria-label={label} title={label} tabIndex={tabbable ? 0 : -1}
        style={{ left: bar.start * px, width, top: bar.lane * LANE_PX + 2 }}
        onClick={(e) => { e.stopPropagation(); onSelect(bar.sortieId); }}>
        <span className="gantt-fill" style={{ width: `${fill * 100}%` }} />
      </button>
    </>
  );
});
