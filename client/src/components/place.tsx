import { useTranslation } from 'react-i18next';
import { placeName } from '../i18n/place-names.ts';

/**
 * A place in the reader's language: in Japanese "ソウル / 서울" (the local script beside, marked with its
 * language so it picks its own face) and the registry's name after it; in English the registry's name.
 */
export function Place({ name }: { name: string }) {
  const { i18n } = useTranslation();
  const p = i18n.language === 'ja' ? placeName(name) : null;
  if (!p) return <>{name}</>;
  return (
    <span className="place" data-place={name}>
      {p.ja}{p.ja !== p.local && <> / <span lang={p.localLang}>{p.local}</span></>}
      {' '}<span className="place-en" lang="en">{name}</span>
    </span>
  );
}
