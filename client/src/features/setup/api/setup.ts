import type { SetupStatus } from '../../../../../shared/schemas/accounts.ts';
import type { SessionInfo } from '../../../../../shared/schemas/session.ts';
import { api } from '../../../lib/api-client.ts';

/** Public: whether this is the first run, and which demo accounts the sign-in page may name. */
export const getSetupStatus = () => api.get<SetupStatus>('/setup');
/** Creates the first planner (only while there is no account) and signs them in. */
export const createFirstPlanner = (username: string, password: string) => api.post<SessionInfo>('/setup', { username, password });
