/**
 * A pattern rule for exports whose headers are whole question texts: a regular expression
 * with named groups `item` and `role`, the role texts that mean E and P, and an optional
 * column range. Checked here before detection so a typo gets a clear message.
 */
import { useEffect, useState } from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { type ItemRole, type PatternRule, type AppError, compilePatternRule } from "../../core";
import { useI18n } from "../i18n";
import { useStepStyles } from "./styles";

/** Null when the rule is usable; otherwise the engine's error (its message is the detail). */
export function patternProblem(rule: PatternRule): AppError | null {
  const compiled = compilePatternRule(rule);
  return compiled.ok ? null : compiled.error;
}

interface Props {
  rule: PatternRule | null;
  onApply: (rule: PatternRule | null) => void;
  onInvalid: (error: AppError) => void;
}

function roleText(rule: PatternRule | null, role: ItemRole, fallback: string): string {
  const entry = rule ? Object.entries(rule.roles).find(([, r]) => r === role) : undefined;
  return entry ? entry[0] : fallback;
}

export function PatternRuleEditor({ rule, onApply, onInvalid }: Props) {
  const { t } = useI18n();
  const styles = useStepStyles();
  const [pattern, setPattern] = useState(rule?.pattern ?? "");
  const [expectation, setExpectation] = useState(roleText(rule, "expectation", "1"));
  const [perception, setPerception] = useState(roleText(rule, "perception", "2"));
  const [columns, setColumns] = useState(rule?.columns ?? "");

  useEffect(() => {
    setPattern(rule?.pattern ?? "");
    setExpectation(roleText(rule, "expectation", "1"));
    setPerception(roleText(rule, "perception", "2"));
    setColumns(rule?.columns ?? "");
  }, [rule]);

  const apply = () => {
    const next: PatternRule = {
      pattern,
      roles: { [expectation.trim()]: "expectation", [perception.trim()]: "perception" },
      ...(columns.trim() ? { columns: columns.trim().toUpperCase() } : {}),
    };
    const problem = patternProblem(next);
    if (problem) onInvalid(problem);
    else onApply(next);
  };

  return (
    <div className={styles.step}>
      <Text className={styles.muted}>{t("mapping.patternHelp")}</Text>
      <Field label={t("mapping.pattern")}>
        <Input value={pattern} onChange={(_, data) => setPattern(data.value)} spellCheck={false} />
      </Field>
      <div className={styles.row}>
        <Field label={t("mapping.patternExpectation")}>
          <Input value={expectation} onChange={(_, data) => setExpectation(data.value)} />
        </Field>
        <Field label={t("mapping.patternPerception")}>
          <Input value={perception} onChange={(_, data) => setPerception(data.value)} />
        </Field>
      </div>
      <Field label={t("mapping.patternColumns")}>
        <Input value={columns} onChange={(_, data) => setColumns(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button onClick={apply} disabled={pattern.trim() === ""}>
          {t("mapping.patternApply")}
        </Button>
        <Button appearance="subtle" onClick={() => onApply(null)} disabled={!rule}>
          {t("mapping.patternClear")}
        </Button>
      </div>
    </div>
  );
}
