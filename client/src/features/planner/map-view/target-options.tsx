import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { MoveTarget } from './move-targets.ts';

/** The <option>s of a move or add: only legal sorties, earliest first, each with its free seats. */
export function TargetOptions({ targets, label }: { targets: MoveTarget[]; label: (t: MoveTarget) => string }) {
  const { t } = useTranslation('map');
  const f = useFormat();
  return (
    <>
      <option value="">{targets.length ? t('move.choose', { count: targets.length }) : t('move.none')}</option>
      {targets.map((x) => <option key={x.sortie.id} value={x.sortie.id}>{label(x)} · {t('move.free', { count: x.free, n: f.number(x.free) })}</option>)}
    </>
  );
}
