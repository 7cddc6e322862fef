/**
 * Fake classes from member specs: one table per Office.js type says, for each member the fake
 * supports, how it reads or changes the in-memory model; the accessors (PropertyNotLoaded
 * guards, queued writes, load paths into navigations, queued method calls, `load`, `items`)
 * are produced here. Member names and types are checked against @types/office-js: the spec is
 * a mapped type over the real interface, so a misspelled member, a setter on a read-only
 * property, or a navigation to the wrong type does not compile. How to add a call:
 * docs/adding-an-office-call.md.
 */
import {
  CORE,
  FakeClass,
  FakeClientResult,
  FakeCollection,
  FakeObject,
  ProxyCore,
  TypeSpec,
  createFake,
  queueLoad,
  readLoaded,
} from "./excel-fake-proxy";
import type { FakeHost } from "./excel-fake-context";
import { asReal } from "./excel-fake-typing";

/** Ties a fake class to the Office.js type it stands for (type-level only). */
declare const REAL: unique symbol;

/** A class made by defineFake (or written by hand) that stands for Office.js type `Real` over model `M`. */
export interface FakeDef<M, Real> {
  new (core: ProxyCore<M>): FakeObject<M>;
  readonly spec: TypeSpec<M>;
  readonly [REAL]?: Real;
}

/** Members every fake has without a spec line (FakeObject, or produced from the spec). */
type Automatic = "load" | "context" | "isNullObject" | "toJSON" | "track" | "untrack" | "set";

/** A scalar property: read into the load cache at sync; a setter makes it writable. */
export interface PropSpec<M, V> {
  /** The value Excel would return, computed from the model when a sync loads it. */
  get: (model: M, name: string) => unknown;
  /** Applied to the model at the sync after the write; absent for read-only properties. */
  set?: (model: M, value: V, tools: FakeTools<M>, name: string) => void;
  /** Taken from the written value at write time (a copy, so later caller edits do not leak). */
  capture?: (value: V) => V;
  /** Loaded properties a write makes stale (writing `values` changes `text`). */
  forgets?: readonly string[];
}

/** A navigation property (`range.format`): a child fake created once and reused. */
export interface NavSpec<M, V> {
  nav: () => FakeDef<never, V>;
  to: (model: M, tools: FakeTools<M>) => unknown;
}

/** A method: receives the helpers and the call's arguments, returns what Office.js returns. */
export type MethodSpec<M, A extends unknown[], R> = (tools: FakeTools<M>, ...args: A) => R;

type MemberSpec<M, V, Writable extends boolean> = [V] extends [(...args: infer A) => infer R]
  ? MethodSpec<M, A, R>
  : (Writable extends true ? PropSpec<M, V> : ReadOnlyPropSpec<M, V>) | NavSpec<M, V>;

/** A property Office.js declares `readonly`: the spec cannot give it a setter. */
export type ReadOnlyPropSpec<M, V> = Omit<PropSpec<M, V>, "set" | "capture" | "forgets"> & {
  set?: never;
};

type Same<X, Y> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** Whether `Real[K]` is writable (not declared `readonly`). */
type IsWritable<Real, K extends keyof Real> = Same<
  { [P in K]: Real[P] },
  { -readonly [P in K]: Real[P] }
>;

/** One optional line per real member of `Real` (except the automatic ones). */
export type MemberSpecs<Real, M> = {
  [K in Exclude<keyof Real, Automatic>]?: MemberSpec<M, Real[K], IsWritable<Real, K>>;
};

/** `loadable: false` exactly for types without `load` in Office.js (ChartFill, WorksheetFreezePanes). */
type LoadOption<Real> = "load" extends keyof Real ? { loadable?: true } : { loadable: false };

export type DefineOptions<Real, M, IM> = LoadOption<Real> & {
  /** For collections: the item models, and the fake standing for one item once loaded. */
  collection?: {
    items: (model: M) => IM[];
    item: (tools: FakeTools<M>, item: IM) => FakeObject<IM>;
  };
};

