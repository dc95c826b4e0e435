import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';

export interface Hovered { layer: string; props: Record<string, unknown>; x: number; y: number }

const num = (v: unknown) => Number(v ?? 0);

/** What the pointer is over — area, cluster, airport, leg, aircraft or hazard zone — with full names, never ids. */
export function HoverCard({ hovered }: { hovered: Hovered }) {
  const { t } = useTranslation('map');
  const f = useFormat();
  const p = hovered.props;
  let body: React.ReactNode = null;
  switch (hovered.layer) {
    case 'area-circles':
      body = (
        <>
          <strong>{String(p.name)}</strong> <span className="muted">{t('hover.area', { country: String(p.country) })}</span>
          <div>{t('hover.areaCounts', { evacuees: f.number(num(p.evacuees)), planned: f.number(num(p.planned)), share: f.percent(num(p.share)) })}</div>
          {num(p.waiting) > 0 && <div>{t('hover.waitingNow', { count: num(p.waiting), n: f.number(num(p.waiting)) })}</div>}
          <div className={num(p.left) > 0 ? 'text-bad' : 'text-ok'}>{t('hover.left', { count: num(p.left), n: f.number(num(p.left)) })}</div>
        </>
      );
      break;
    case 'area-clusters':
      body = (
        <>
          <strong>{t('hover.cluster', { count: num(p.point_count) })}</strong>
          <div>{t('hover.areaCounts', { evacuees: f.number(num(p.evacuees)), planned: f.number(num(p.planned)), share: f.percent(num(p.planned), num(p.evacuees)) })}</div>
          <div className="muted">{t('hover.clusterZoom')}</div>
        </>
      );
      break;
    case 'airport-circles':
      body = (
        <>
          <strong>{String(p.label)}</strong> <span className="muted">{String(p.name)}{p.mode === 'sea' ? ` · ${t('hover.seaport')}` : ''}</span>
          <div>{p.state === 'open' ? t('hover.open') : p.state === 'hazard' ? t('hover.inHazard') : t('hover.closed')} · {t('hover.capacity', { n: f.number(num(p.departuresPerHour)) })}</div>
          <div>{t('hover.airportUse', { sorties: f.number(num(p.sorties)), passengers: f.number(num(p.passengers)) })}</div>
          {num(p.departing) > 0 && <div>{t('hover.departingNow', { count: num(p.departing) })}</div>}
          {p.sdf !== 'allowed' && <div className="text-sdf">{p.sdf === 'denied' ? t('hover.sdfDenied') : t('hover.sdfPartly')} {String(p.sdfReason)}</div>}
        </>
      );
      break;
    case 'allocation-lines':
      body = (
        <>
          <strong>{String(p.areaName)} → {String(p.airportLabel)}</strong>
          <div>{t('hover.leg', { count: num(p.sorties), passengers: f.number(num(p.passengers)) })}{p.locked ? ` · ${t('hover.locked')}` : ''}</div>
        </>
      );
      break;
    case 'aircraft':
    case 'ships':
      body = (
        <>
          <strong>{String(p.route)}</strong> <span className="muted">{String(p.operator)}{p.mode === 'sea' ? ` · ${t('hover.sailing')}` : ''}</span>
          <div>{t('hover.aboard', { count: num(p.passengers), n: f.number(num(p.passengers)) })}</div>
        </>
      );
      break;
    case 'hazard-fill':
      body = <><strong>{t('hover.hazard', { name: String(p.name) })}</strong><div>{t('hover.hazardRule')}</div></>;
      break;
  }
  if (!body) return null;
  return <div className="hover-card" style={{ left: hovered.x + 14, top: hovered.y + 14 }} role="tooltip">{body}</div>;
}
