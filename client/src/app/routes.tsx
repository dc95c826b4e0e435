import { lazy, type ComponentType } from 'react';
import type { Role } from '../../../shared/schemas/session.ts';

export interface RouteDef {
  pattern: string;
  /** Shown in the top bar when set: a key of the common catalogue (nav.*). */
  nav?: string;
  roles?: Role[];
  /** Full-screen pages (print) render without the app chrome. */
  bare?: boolean;
  component: ComponentType<{ params: Record<string, string> }>;
  /** Starts loading the route's code before it renders (e.g. while the session is checked): code only, no API call. */
  preload?: () => Promise<unknown>;
  /** Starts the route's API requests once the session is known and its role may see the route. */
  prefetch?: () => void;
}

// Each feature is its own chunk: the map and its libraries load only on the map page.
const plannerChunk = () => import('../features/planner/components/planner-page.tsx');
const PlannerPage = lazy(() => plannerChunk().then((m) => ({ default: m.PlannerPage })));
const PrintPage = lazy(() => import('../features/print/components/print-page.tsx').then((m) => ({ default: m.PrintPage })));
const OffersPage = lazy(() => import('../features/offers/components/offers-page.tsx').then((m) => ({ default: m.OffersPage })));
const PlansPage = lazy(() => import('../features/plans/components/plans-page.tsx').then((m) => ({ default: m.PlansPage })));
const AccountsPage = lazy(() => import('../features/admin/components/accounts-page.tsx').then((m) => ({ default: m.AccountsPage })));
const ImportPage = lazy(() => import('../features/import/components/import-page.tsx').then((m) => ({ default: m.ImportPage })));
const WelcomePage = lazy(() => import('../features/setup/components/welcome-page.tsx').then((m) => ({ default: m.WelcomePage })));
const OperationsPage = lazy(() => import('../features/operation/components/operations-page.tsx').then((m) => ({ default: m.OperationsPage })));
const OperationPage = lazy(() => import('../features/operation/components/operation-page.tsx').then((m) => ({ default: m.OperationPage })));
const EntityHistoryPage = lazy(() => import('../features/audit/components/entity-history-page.tsx').then((m) => ({ default: m.EntityHistoryPage })));

/**
 * Routes. To plug in a feature, replace its ReservedPage with
 * `lazy(() => import('../features/<feature>/components/<page>.tsx').then((m) => ({ default: m.<Page> })))`.
 */
export const routes: RouteDef[] = [
  // The map planner edits plans and needs every lift offer: planners only. A reader's home is /plans.
  { pattern: '/', nav: 'nav.planner', roles: ['planner'], component: PlannerPage, preload: plannerChunk,
    prefetch: () => { plannerChunk().then((m) => m.prefetchPlannerData(location.search), () => {}); } },
  // Every plan with its printouts, approved first: where a reader lands.
  { pattern: '/plans', nav: 'nav.plans', roles: ['planner', 'reader'], component: PlansPage },
  // Lift offers (liaison portal + planners' inbox) — owned by the offers feature.
  { pattern: '/offers', nav: 'nav.offers', roles: ['planner', 'liaison'], component: OffersPage },
  // An entity's audit trail (e.g. /history/lift_offer/<id>), linked from the pages that show the entity.
  { pattern: '/history/:entityType/:entityId', roles: ['planner'], component: EntityHistoryPage },
  // Planners run the deployment from here: CSV import, accounts, and the getting-started list after first run.
  { pattern: '/import', nav: 'nav.import', roles: ['planner'], component: ImportPage },
  { pattern: '/accounts', nav: 'nav.accounts', roles: ['planner'], component: AccountsPage },
  { pattern: '/welcome', roles: ['planner'], component: WelcomePage },
  // Execution (issue 12): the situation board and log; a liaison's own sorties to confirm and report.
  { pattern: '/operations', nav: 'nav.operations', roles: ['planner', 'reader', 'liaison'], component: OperationsPage },
  { pattern: '/operations/:id', roles: ['planner', 'reader', 'liaison'], component: OperationPage },
  // Printable plan summary — owned by the print feature.
  { pattern: '/plans/:id/print', bare: true, component: PrintPage },
];
