/**
 * Response rate: returned = non-blank rows, response rate = returned / distributed,
 * usable rate = used / returned (docs/cycles-and-segments.md).
 */
import { fail, ok } from "./errors";
import { detailedError } from "./error-details";
import type { Result } from "./errors";
import type { Options, RespondentCounts, Responses } from "./types";

export function respondentCounts(
  responses: Pick<Responses, "total" | "used" | "excluded">,
  options: Options
): RespondentCounts {
  const { total, used, excluded } = responses;
  const distributed = options.distributed ?? null;
  const reasons: RespondentCounts["reasons"] = {};
  let responseRate: number | null = null;
  if (distributed === null) {
    reasons.distributed = "notGiven";
    reasons.responseRate = "notGiven";
  } else {
    responseRate = total / distributed;
  }
  const usableRate = total > 0 ? used / total : null;
  if (usableRate === null) reasons.usableRate = "noValidAnswers";
  return { total, used, excluded, distributed, responseRate, usableRate, reasons };
}

/** More questionnaires returned than distributed is a mistake in the option or the data. */
export function checkDistributed(returned: number, options: Options): Result<null> {
  const distributed = options.distributed;
  if (distributed === undefined || returned <= distributed) return ok(null);
  return fail(
    detailedError("returnedExceedsDistributed", "responses.returnedExceedsDistributed", {
      returned,
      distributed,
    })
  );
}
