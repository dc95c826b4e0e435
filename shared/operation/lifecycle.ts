import type { SortieState } from '../schemas/operation.ts';

/** What can be done to a sortie during execution; each names the state it leads to. */
export const ACTIONS = ['task', 'confirm', 'decline', 'depart', 'arrive', 'cancel'] as const;
export type SortieAction = (typeof ACTIONS)[number];

const TARGET: Record<SortieAction, SortieState> = {
  task: 'tasked', confirm: 'confirmed', decline: 'declined', depart: 'departed', arrive: 'arrived', cancel: 'cancelled',
};

/** From which states each action is allowed. Departed, arrived, declined and cancelled are history. */
const FROM: Record<SortieAction, readonly SortieState[]> = {
  task: ['planned'],
  confirm: ['tasked'],
  decline: ['tasked', 'confirmed'],
  // A planner may record a departure the partner never confirmed: the aircraft left all the same.
  depart: ['tasked', 'confirmed'],
  arrive: ['departed'],
  cancel: ['planned', 'tasked', 'confirmed'],
};

/**
 * The one rule for what a liaison sees: their own partner's sorties, once tasked — a planned sortie is
 * the crisis cell's draft. Lists (operations.repository, as SQL), steps and log links all follow it.
 */
export const liaisonSees = (s: { partnerId: string; state: SortieState }, partnerId: string | null | undefined): boolean =>
  s.partnerId === partnerId && s.state !== 'planned';

/** Who may act: liaisons on their own partner's sorties only (the caller checks ownership), planners on any. */
const LIAISON_ACTIONS: ReadonlySet<SortieAction> = new Set(['confirm', 'decline', 'depart', 'arrive', 'cancel']);

export type TransitionCheck =
  | { ok: true; to: SortieState }
  | { ok: false; kind: 'role'; message: string }
  | { ok: false; kind: 'state'; message: string; state: SortieState; allowedFrom: readonly SortieState[] };

/** Whether `role` may ever take `action` (whatever the sortie's state). */
export function mayAct(action: SortieAction, role: 'planner' | 'liaison' | 'reader'): boolean {
  return role === 'planner' || (role === 'liaison' && LIAISON_ACTIONS.has(action));
}

export function checkTransition(state: SortieState, action: SortieAction, role: 'planner' | 'liaison' | 'reader'): TransitionCheck {
  if (!mayAct(action, role)) {
    return { ok: false, kind: 'role', message: `A ${role} may not ${action} a sortie` };
  }
  const allowedFrom = FROM[action];
  if (!allowedFrom.includes(state)) {
    return {
      ok: false, kind: 'state', state, allowedFrom,
      message: `The sortie is ${state}: it cannot be ${TARGET[action]} (only a sortie ${allowedFrom.join(' or ')} can)`,
    };
  }
  return { ok: true, to: TARGET[action] };
}

/** The actions open to `role` on a sortie in `state` (for the client's buttons). */
export function actionsFor(state: SortieState, role: 'planner' | 'liaison' | 'reader'): SortieAction[] {
  return ACTIONS.filter((a) => checkTransition(state, a, role).ok);
}

/** States in which the sortie will still fly (or has flown): the re-plan keeps these. */
export const KEPT_STATES: ReadonlySet<SortieState> = new Set(['confirmed', 'departed', 'arrived']);
export const FLOWN_STATES: ReadonlySet<SortieState> = new Set(['departed', 'arrived']);
/** States that take a sortie out of the plan. */
export const OUT_STATES: ReadonlySet<SortieState> = new Set(['declined', 'cancelled']);
