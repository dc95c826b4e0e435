import type { Preferences, PreferencesPatch } from '../../../shared/i18n/languages.ts';
import { api } from '../lib/api-client.ts';

export const getPreferences = () => api.get<Preferences>('/session/preferences');
export const savePreferences = (p: PreferencesPatch) => api.patch<Preferences>('/session/preferences', p);
