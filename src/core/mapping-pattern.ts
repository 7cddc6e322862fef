/**
 * Pattern rules: for exports whose headers are whole question texts, the user gives a
 * regular expression with named groups `item` and `role` and says what each role text
 * means, e.g. `^\s*(?<item>\d+)-\d\.\s*.*\((?<role>기대|인지)\s*설문\)\s*$` with
 * {"기대": "expectation", "인지": "perception"}, optionally limited to a column range.
 * Patterns that could backtrack for ever are refused and long headers are not tried
 * (pattern-safety.ts; docs/data-quality.md).
 */
import { ok, type Result } from "./errors";
import { describe, fieldError, isObject, oneOf } from "./config-json";
import { nameKey, tidyHeader } from "./header-normalise";
import { parseColumnRange, type ColumnRange } from "./mapping-address";
import { checkPatternSafety, MAX_RULE_HEADER_LENGTH } from "./pattern-safety";
import type { ItemRole, PatternRule } from "./types";

export const ITEM_ROLES: readonly ItemRole[] = [
  "expectation",
  "perception",
  "importance",
  "adequate",
  "desired",
];

export interface CompiledRule {
  regex: RegExp;
  roles: Map<string, ItemRole>;
  /** Sheet columns (0-based) the rule applies to; all columns when absent. */
  range?: ColumnRange;
}

/** What the rule read from a header: the role text mapped to a role (or not), and the item text. */
export interface RuleMatch {
  role: ItemRole | null;
  roleText: string;
  item: string;
}

const CODE = "patternInvalid";

function compileRegex(rule: PatternRule, field: string): Result<RegExp> {
  if (typeof rule.pattern !== "string" || rule.pattern === "") {
    return fieldError(CODE, `${field}.pattern`, "pattern.expectedRegex", {
      got: describe(rule.pattern),
    });
  }
  if (rule.flags !== undefined && typeof rule.flags !== "string") {
    return fieldError(CODE, `${field}.flags`, "pattern.expectedFlags", {
      got: describe(rule.flags),
    });
  }
  // "g" and "y" would make exec() remember where it stopped between headers.
  const flags = (rule.flags ?? "").replace(/[gy]/g, "");
  let regex: RegExp;
  let probe: RegExpExecArray | null;
  try {
    regex = new RegExp(rule.pattern, flags);
    // An empty alternative always matches, and its groups object lists every named group.
    probe = new RegExp(`(?:${rule.pattern})|`, flags).exec("");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fieldError(CODE, `${field}.pattern`, "pattern.invalidRegex", { reason });
  }
  // Checked only once it compiles, so the checker sees well-formed syntax.
  const safety = checkPatternSafety(rule.pattern, flags);
  if (!safety.safe) {
    return fieldError(
      "patternUnsafe",
      `${field}.pattern`,
      `pattern.${safety.problem}`,
      safety.params
    );
  }
  const groups = Object.keys(probe?.groups ?? {});
  for (const needed of ["item", "role"]) {
    if (!groups.includes(needed)) {
      return fieldError(CODE, `${field}.pattern`, "pattern.namedGroup", { group: needed });
    }
  }
  return ok(regex);
}

function compileRoles(value: unknown, field: string): Result<Map<string, ItemRole>> {
  if (!isObject(value) || Object.keys(value).length === 0) {
    return fieldError(CODE, `${field}.roles`, "pattern.expectedRoles", { got: describe(value) });
  }
  const roles = new Map<string, ItemRole>();
  for (const [text, role] of Object.entries(value)) {
    if (typeof role !== "string" || !(ITEM_ROLES as readonly string[]).includes(role)) {
      return fieldError(CODE, `${field}.roles.${text}`, "pattern.unknownRole", {
        got: describe(role),
        roles: oneOf(ITEM_ROLES),
      });
    }
    roles.set(text, role as ItemRole);
  }
  return ok(roles);
}

/**
 * Checks a rule and prepares it; errors have code patternInvalid (or patternUnsafe for a
 * pattern that could backtrack for ever) and name the field under `field`.
 */
export function compilePatternRule(rule: PatternRule, field = "detect"): Result<CompiledRule> {
  if (!isObject(rule)) {
    return fieldError(CODE, field, "json.expectedShape", {
      shape: '{"pattern", "roles"}',
      got: describe(rule),
    });
  }
  const regex = compileRegex(rule, field);
  if (!regex.ok) return regex;
  const roles = compileRoles(rule.roles, field);
  if (!roles.ok) return roles;
  if (rule.columns === undefined) return ok({ regex: regex.value, roles: roles.value });
  if (typeof rule.columns !== "string") {
    return fieldError(CODE, `${field}.columns`, "pattern.expectedRange", {
      got: describe(rule.columns),
    });
  }
  const range = parseColumnRange(rule.columns);
  if (!range.ok)
    return fieldError(CODE, `${field}.columns`, "pattern.badRange", { range: rule.columns });
  return ok({ regex: regex.value, roles: roles.value, range: range.value });
}

function roleFor(rule: CompiledRule, text: string): ItemRole | null {
  const exact = rule.roles.get(text);
  if (exact !== undefined) return exact;
  const key = nameKey(text);
  for (const [roleText, role] of rule.roles) if (nameKey(roleText) === key) return role;
  return null;
}

/**
 * Applies the rule to one header at sheet column `sheetColumn`. The header is tried as
 * written (trimmed), then NFKC-normalised so that full-width digits still match `\d`.
 */
export function matchRule(
  rule: CompiledRule,
  header: string,
  sheetColumn: number
): RuleMatch | null {
  if (rule.range && (sheetColumn < rule.range.first || sheetColumn > rule.range.last)) return null;
  // Bounds the regex's work: even a linear-looking pattern is polynomial in the text length.
  if (header.length > MAX_RULE_HEADER_LENGTH) return null;
  for (const text of [header.trim(), tidyHeader(header)]) {
    const groups = rule.regex.exec(text)?.groups;
    if (groups?.item === undefined || groups.role === undefined) continue;
    return { role: roleFor(rule, groups.role), roleText: groups.role, item: groups.item.trim() };
  }
  return null;
}
