/**
 * Each step starts with a heading that takes focus when the step changes, so keyboard and
 * screen-reader users land at the top of the new step instead of on a vanished button.
 */
import type { ReactNode, RefObject } from "react";
import { useStepStyles } from "../components/styles";

export interface StepHeadingProps {
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

export function StepHeading({ headingRef, children }: StepHeadingProps & { children: ReactNode }) {
  const styles = useStepStyles();
  return (
    <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
      {children}
    </h2>
  );
}
