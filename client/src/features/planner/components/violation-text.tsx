import { useTranslation } from 'react-i18next';
import type { Violation } from '../api/plan-types.ts';
import { useFormat } from '../../../i18n/format.ts';
import { humanizeMessage } from '../map-view/violation-groups.ts';
import { violationWords } from './violation-words.ts';

/**
 * A violation in the reader's language (violation-words.ts), never from the English sentence — which is
 * shown only for plans stored before violations had params, marked lang="en".
 */
export function ViolationText({ violation: v, sortieName }: { violation: Violation; sortieName?: (id: string) => string | undefined }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const words = violationWords(v, t, (k) => i18n.exists(k), f, sortieName);
  if (words !== null) return <span>{words}</span>;
  return <span lang={i18n.language === 'en' ? undefined : 'en'}>{sortieName ? humanizeMessage(v.message, sortieName) : v.message}</span>;
}
