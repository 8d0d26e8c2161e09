/**
 * The resolved scenario: every default applied, overrides applied, cross-field
 * rules checked, and a name. After loading, code works with this type and never
 * re-checks.
 */
import type { ParsedScenario } from "./schema.js";

export type Scenario = ParsedScenario & { readonly name: string };