/** What a spec's functions can do with the fake they belong to. */
export interface FakeTools<M> {
  readonly core: ProxyCore<M>;
  /** The member being run ("autofitColumns"); `queued` sends it as the action name. */
  readonly member: string;
  readonly host: FakeHost;
  /** Queues a call applied to the resolved model at the next sync. */
  call(name: string, args: unknown[], apply: (model: M) => void): void;
  /** A related object (getItem, getRange, …) resolved from this one at sync time. */
  derive<C, R>(
    def: FakeDef<C, R>,
    name: string,
    args: unknown[],
    project: (model: M) => C | null,
    orNull?: boolean
  ): R;
  /** A ClientResult filled by the next sync (getCount). */
  result<T>(
    name: string,
    args: unknown[],
    compute: (model: M) => T
  ): OfficeExtension.ClientResult<T>;
  /** Drops loaded values a call made stale, so reading them needs a new load + sync. */
  forget(...names: string[]): void;
}

class Tools<M> implements FakeTools<M> {
  constructor(
    readonly core: ProxyCore<M>,
    readonly member: string
  ) {}

  get host(): FakeHost {
    return this.core.ctx.host;
  }

  call(name: string, args: unknown[], apply: (model: M) => void): void {
    const core = this.core;
    core.ctx.enqueue({
      target: core as ProxyCore<unknown>,
      name,
      args,
      run: () => apply(core.resolve()),
    });
  }

  derive<C, R>(
    def: FakeDef<C, R>,
    name: string,
    args: unknown[],
    project: (model: M) => C | null,
    orNull = false
  ): R {
    const core = this.core;
    const made = createFake(
      core.ctx,
      def as FakeClass<C, FakeObject<C>>,
      def.spec,
      asParent(core),
      {
        name,
        args,
        orNull,
        resolve: () => {
          const model = orNull ? core.resolveOrNull() : core.resolve();
          return model === null ? null : project(model);
        },
      }
    );
    return asReal<R>(made);
  }

  result<T>(
    name: string,
    args: unknown[],
    compute: (model: M) => T
  ): OfficeExtension.ClientResult<T> {
    const result = new FakeClientResult<T>();
    this.call(name, args, (model) => result.fill(compute(model)));
    return asReal(result);
  }

  forget(...names: string[]): void {
    for (const name of names) this.core.loaded.delete(name);
  }
}

const asParent = <M>(core: ProxyCore<M>): ProxyCore<unknown> => core as ProxyCore<unknown>;

/** `autofitColumns` → `AutofitColumns`: the action name Office.js sends for a method. */
const actionName = (member: string): string => member.charAt(0).toUpperCase() + member.slice(1);

function isNav<M>(spec: PropSpec<M, unknown> | NavSpec<M, unknown>): spec is NavSpec<M, unknown> {
  return "nav" in spec;
}

function child<M>(fake: FakeObject<M>, name: string, spec: NavSpec<M, unknown>): unknown {
  const core = fake[CORE];
  const existing = core.children.get(name);
  if (existing) return existing;
  const def = spec.nav() as unknown as FakeDef<unknown, unknown>;
  const tools = new Tools(core, name);
  const made = createFake(
    core.ctx,
    def as FakeClass<unknown, FakeObject<unknown>>,
    def.spec,
    asParent(core),
    {
      name,
      resolve: () => {
        const model = core.resolveOrNull();
        return model === null ? null : spec.to(model, tools);
      },
    }
  );
  core.children.set(name, made);
  return made;
}

/**
 * Builds the fake class for Office.js type `Real` over model `M` from its member specs.
 * `defineFake<Excel.RangeView, RangeRef>("RangeView", { rowCount: { get: (r) => … } })`.
 */
