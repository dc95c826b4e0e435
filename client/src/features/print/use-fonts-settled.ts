import { useEffect, useState } from 'react';

/**
 * True once the faces the laid-out page needs have loaded. The CJK faces ship as unicode-range subsets that
 * the browser fetches only when text using them is laid out; a print (or PDF) taken before they arrive shows
 * empty boxes (□) — a Japanese plan name did. `key` changes when the page's text does.
 */
export function useFontsSettled(key: unknown, enabled: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    setSettled(false);
    if (!enabled) return;
    let live = true;
    const frame = requestAnimationFrame(() => {
      // Force layout so every subset the text needs is requested, then wait for them all.
      void document.body.getBoundingClientRect();
      void document.fonts.ready.then(() => { if (live) setSettled(true); });
    });
    return () => { live = false; cancelAnimationFrame(frame); };
  }, [key, enabled]);
  return settled;
}
