import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { GanttRow } from './gantt-rows.ts';
import { GanttBarView } from './gantt-bar.tsx';
import { nextBar } from './gantt-keys.ts';
import { labelPx, LANE_PX, pxPerHour, tickHours } from './gantt-scale.ts';
import { useWidth } from './use-width.ts';

interface Props {
  rows: GanttRow[];
  span: number;
  startMs: number;
  /** The map's hour: a vertical line over every row. */
  hour: number | null;
  onHour: (h: number) => void;
  selectedId: string | null;
  onSelect: (sortieId: string) => void;
  rowLabel: (row: GanttRow) => { short: string; full: string };
  barLabel: (sortieId: string) => string;
}

/** Sorties as bars over the plan's horizon; a click on a bar selects it, a click on a row's track moves the time. */
export function Gantt({ rows, span, startMs, hour, onHour, selectedId, onSelect, rowLabel, barLabel }: Props) {
  const { t } = useTranslation('schedule');
  const f = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const width = useWidth(scroller);
  const px = pxPerHour(width, span);
  const LABEL_PX = labelPx(width);
  // Playing the map's time keeps its line in view.
  useEffect(() => {
    const el = scroller.current;
    if (!el || hour === null) return;
    const x = LABEL_PX + hour * px;
    if (x < el.scrollLeft + LABEL_PX || x > el.scrollLeft + el.clientWidth - 24) el.scrollLeft = Math.max(0, x - LABEL_PX - el.clientWidth / 3);
  }, [hour, px, LABEL_PX]);
  // One tab stop: the bar last focused (or selected, or the first); the arrow keys move between bars.
  const [focused, setFocused] = useState<string | null>(null);
  const all = new Set(rows.flatMap((r) => r.bars.map((b) => b.sortieId)));
  const tabbable = [focused, selectedId, rows[0]?.bars[0]?.sortieId].find((id) => id && all.has(id)) ?? null;
  const onKeyDown = (e: KeyboardEvent) => {
    const id = (e.target as HTMLElement).dataset.sortie;
    const next = id ? nextBar(rows, id, e.key) : null;
    if (!next) return;
    e.preventDefault();
    setFocused(next);
    scroller.current?.querySelector<HTMLElement>(`[data-sortie="${CSS.escape(next)}"]`)?.focus();
  };
  const at = (h: number) => new Date(startMs + h * 3_600_000).toISOString();
  return (
    <div className="gantt-scroll" ref={scroller} data-testid="gantt" style={{ ['--gantt-label' as string]: `${LABEL_PX}px` }}>
      <div className="gantt-inner" style={{ width: LABEL_PX + span * px + 8 }} onKeyDown={onKeyDown}
        onFocus={(e) => { const id = (e.target as HTMLElement).dataset.sortie; if (id) setFocused(id); }}>
        <div className="gantt-axis" aria-hidden="true">
          {tickHours(span, px).map((h) => (
            <span key={h} className="gantt-tick" style={{ left: LABEL_PX + h * px }} title={f.dateTime(at(h))}>{t('offset', { h })}</span>
          ))}
        </div>
        {rows.map((row) => {
          const label = rowLabel(row);
          return (
            <div className="gantt-row" key={row.key} role="group" aria-label={t('rowLabel', { name: label.full, count: row.sorties })}>
              <span className="gantt-label" title={label.full}>{label.short}</span>
              <div className="gantt-track" style={{ height: row.lanes * LANE_PX + 4 }}
                onClick={(e) => onHour(Math.max(0, Math.min(span, Math.floor((e.clientX - e.currentTarget.getBoundingClientRect().left) / px))))}>
                {row.bars.map((b) => <GanttBarView key={b.sortieId} bar={b} px={px} selected={b.sortieId === selectedId} label={barLabel(b.sortieId)} onSelect={onSelect} tabbable={b.sortieId === tabbable} />)}
              </div>
            </div>
          );
        })}
        {hour !== null && <span className="gantt-now" data-testid="gantt-now" data-hour={hour} style={{ left: LABEL_PX + hour * px }} aria-hidden="true" />}
      </div>
    </div>
  );
}
