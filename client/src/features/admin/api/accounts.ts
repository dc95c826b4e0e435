import type { Account, AccountCreate, AccountPatch } from '../../../../../shared/schemas/accounts.ts';
import type { Partner } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, useQuery } from '../../../lib/query.ts';

const key = ['accounts'] as const;

export const useAccounts = () => useQuery({ queryKey: key, queryFn: (signal) => api.getAll<Account>('/users', { signal }) });
export const usePartnerList = () => useQuery({ queryKey: ['admin-partners'], queryFn: (signal) => api.getAll<Partner>('/partners', { signal }) });

const refresh = async <T,>(p: Promise<T>) => { const r = await p; await invalidateQueries(key); return r; };
export const createAccount = (body: AccountCreate) => refresh(api.post<Account>('/users', body));
export const changeAccount = (username: string, patch: AccountPatch) => refresh(api.patch<Account>(`/users/${encodeURIComponent(username)}`, patch));
export const resetPassword = (username: string, password: string) => refresh(api.put<Account>(`/users/${encodeURIComponent(username)}/password`, { password }));
