import { useTranslation } from 'react-i18next';
import type { PartnerLedger } from '../../../../../shared/schemas/ledger.ts';
import { usePrintFormat } from '../use-print-format.ts';

/**
 * Reciprocity ledger (issue 15): per partner, seats it offered, what of its lift the plan uses for
 * Japanese nationals, and the seats Japan gives its nationals — the record defence diplomacy needs.
 * Partners with nothing offered, used or asked for are left out.
 */
export function ReciprocitySection({ ledgers }: { ledgers: PartnerLedger[] }) {
  const { t } = useTranslation('print', { keyPrefix: 'reciprocity' });
  const f = usePrintFormat();
  const rows = ledgers.filter((l) => l.offered.seats > 0 || l.used.sorties > 0 || l.given.requested > 0 || l.given.carried > 0);
  return (
    <section className="pr-section" aria-labelledby="pr-reciprocity-title" data-testid="print-reciprocity">
      <h2 id="pr-reciprocity-title">{t('title')}</h2>
      <p className="pr-sub">{t('intro')}</p>
      {rows.length === 0 ? <p>{t('none')}</p> : (
        <table className="pr-table">
          <thead>
            <tr>
              <th>{t('partner')}</th>
              <th className="num">{t('offered')}</th><th className="num">{t('usedSorties')}</th><th className="num">{t('used')}</th>
              <th className="num">{t('requested')}</th><th className="num">{t('accepted')}</th><th className="num">{t('given')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={l.partnerId} data-partner={l.partnerId}>
                <td>{l.name} <span className="pr-sub">({l.nation})</span></td>
                <td className="num">{f.count(l.offered.seats)}</td>
                <td className="num">{f.count(l.used.sorties)}</td>
                <td className="num">{f.count(l.used.japaneseCarried)}</td>
                <td className="num">{f.count(l.given.requested)}</td>
                <td className="num">{f.count(l.given.accepted)}</td>
                <td className="num">{f.count(l.given.carried)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.some((l) => l.actual) && (
        <ul className="pr-offers" data-testid="print-reciprocity-actual">
          {rows.filter((l) => l.actual).map((l) => (
            <li key={l.partnerId}>{t('actual', { partner: l.name, sorties: f.count(l.actual!.sortiesDeparted), japanese: f.count(l.actual!.japaneseCarried), nationals: f.count(l.actual!.nationalsCarried) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