export function defineFake<Real, M, IM = never>(
  typeName: string,
  members: MemberSpecs<Real, M>,
  ...options: "load" extends keyof Real
    ? [DefineOptions<Real, M, IM>?]
    : [DefineOptions<Real, M, IM>]
): FakeDef<M, Real> {
  const option = options[0];
  const collection = option?.collection;
  const loadable = option?.loadable !== false;
  const entries = Object.entries(members as Record<string, unknown>);
  const scalars: TypeSpec<M>["scalars"] = {};
  const navigations: string[] = [];

  abstract class Base extends FakeCollection<M, IM> {}
  const Parent = (collection ? Base : FakeObject) as unknown as abstract new (
    core: ProxyCore<M>
  ) => FakeObject<M>;

  class Defined extends Parent {
    static readonly spec: TypeSpec<M> = { typeName, scalars, navigations };

    protected itemsOf(model: M): IM[] {
      return collection ? collection.items(model) : [];
    }

    protected makeItem(item: IM): FakeObject<IM> {
      if (!collection) throw new Error(`FakeExcel: ${typeName} is not a collection.`);
      return collection.item(new Tools(this[CORE], "items"), item);
    }
  }
  Object.defineProperty(Defined, "name", { value: `Fake${typeName}` });
  const proto = Defined.prototype as unknown as Record<string, unknown>;

  for (const [name, spec] of entries) {
    if (typeof spec === "function") {
      const method = spec as (tools: FakeTools<M>, ...args: unknown[]) => unknown;
      Object.defineProperty(proto, name, {
        value: function (this: FakeObject<M>, ...args: unknown[]): unknown {
          return method(new Tools(this[CORE], name), ...args);
        },
        writable: true,
        configurable: true,
      });
      continue;
    }
    const member = spec as PropSpec<M, unknown> | NavSpec<M, unknown>;
    if (isNav(member)) {
      navigations.push(name);
      Object.defineProperty(proto, name, {
        get(this: FakeObject<M>) {
          return child(this, name, member);
        },
        configurable: true,
      });
      continue;
    }
    scalars[name] = (model) => member.get(model, name);
    const { set, capture, forgets } = member;
    Object.defineProperty(proto, name, {
      get(this: FakeObject<M>): unknown {
        return readLoaded(asParent(this[CORE]), name);
      },
      set: set
        ? function (this: FakeObject<M>, written: unknown): void {
            const core = this[CORE];
            const tools = new Tools(core, name);
            const value = capture ? capture(written) : written;
            core.loaded.delete(name);
            tools.call(`set:${name}`, [value], (model) => set(model, value, tools, name));
            if (forgets) tools.forget(...forgets);
          }
        : undefined,
      configurable: true,
    });
  }

  if (collection) {
    Object.defineProperty(proto, "items", {
      get(this: FakeObject<M>): unknown {
        return readLoaded(asParent(this[CORE]), "items");
      },
      configurable: true,
    });
  }
  if (loadable) {
    Object.defineProperty(proto, "load", {
      value: function (this: FakeObject<M>, option?: unknown): unknown {
        queueLoad(this as FakeObject<unknown>, option);
        return this;
      },
      writable: true,
      configurable: true,
    });
  }
  return Defined as unknown as FakeDef<M, Real>;
}

/** A navigation member: `format: nav(() => FakeRangeFormat, (ref) => ref)`. */
export function nav<M, C, V>(
  def: () => FakeDef<C, V>,
  to: (model: M, tools: FakeTools<M>) => C
): NavSpec<M, V> {
  return { nav: def as unknown as () => FakeDef<never, V>, to };
}

/**
 * A method Office.js queues with no result, sent as its PascalCase action name:
 * `autofitRows: queued(() => undefined)`. `argsOf` gives the arguments as sent (defaults filled).
 */
export function queued<M, A extends unknown[]>(
  apply: (model: M, ...args: A) => void,
  argsOf: (...args: A) => unknown[] = (...args) => args
): MethodSpec<M, A, void> {
  return (tools, ...args) =>
    tools.call(actionName(tools.member), argsOf(...args), (model) => apply(model, ...args));
}
