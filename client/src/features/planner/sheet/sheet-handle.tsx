import { useTranslation } from 'react-i18next';
import type { Sheet } from './use-sheet.ts';
import './sheet.css';

/** The grip at the top of the phone's bottom sheet (hidden on wide screens, where the panel is a column). */
export function SheetHandle({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation('schedule');
  return (
    <button type="button" className="sheet-handle" aria-label={t('sheet.handle')} data-testid="sheet-handle" {...sheet.handleProps}>
      <span className="sheet-grip" aria-hidden="true" />
      <span>{sheet.state === 'closed' ? t('sheet.show') : t('sheet.hide')}</span>
    </button>
  );
}
