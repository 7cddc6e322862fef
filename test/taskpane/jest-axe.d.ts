/**
 * Types for jest-axe (the package ships none and @types/jest-axe is not installed): only
 * what these tests use.
 */
declare module "jest-axe" {
  import type { AxeResults, RunOptions } from "axe-core";
  export function axe(html: Element | string, options?: RunOptions): Promise<AxeResults>;
  export const toHaveNoViolations: {
    toHaveNoViolations(results: AxeResults): { pass: boolean; message(): string };
  };
}

declare namespace jest {
  interface Matchers<R> {
    toHaveNoViolations(): R;
  }
}
