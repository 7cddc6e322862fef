/**
 * How the fake stays honest about Office.js names.
 *
 * Every fake class `implements Pick<Excel.X, K>`: K must be real member names of Excel.X
 * (Pick's constraint), and the class must provide each of them with a compatible type.
 * `OnlyRealMembers` closes the other direction: a public member of the fake that Excel.X does
 * not have is a compile error, so a misspelled method cannot hide in the fake either.
 * Internals live behind a symbol key (CORE), which these checks deliberately ignore.
 */
export type ExtraMembers<Fake, Real> = Exclude<keyof Fake, keyof Real | symbol>;

/** `true` when every public string-keyed member of Fake exists on Real; otherwise an error type naming the extras. */
export type OnlyRealMembers<Fake, Real> = [ExtraMembers<Fake, Real>] extends [never]
  ? true
  : { readonly membersNotInOfficeJs: ExtraMembers<Fake, Real> };

/** Compile-time assertion helper: `assertRealMembers<FakeRange, Excel.Range>(true)`. */
export function assertRealMembers<Fake, Real>(ok: OnlyRealMembers<Fake, Real>): void {
  void ok;
}

/**
 * The fake hands its objects out under the real Office.js types, because the code under test
 * is written against them. Each fake class is checked member by member above; this is the one
 * place where a fake object is presented as the full Excel type.
 */
export function asReal<T>(fake: object): T {
  return fake as unknown as T;
}

/** Office.js string enums hold their text at run time; this states that for one value. */
export function asEnum<E>(value: string): E {
  return value as unknown as E;
}
