import { useEffect, useState } from 'react';

/** Long operations (the matcher runs up to its time limit) show what is happening and for how long. */
export function BusyOverlay({ label }: { label: string | null }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!label) return;
    setSeconds(0);
    const started = Date.now();
    const t = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(t);
  }, [label]);
  if (!label) return null;
  return (
    <div className="busy-overlay" role="status" aria-live="polite">
      <div className="busy-card">
        <span className="spinner-dot" aria-hidden="true" />
        <span>{label}</span>
        <span className="muted">{seconds} s</span>
      </div>
    </div>
  );
}
