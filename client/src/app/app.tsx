import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/schemas/session.ts';
import { ApiError, onUnauthorized, setCsrfToken } from '../lib/api-client.ts';
import { clearQueries } from '../lib/query.ts';
import { Link, matchPath, navigate, useLocation } from '../lib/router.tsx';
import { getSession, SessionContext, signOut, type SessionContextValue } from '../lib/session.ts';
import { ErrorAlert, Spinner } from '../components/feedback.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { SignInPage, type DemoAccount } from '../features/auth/components/sign-in-page.tsx';
import { FirstRunPage } from '../features/setup/components/first-run-page.tsx';
import { getSetupStatus } from '../features/setup/api/setup.ts';
import { routes, type RouteDef } from './routes.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { ZoneSwitch } from '../i18n/zone-switch.tsx';
import { setZoneChoice } from '../i18n/format.ts';
import { getPreferences } from '../i18n/preferences.ts';
import { chooseLanguage, navigatorLanguages, rememberLanguage } from '../i18n/choose-language.ts';
import { showLanguage } from '../i18n/i18n.ts';

// The page asked for starts loading at once, in parallel with the session check.
routes.find((r) => matchPath(r.pattern, location.pathname))?.preload?.().catch(() => {});

type Gate = { state: 'checking' } | { state: 'signed-out'; demoAccounts: DemoAccount[] } | { state: 'first-run' }
  | { state: 'error'; error: unknown } | { state: 'signed-in'; session: SessionInfo };

/** Signed out: the first-run page while there is no account, else sign-in naming only demo accounts that exist. */
const signedOutGate = (): Promise<Gate> => getSetupStatus().then(
  (s) => (s.firstRun ? { state: 'first-run' } : { state: 'signed-out', demoAccounts: s.demoAccounts }),
  () => ({ state: 'signed-out', demoAccounts: [] }),
);

/**
 * The account's language (or its role's default) and time zone before the first signed-in page renders:
 * no flash of the other one.
 */
async function showAccountLanguage(session: SessionInfo): Promise<void> {
  const stored = await getPreferences().then((p) => p, () => null);
  setZoneChoice(stored?.timeZone ?? null);
  const lang = chooseLanguage(stored?.language, session.user.role, navigatorLanguages());
  rememberLanguage(lang);
  await showLanguage(lang);
}

export function App() {
  const { t } = useTranslation();
  const [gate, setGate] = useState<Gate>({ state: 'checking' });

  const accept = useCallback((session: SessionInfo) => {
    setCsrfToken(session.csrfToken);
    const route = routes.find((r) => matchPath(r.pattern, location.pathname));
    if (!route?.roles || route.roles.includes(session.user.role)) route?.prefetch?.();
    void showAccountLanguage(session).finally(() => setGate({ state: 'signed-in', session }));
  }, []);
  const check = useCallback(() => {
    getSession().then(accept, (err: unknown) => {
      if (err instanceof ApiError && err.status === 401) void signedOutGate().then(setGate);
      else setGate({ state: 'error', error: err });
    });
  }, [accept]);

  useEffect(check, [check]);
  useEffect(() => onUnauthorized(() => {
    setCsrfToken(null);
    clearQueries();
    void signedOutGate().then(setGate);
  }), []);

  const ctx = useMemo<SessionContextValue | null>(() => gate.state !== 'signed-in' ? null : {
    user: gate.session.user,
    signOut: async () => {
      try { await signOut(); } finally {
        setCsrfToken(null);
        clearQueries();
        void signedOutGate().then(setGate);
      }
    },
  }, [gate]);

  if (gate.state === 'checking') return <div className="center-screen"><Spinner label={t('checkingSession')} /></div>;
  if (gate.state === 'error') {
    return (
      <div className="center-screen">
        <ErrorAlert error={gate.error} title={t('unreachable')} />
        <button type="button" className="btn" onClick={() => { setGate({ state: 'checking' }); check(); }}>{t('tryAgain')}</button>
      </div>
    );
  }
  if (gate.state === 'first-run') {
    return <FirstRunPage onSignedIn={(s) => { navigate('/welcome', { replace: true }); accept(s); }} onTaken={() => void signedOutGate().then(setGate)} />;
  }
  if (gate.state === 'signed-out' || !ctx) return <SignInPage onSignedIn={accept} demoAccounts={gate.state === 'signed-out' ? gate.demoAccounts : []} />;
  return (
    <SessionContext.Provider value={ctx}>
      <Shell ctx={ctx} />
    </SessionContext.Provider>
  );
}

function Shell({ ctx }: { ctx: SessionContextValue }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const match = routes.map((r) => ({ r, params: matchPath(r.pattern, pathname) })).find((m) => m.params);
  const allowed = (r: RouteDef) => !r.roles || r.roles.includes(ctx.user.role);
  // A liaison's home is their lift offers: send them to the first page their role may see.
  const home = routes.find((r) => r.nav && allowed(r));
  const fallback = match && !allowed(match.r) ? home : undefined;
  useEffect(() => {
    if (fallback) navigate(fallback.pattern, { replace: true });
  }, [fallback]);
  const page = !match ? <NotFound home={home} /> : allowed(match.r) ? <match.r.component params={match.params!} /> : null;
  const content = (
    <ErrorBoundary key={pathname}>
      <Suspense fallback={<div className="center-screen"><Spinner label={t('loading')} /></div>}>{page}</Suspense>
    </ErrorBoundary>
  );
  if (match?.r.bare) return content;
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand"><span className="brand-mark" aria-hidden="true" />{t('brand')}</div>
        <nav aria-label={t('nav.main')}>
          {routes.filter((r) => r.nav && allowed(r)).map((r) => (
            <Link key={r.pattern} to={r.pattern} aria-current={r === match?.r ? 'page' : undefined}>{t(r.nav!)}</Link>
          ))}
        </nav>
        <div className="topbar-user">
          <LanguageSwitch signedIn />
          <ZoneSwitch />
          <span>{ctx.user.username} <span className="role-chip">{t(`role.${ctx.user.role}`)}</span></span>
          <button type="button" className="btn btn-ghost" onClick={() => void ctx.signOut()}>{t('signOut')}</button>
        </div>
      </header>
      {content}
    </div>
  );
}

function NotFound({ home }: { home: RouteDef | undefined }) {
  const { t } = useTranslation();
  return (
    <main className="page-reserved">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}{home && <> <Link to={home.pattern}>{t('notFound.back', { page: t(home.nav!) })}</Link></>}</p>
    </main>
  );
}
