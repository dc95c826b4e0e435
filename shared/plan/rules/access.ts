import type { AccessRule, Airport, Scenario } from '../../schemas/domain.ts';
import type { OperatorCategory } from '../../schemas/common.ts';

export interface AccessDecision {
  allowed: boolean;
  /** The rule that decided; undefined when no rule applies (allowed by default). */
  rule?: AccessRule;
}

/**
 * Specificity of a rule: scope first (airport over country), then nation over category.
 * Among rules of equal specificity a deny wins, so a contradictory rule set errs on the safe side.
 */
function specificity(rule: AccessRule): number {
  return (rule.scope === 'airport' ? 2 : 0) + (rule.nation !== null ? 1 : 0);
}

function inForce(rule: AccessRule, atMs: number): boolean {
  if (rule.validFrom !== null && atMs < Date.parse(rule.validFrom)) return false;
  if (rule.validTo !== null && atMs > Date.parse(rule.validTo)) return false;
  return true;
}

export function rulesFor(
  rules: readonly AccessRule[], airport: Airport, category: OperatorCategory, nation: string | null,
): AccessRule[] {
  return rules.filter((r) => r.category === category
    && (r.nation === null || r.nation === nation)
    && (r.scope === 'airport' ? r.scopeId === airport.id : r.scopeId === airport.country));
}

/** May an operator of `category` from `nation` use `airport` at time `atMs`? */
export function resolveAccess(
  scenario: Pick<Scenario, 'accessRules'>, airport: Airport, category: OperatorCategory,
  nation: string | null, atMs: number,
): AccessDecision {
  let best: AccessRule | undefined;
  for (const rule of rulesFor(scenario.accessRules, airport, category, nation)) {
    if (!inForce(rule, atMs)) continue;
    if (!best || specificity(rule) > specificity(best)
      || (specificity(rule) === specificity(best) && rule.effect === 'deny')) best = rule;
  }
  return best ? { allowed: best.effect === 'allow', rule: best } : { allowed: true };
}

/**
 * Memoised access for many (airport, category, nation, time) queries, as the matcher asks per hour.
 * Airports with no applicable rule short-circuit to "allowed".
 */
export function accessChecker(scenario: Pick<Scenario, 'accessRules'>) {
  const relevant = new Map<string, AccessRule[]>();
  return (airport: Airport, category: OperatorCategory, nation: string | null, atMs: number): AccessDecision => {
    const key = `${airport.id}|${category}|${nation ?? ''}`;
    let rules = relevant.get(key);
    if (!rules) {
      rules = rulesFor(scenario.accessRules, airport, category, nation);
      relevant.set(key, rules);
    }
    if (rules.length === 0) return { allowed: true };
    return resolveAccess({ accessRules: rules }, airport, category, nation, atMs);
  };
}
