import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { fmtCount, fmtDateTime, fmtPercent, fmtTime } from './format.ts';

/**
 * The paper's formats in the language it is printed in: English keeps the briefing's Zulu forms
 * ("01 Apr 06:00Z"), Japanese reads JST through Intl ("4/1 15:00", "2027年4月1日 15:00 JST"). Another zone
 * chosen for the client (JST in English, UTC in Japanese, the theatre's) prints in that zone, named.
 */
export function usePrintFormat() {
  const { t, i18n } = useTranslation('print');
  const f = useFormat();
  const hours = (h: number | null | undefined) => {
    if (h === null || h === undefined) return '–';
    const whole = Math.floor(h);
    const m = Math.round((h - whole) * 60);
    if (m === 60) return t('hours.h', { h: whole + 1 });
    return m ? t('hours.hm', { h: whole, m: String(m).padStart(2, '0') }) : t('hours.h', { h: whole });
  };
  if (i18n.language !== 'ja' && f.zone === 'UTC') return { time: fmtTime, dateTime: fmtDateTime, count: fmtCount, percent: fmtPercent, zone: 'UTC', hours };
  if (i18n.language !== 'ja') {
    return { time: (iso: string | null | undefined) => f.shortTime(iso), dateTime: (iso: string | null | undefined) => f.dateTime(iso), count: fmtCount, percent: fmtPercent, zone: f.zoneLabel(), hours };
  }
  return {
    time: (iso: string | null | undefined) => f.shortTime(iso),
    dateTime: (iso: string | null | undefined) => f.dateTime(iso),
    count: (n: number | null | undefined) => f.number(n),
    percent: (part: number, whole: number) => f.percent(part, whole),
    zone: f.zoneLabel(),
    hours,
  };
}
