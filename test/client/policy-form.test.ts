import { describe, expect, it } from 'vitest';
import { choosePreset, moveCriterion, policyError, setWeight, toInput } from '../../client/src/features/planner/policy/policy-form.ts';

describe('policy editor state', () => {
  it('a preset is sent by name; editing a weight makes it custom, and undoing the edit names the preset again', () => {
    const p = choosePreset('most_vulnerable_first');
    expect(toInput(p)).toEqual({ preset: 'most_vulnerable_first' });
    const edited = setWeight(p, 'waitingHour', 'p1', 20);
    expect(edited.preset).toBe('custom');
    expect(toInput(edited)).toMatchObject({ preset: 'custom', weights: { waitingHour: { p1: 20, p2: 3, p3: 1 } } });
    expect(setWeight(edited, 'waitingHour', 'p1', 10).preset).toBe('most_vulnerable_first');
  });

  it('moves criteria but never people out from first place', () => {
    const p = choosePreset('most_vulnerable_first');
    expect(moveCriterion(p, 0, 1)).toBe(p);
    expect(moveCriterion(p, 1, -1)).toBe(p);
    const moved = moveCriterion(p, 2, -1);
    expect(moved.order.slice(0, 3)).toEqual(['peopleOut', 'clearance', 'earliness']);
    expect(moved.preset).toBe('custom');
    expect(moveCriterion(p, 4, 1)).toBe(p);
  });

  it('names the weight that breaks a rule, as the server would', () => {
    const p = choosePreset('most_people_out');
    expect(policyError(p)).toBeNull();
    expect(policyError(setWeight(p, 'waitingHour', 'p3', 5))).toMatchObject({ field: 'weights.waitingHour.p2' });
    expect(policyError(setWeight(p, 'peopleOut', 'p1', 0))).toMatchObject({ field: 'weights.peopleOut.p1' });
    expect(policyError(setWeight(p, 'waitingHour', 'p1', 2.5))).toMatchObject({ field: 'weights.waitingHour.p1', reason: /whole number/ });
  });
});
