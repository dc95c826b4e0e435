// The CJK faces the app ships (SIL Open Font License 1.1, via @fontsource): the UI, the print page and the
// map labels render Kanji, Kana, Hangul and Hanzi from these, never from whatever the machine has. Each
// face is split by unicode-range into ~100 woff2 subsets; a browser fetches only the subsets whose
// characters a page shows. Regular for all three, bold for Japanese (the UI's headings); the browser
// emboldens Korean and Traditional Chinese place names itself.
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-tc/400.css';

/** The font stack for text that may hold any of the scripts; local script spans pick their face by lang. */
export const CJK_STACK = '"Noto Sans JP", "Noto Sans KR", "Noto Sans TC"';
