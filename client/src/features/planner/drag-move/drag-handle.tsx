import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDragMove } from './drag-context.ts';
import './drag-move.css';

/** A grip glyph, not words: nothing to translate. */
const GRIP = '⠿';

/**
 * The grip that picks up an area's people on one sortie. Native HTML5 drag: a drag of one kind onto
 * bars that are plain buttons needs no library, and the keyboard path is the "Move…" list beside it
 * (so the grip is hidden from assistive tech and the tab order).
 */
export function DragHandle({ areaId, fromSortieId }: { areaId: string; fromSortieId: string }) {
  const { t } = useTranslation('schedule');
  const d = useDragMove();
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', `${areaId} ${fromSortieId}`);
    // Chromium cancels a drag whose page changes inside dragstart: mark the targets just after it.
    setTimeout(() => d.start({ areaId, fromSortieId }), 0);
  };
  return (
    <span className="drag-handle" draggable aria-hidden="true" title={t('drop.handle')} data-drag-area={areaId} data-drag-from={fromSortieId}
      onDragStart={onDragStart} onDragEnd={d.end}>{GRIP}</span>
  );
}
