import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { TimeState } from './time-state.ts';

/** Hours advanced per animation step while playing, and the step's length. */
const PLAY_STEP_H = 1;
const PLAY_MS = 350;

interface Props {
  horizonHours: number;
  startMs: number;
  /** The chosen hour, or null: the map shows the whole plan. */
  hour: number | null;
  onHour: (h: number | null) => void;
  playing: boolean;
  onPlaying: (p: boolean) => void;
  state: TimeState | null;
  totalEvacuees: number;
  /** The schedule (Gantt) under the map: open or closed from here, beside the time it shares. */
  scheduleOpen?: boolean;
  onSchedule?: (open: boolean) => void;
}

/** The plan's horizon under the map (H+0 …): a slider, play/pause, and what the map shows at that hour. */
export function TimeBar({ horizonHours, startMs, hour, onHour, playing, onPlaying, state, totalEvacuees, scheduleOpen, onSchedule }: Props) {
  const { t } = useTranslation('map');
  const f = useFormat();
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = (hour ?? -PLAY_STEP_H) + PLAY_STEP_H;
      if (next > horizonHours) { onPlaying(false); return; }
      onHour(next);
    }, PLAY_MS);
    return () => window.clearInterval(timer);
  }, [playing, hour, horizonHours, onHour, onPlaying]);
  const h = hour ?? 0;
  const at = new Date(startMs + h * 3_600_000).toISOString();
  return (
    <div className="time-bar" data-testid="time-bar">
      <button type="button" className="btn btn-small" aria-pressed={playing} onClick={() => { if (!playing && (hour === null || hour >= horizonHours)) onHour(0); onPlaying(!playing); }}>
        {playing ? t('time.pause') : t('time.play')}
      </button>
      {onSchedule && (
        <button type="button" className="btn btn-small schedule-toggle" aria-expanded={!!scheduleOpen} onClick={() => onSchedule(!scheduleOpen)}>
          {t('toggle', { ns: 'schedule' })}
        </button>
      )}
      <input type="range" min={0} max={horizonHours} step={1} value={h} aria-label={t('time.slider')}
        aria-valuetext={t('time.offset', { h })} onChange={(e) => { onPlaying(false); onHour(Number(e.target.value)); }} />
      {hour === null ? (
        <span className="time-readout muted">{t('time.wholePlan')}</span>
      ) : (
        <span className="time-readout" data-testid="time-readout">
          <strong>{t('time.offset', { h })}</strong> <span className="muted" data-testid="time-at">{f.dateTime(at)}</span>{' · '}
          <span data-testid="time-waiting">{t('time.waiting', { n: f.number(state?.waiting ?? totalEvacuees) })}</span>{' · '}
          <span data-testid="time-out">{t('time.out', { n: f.number(state?.out ?? 0) })}</span>{' · '}
          <span data-testid="time-aircraft">{t('time.inAir', { count: (state?.aircraft.features.length ?? 0) - (state?.atSea ?? 0) })}</span>
          {(state?.atSea ?? 0) > 0 && <>{' · '}<span data-testid="time-ships">{t('time.atSea', { count: state?.atSea ?? 0 })}</span></>}
          {' '}<button type="button" className="btn-link" onClick={() => { onPlaying(false); onHour(null); }}>{t('time.showAll')}</button>
        </span>
      )}
    </div>
  );
}
