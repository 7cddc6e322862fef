/** Chinese wording of core's input error details (core/error-details-input.ts). */
import type { InputDetailKey } from "../core";

export const inputDetailsZh: Record<InputDetailKey, string> = {
  "input.placeholder": "{text}",
};
