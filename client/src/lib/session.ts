import { createContext, useContext } from 'react';
import type { SessionInfo, SessionUser } from '../../../shared/schemas/session.ts';
import { api } from './api-client.ts';

export const getSession = () => api.get<SessionInfo>('/session');
export const signIn = (username: string, password: string) => api.post<SessionInfo>('/session', { username, password });
export const signOut = () => api.delete<void>('/session');

export interface SessionContextValue {
  user: SessionUser;
  signOut: () => Promise<void>;
}
export const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in user; only rendered below the app's session gate. */
export function useSession(): SessionContextValue {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in app');
  return s;
}
