import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export interface SetupCounts { airports: number; areas: number; partners: number; accounts: number; scenarios: number }

/** What the deployment holds so far: each count decides one step of the getting-started list. */
async function fetchCounts(signal: AbortSignal): Promise<SetupCounts> {
  const len = (path: string) => api.get<unknown[]>(path, { signal }).then((r) => r.length);
  const [airports, areas, partners, accounts, scenarios] = await Promise.all(
    ['/airports', '/assembly-areas', '/partners', '/users', '/scenarios'].map(len),
  );
  return { airports: airports!, areas: areas!, partners: partners!, accounts: accounts!, scenarios: scenarios! };
}

export const useSetupCounts = () => useQuery({ queryKey: ['setup-counts'], queryFn: fetchCounts });
