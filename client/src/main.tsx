import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { showLanguage } from './i18n/i18n.ts';
import { browserLanguage, navigatorLanguages, rememberedLanguage } from './i18n/choose-language.ts';
import './i18n/fonts.ts';
import './app/styles.css';

// Before sign-in: what this device last chose, else the browser's language (the account's choice follows).
void showLanguage(rememberedLanguage() ?? browserLanguage(navigatorLanguages()));

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
