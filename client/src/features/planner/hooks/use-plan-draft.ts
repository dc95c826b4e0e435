import { useCallback, useEffect, useState } from 'react';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import { isDirty } from '../edit/plan-edits.ts';
import type { Plan } from '../api/plan-types.ts';

interface DraftState { key: string; past: Sortie[][]; present: Sortie[]; future: Sortie[][] }

const keyOf = (plan: Plan | undefined) => (plan ? `${plan.id}@${plan.version}` : '');
const LIMIT = 100;

/**
 * The planner's working copy of a plan's sorties, with undo/redo. It starts again from the server's
 * sorties whenever another plan or a new version of this one is loaded.
 */
export function usePlanDraft(plan: Plan | undefined) {
  const [state, setState] = useState<DraftState>({ key: keyOf(plan), past: [], present: plan?.sorties ?? [], future: [] });
  const key = keyOf(plan);
  useEffect(() => {
    if (state.key !== key) setState({ key, past: [], present: plan?.sorties ?? [], future: [] });
  }, [key, plan, state.key]);

  const current = state.key === key ? state.present : (plan?.sorties ?? []);
  const apply = useCallback((edit: (s: Sortie[]) => Sortie[]) => {
    setState((st) => {
      const next = edit(st.present);
      if (next === st.present) return st;
      return { ...st, past: [...st.past.slice(-LIMIT), st.present], present: next, future: [] };
    });
  }, []);
  const undo = useCallback(() => setState((st) => st.past.length === 0 ? st
    : { ...st, past: st.past.slice(0, -1), present: st.past[st.past.length - 1]!, future: [st.present, ...st.future] }), []);
  const redo = useCallback(() => setState((st) => st.future.length === 0 ? st
    : { ...st, past: [...st.past, st.present], present: st.future[0]!, future: st.future.slice(1) }), []);
  const reset = useCallback(() => setState({ key, past: [], present: plan?.sorties ?? [], future: [] }), [key, plan]);

  return {
    sorties: current,
    dirty: plan ? isDirty(plan.sorties, current) : false,
    canUndo: state.key === key && state.past.length > 0,
    canRedo: state.key === key && state.future.length > 0,
    apply, undo, redo, reset,
  };
}
export type PlanDraft = ReturnType<typeof usePlanDraft>;
