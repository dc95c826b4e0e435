import { useTranslation } from 'react-i18next';
import { formatFor } from '../../i18n/format.ts';
import { fmtCount, fmtDateTime, fmtPercent, fmtTime } from './format.ts';

/**
 * The paper's formats in the language it is printed in: English keeps the briefing's Zulu forms
 * ("01 Apr 06:00Z"), Japanese reads JST through Intl ("4/1 15:00", "2027年4月1日 15:00 JST").
 */
export function usePrintFormat() {
  const { t, i18n } = useTranslation('print');
  const hours = (h: number | null | undefined) => {
    if (h === null || h === undefined) return '–';
    const whole = Math.floor(h);
    const m = Math.round((h - whole) * 60);
    if (m === 60) return t('hours.h', { h: whole + 1 });
    return m ? t('hours.hm', { h: whole, m: String(m).padStart(2, '0') }) : t('hours.h', { h: whole });
  };
  if (i18n.language !== 'ja') return { time: fmtTime, dateTime: fmtDateTime, count: fmtCount, percent: fmtPercent, zone: 'UTC', hours };
  const f = formatFor('ja');
  return {
    time: (iso: string | null | undefined) => f.shortTime(iso),
    dateTime: (iso: string | null | undefined) => f.dateTime(iso),
    count: (n: number | null | undefined) => f.number(n),
    percent: (part: number, whole: number) => f.percent(part, whole),
    zone: f.zoneLabel(),
    hours,
  };
}
