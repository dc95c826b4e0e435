import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import type { RowError } from '../../../../../shared/operation/checkin-rows.ts';
import { columnWord, wordProblem } from '../../import/components/problem-words.ts';

/** The row problems of a refused check-in file (a 422 whose details list them), else null. */
export function checkinProblems(err: unknown): RowError[] | null {
  if (!(err instanceof ApiError) || err.status !== 422) return null;
  const errors = (err.details as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as RowError[]) : null;
}

/** Each problem worded from its code in the reader's language, its column in the reader's header words. */
export function CheckinProblems({ errors }: { errors: RowError[] }) {
  const { t, i18n } = useTranslation('operation');
  return (
    <ul className="op-checkin-problems" role="alert">
      {errors.slice(0, 50).map((e, i) => {
        const p = { code: e.code, field: e.field, params: e.params ?? {}, row: e.row, column: e.field, message: e.reason };
        return <li key={i} data-code={e.code}>{t('checkin.rowProblem', { row: e.row, column: columnWord('checkins', p, i18n.resolvedLanguage), problem: wordProblem(i18n.t, p).text })}</li>;
      })}
    </ul>
  );
}
