import { useTranslation } from 'react-i18next';
import type { OfferStatus } from '../../../../../shared/schemas/domain.ts';

export function StatusChip({ status }: { status: OfferStatus }) {
  const { t } = useTranslation('offers');
  return <span className={`chip chip-offer-${status}`}>{t(`statusChip.${status}`)}</span>;
}
