import { lazy, type ComponentType } from 'react';
import type { Role } from '../../../shared/schemas/session.ts';
import { ReservedPage } from './reserved-page.tsx';

export interface RouteDef {
  pattern: string;
  /** Shown in the top bar when set. */
  nav?: string;
  roles?: Role[];
  /** Full-screen pages (print) render without the app chrome. */
  bare?: boolean;
  component: ComponentType<{ params: Record<string, string> }>;
  /** Starts loading the route's code before it renders (e.g. while the session is checked). */
  preload?: () => Promise<unknown>;
}

// Each feature is its own chunk: the map and its libraries load only on the map page.
const plannerChunk = () => import('../features/planner/components/planner-page.tsx');
const PlannerPage = lazy(() => plannerChunk().then((m) => ({ default: m.PlannerPage })));
const PrintPage = lazy(() => import('../features/print/components/print-page.tsx').then((m) => ({ default: m.PrintPage })));

/**
 * Routes. To plug in a feature, replace its ReservedPage with
 * `lazy(() => import('../features/<feature>/components/<page>.tsx').then((m) => ({ default: m.<Page> })))`.
 */
export const routes: RouteDef[] = [
  { pattern: '/', nav: 'Map planner', roles: ['planner', 'reader'], component: PlannerPage, preload: plannerChunk },
  // Lift offers (liaison portal + planners' inbox) — owned by the offers feature.
  { pattern: '/offers', nav: 'Lift offers', component: () => <ReservedPage title="Lift offers" text="Partner liaisons submit and update their lift offers here; planners accept or decline them." /> },
  // Printable plan summary — owned by the print feature.
  { pattern: '/plans/:id/print', bare: true, component: PrintPage },
];
