import { useEffect, useState } from 'react';
import { invalidateQueries } from '../../../lib/query.ts';

/**
 * Keeps an operation's queries fresh from its server-sent events. EventSource reconnects by itself
 * after a dropped connection (the server tells it to wait 2 s); when the browser gives up (closed
 * state) a new one is opened. Every change refetches: the event says what changed, not the figures.
 */
export function useLiveOperation(operationId: string, enabled: boolean): 'live' | 'connecting' | 'off' {
  const [state, setState] = useState<'live' | 'connecting' | 'off'>(enabled ? 'connecting' : 'off');
  useEffect(() => {
    if (!enabled) return undefined;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const refresh = () => { void invalidateQueries(['operation-board', operationId]); void invalidateQueries(['operation', operationId]); void invalidateQueries(['operation-log', operationId]); };
    const open = () => {
      source = new EventSource(`/api/operations/${encodeURIComponent(operationId)}/events`);
      source.addEventListener('ready', () => { setState('live'); refresh(); });
      source.addEventListener('changed', refresh);
      source.onerror = () => {
        setState('connecting');
        if (source?.readyState === EventSource.CLOSED && !stopped) retry = setTimeout(open, 2000);
      };
    };
    open();
    return () => { stopped = true; clearTimeout(retry); source?.close(); };
  }, [operationId, enabled]);
  return state;
}
