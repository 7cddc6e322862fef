import { ServqualError } from "../../src/core/errors";
import { toAppError } from "../../src/excel/excel-errors";

/** The shape of an OfficeExtension.Error as Excel throws it. */
function officeError(code: string, debugInfo?: Record<string, unknown>) {
  return Object.assign(new Error(`${code} happened`), { code, debugInfo });
}

describe("Office errors as the excel layer's errors", () => {
  it("keeps the caught error as cause and Office's debugInfo beside it", () => {
    const thrown = officeError("InvalidOperationInCellEditMode", {
      code: "InvalidOperationInCellEditMode",
      errorLocation: "Range.values",
      statement: "range.values = ...;",
    });
    const error = toAppError(thrown);
    expect(error.code).toBe("excelCellEditMode");
    expect(error.cause).toBe(thrown);
    expect(error.debugInfo).toEqual({
      code: "InvalidOperationInCellEditMode",
      errorLocation: "Range.values",
      statement: "range.values = ...;",
    });
  });

  it("maps an unknown Office code to 'excel' with the code as a parameter", () => {
    const thrown = officeError("GeneralException");
    const error = toAppError(thrown);
    expect(error).toMatchObject({
      code: "excel",
      message: "GeneralException: GeneralException happened",
      params: { officeCode: "GeneralException" },
    });
    expect(error.cause).toBe(thrown);
    expect(error.debugInfo).toBeUndefined();
  });

  it("passes an error the add-in threw on unchanged, its cause included", () => {
    const parse = new SyntaxError("Unexpected token");
    const own = new ServqualError({ code: "configInvalid", message: "bad", cause: parse });
    expect(toAppError(own)).toBe(own.error);
    expect((own as Error & { cause?: unknown }).cause).toBe(parse);
  });
});
