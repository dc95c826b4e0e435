import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../../shared/plan/checks/violations.ts';
import { groupViolations, type ViolationGroup } from './violation-groups.ts';
import { ViolationText } from '../components/violation-text.tsx';
import { shortName } from './short-name.ts';

interface Props {
  violations: Violation[];
  onShow: (v: Violation) => void;
  /** A sortie in words ("6 Apr 12:00Z TPE→OKA · Royal Air Force · C-17"). */
  sortieName: (id: string) => string | undefined;
  airportLabel: (id: string) => string;
  areaName: (id: string) => string;
  offerName: (id: string) => string;
  onArea: (id: string) => void;
  onAirport: (id: string) => void;
}

/** How many sorties a group lists under its card before "and N more". */
const SHOWN = 8;

/** The rules the plan breaks, one card per rule and place, each with "show on map" and what to open to fix it. */
export function ViolationGroups({ violations, onShow, sortieName, airportLabel, areaName, offerName, onArea, onAirport }: Props) {
  const { t } = useTranslation('map');
  const groups = useMemo(() => groupViolations(violations), [violations]);
  const place = (g: ViolationGroup) => [g.assemblyAreaId && shortName(areaName(g.assemblyAreaId), 40), g.airportId && airportLabel(g.airportId), !g.airportId && !g.assemblyAreaId && g.offerId && offerName(g.offerId)]
    .filter(Boolean).join(' → ') || t('violations.thePlan');
  return (
    <section aria-label={t('violations.title')}>
      <h2>{t('violations.title')} <span className={`count ${violations.length ? 'count-bad' : 'count-ok'}`} data-testid="violation-count">{violations.length}</span></h2>
      {violations.length === 0 ? <p className="text-ok">{t('violations.none')}</p> : (
        <>
          <p className="muted" data-testid="violation-groups">{t('violations.summary', { count: groups.length, n: violations.length })}</p>
          <ul className="list violations violation-groups">
            {groups.map((g) => {
              const first = g.violations[0]!;
              return (
                <li key={g.key} className="violation-group" data-rule={g.rule}>
                  <div className="violation-head">
                    <span className="rule-tag">{t(`rule.${g.rule}`, { defaultValue: g.rule })}</span>
                    <strong>{place(g)}</strong>
                    {g.sortieIds.length > 1 && <span className="count count-bad">{t('violations.sorties', { count: g.sortieIds.length })}</span>}
                  </div>
                  <p className="violation-text"><ViolationText violation={first} sortieName={sortieName} /></p>
                  {g.sortieIds.length > 1 && (
                    <details>
                      <summary>{t('violations.listSorties', { count: g.sortieIds.length })}</summary>
                      <ul className="violation-sorties">
                        {g.sortieIds.slice(0, SHOWN).map((id) => <li key={id}>{sortieName(id) ?? t('violations.unknownSortie')}</li>)}
                        {g.sortieIds.length > SHOWN && <li className="muted">{t('violations.more', { count: g.sortieIds.length - SHOWN })}</li>}
                      </ul>
                    </details>
                  )}
                  <div className="violation-actions">
                    {(first.assemblyAreaId || first.airportId || first.sortieId) && <button type="button" className="btn btn-small" onClick={() => onShow(first)}>{t('violations.show')}</button>}
                    {g.airportId && <button type="button" className="btn btn-small" onClick={() => onAirport(g.airportId!)}>{t('violations.openAirport', { airport: airportLabel(g.airportId) })}</button>}
                    {g.assemblyAreaId && <button type="button" className="btn btn-small" onClick={() => onArea(g.assemblyAreaId!)}>{t('violations.openArea')}</button>}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
