/**
 * How the fake stays honest about Office.js names: each fake type is built by defineFake from
 * a spec typed as a mapped type over the real interface (excel-fake-define.ts), so a member
 * Excel.X lacks, or one with the wrong type, does not compile. Internals live behind a symbol
 * key (CORE), out of those checks.
 */

/**
 * The fake hands its objects out under the real Office.js types, because the code under test
 * is written against them. Each fake type is checked member by member by its spec; this is the
 * one place where a fake object is presented as the full Excel type.
 */
export function asReal<T>(fake: object): T {
  return fake as unknown as T;
}

/** Office.js string enums hold their text at run time; this states that for one value. */
export function asEnum<E>(value: string): E {
  return value as unknown as E;
}
