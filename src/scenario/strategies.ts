/**
 * Strategy resolution: the built-in strategies plus the scenario's user-defined
 * ones, each user strategy being its base's parameters with its own overrides.
 * A user strategy may extend a built-in or another user strategy; unknown bases and
 * cycles are problems reported with the field path.
 */
import type { Issue } from "../errors.js";
import { didYouMean } from "./suggest.js";
import { BUILTIN_STRATEGIES } from "./builtin-strategies.js";
import type { StrategyParams, UserStrategy } from "./schema.js";

export type ResolvedStrategies = Readonly<Record<string, StrategyParams>>;

/**
 * Resolves every strategy a scenario can name.
 * @returns the full parameter set of each strategy, or the problems found.
 */
export function resolveStrategies(
  user: Readonly<Record<string, UserStrategy>>,
  file = "<scenario>",
): { ok: true; strategies: ResolvedStrategies } | { ok: false; issues: Issue[] } {
  const out: Record<string, StrategyParams> = { ...BUILTIN_STRATEGIES };
  const issues: Issue[] = [];
  const resolving = new Set<string>();

  const resolve = (name: string): StrategyParams | null => {
    const done = out[name];
    if (done) return done;
    const def = user[name];
    if (!def) return null;
    if (resolving.has(name)) {
      issues.push({ file, path: `strategies.${name}.extends`, message: `circular 'extends' (${[...resolving, name].join(" → ")})` });
      return null;
    }
    resolving.add(name);
    const base = resolve(def.extends);
    resolving.delete(name);
    if (!base) {
      if (!user[def.extends] && !(def.extends in BUILTIN_STRATEGIES)) {
        const known = [...Object.keys(BUILTIN_STRATEGIES), ...Object.keys(user).filter((k) => k !== name)];
        issues.push({
          file,
          path: `strategies.${name}.extends`,
          message: `unknown base strategy: expected one of ${known.map((k) => `'${k}'`).join(", ")}, found '${def.extends}'${didYouMean(def.extends, known)}`,
        });
      }
      return null;
    }
    const { extends: _base, ...overrides } = def;
    const params = { ...base, ...(overrides as Partial<StrategyParams>) } as StrategyParams;
    out[name] = params;
    return params;
  };

  for (const name of Object.keys(user).sort()) {
    if (name in BUILTIN_STRATEGIES) {
      issues.push({ file, path: `strategies.${name}`, message: `'${name}' is a built-in strategy; give yours another name and extend it` });
      continue;
    }
    resolve(name);
  }
  return issues.length ? { ok: false, issues } : { ok: true, strategies: out };
}
