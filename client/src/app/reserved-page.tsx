import { useTranslation } from 'react-i18next';

/** Stands in for a feature another part of the team is building (title and text come translated). */
export function ReservedPage({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <main className="page-reserved">
      <h1>{title}</h1>
      <p>{text}</p>
      <p className="muted">{t('reserved.soon')}</p>
    </main>
  );
}
