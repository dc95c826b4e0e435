import type { OfferStatus } from '../../../../../shared/schemas/domain.ts';

const LABEL: Record<OfferStatus, string> = { submitted: 'Submitted', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn' };

export function StatusChip({ status }: { status: OfferStatus }) {
  return <span className={`chip chip-offer-${status}`}>{LABEL[status]}</span>;
}
