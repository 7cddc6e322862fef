/**
 * The proxy machinery every fake Excel object shares: lazy resolution to the model at sync time,
 * load tracking (reading an unloaded property throws PropertyNotLoaded), queued writes and
 * method calls, *OrNullObject handling, and a guard that names members the fake lacks.
 */
import type { FakeContext, QueuedOperation } from "./excel-fake-context";
import { FakeOfficeError, fail, propertyNotLoaded } from "./excel-fake-errors";
import { asReal } from "./excel-fake-typing";

export const CORE = Symbol("fakeExcelCore");
/** Symbol-keyed so it stays out of the Office.js member checks. */
export const LOAD_PATH = Symbol("fakeExcelLoadPath");

/** Loadable scalar properties of one fake type, read from its model. */
export interface TypeSpec<M> {
  typeName: string;
  scalars: Record<string, (model: M) => unknown>;
  /** Child objects a load path may walk into ("format/font/bold"). */
  navigations?: string[];
}

type Resolution<M> = { model: M | null };

export class ProxyCore<M> {
  readonly id: number;
  readonly loaded = new Map<string, unknown>();
  readonly children = new Map<string, FakeObject<unknown>>();
  private resolution: Resolution<M> | undefined;
  /** For *OrNullObject proxies: set by the sync that checked existence. */
  nullState: "unchecked" | "null" | "present" = "unchecked";

  constructor(
    readonly ctx: FakeContext,
    readonly spec: TypeSpec<M>,
    readonly parent: ProxyCore<unknown> | null,
    readonly pathName: string,
    readonly pathArgs: unknown[],
    private readonly resolver: () => M | null,
    readonly orNull: boolean
  ) {
    this.id = ctx.nextObjectId();
  }

  /** Resolved once, at the first sync that needs it, like Excel binding an object path. */
  resolveOrNull(): M | null {
    if (!this.resolution) this.resolution = { model: this.resolver() };
    return this.resolution.model;
  }

  resolve(): M {
    const model = this.resolveOrNull();
    if (model === null) {
      fail(
        "ItemNotFound",
        `The requested resource doesn't exist (${this.describe()}).`,
        this.describe()
      );
    }
    return model;
  }

  /** Pins the resolution (items of a loaded collection are already bound). */
  bind(model: M): void {
    this.resolution = { model };
  }

  describe(): string {
    const args = this.pathArgs
      .map((a) => (typeof a === "object" ? "…" : JSON.stringify(a)))
      .join(", ");
    const own = `${this.pathName}(${args})`;
    return this.parent ? `${this.parent.describe()}.${own}` : own;
  }
}

export interface CoreOptions<M> {
  name: string;
  args?: unknown[];
  resolve: () => M | null;
  orNull?: boolean;
}

/** Names probed by JS runtimes, Jest and await; never reported as missing members. */
const PROBED = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "$$typeof",
  "_isMockFunction",
  "inspect",
  "valueOf",
  "toString",
  "length",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

function guard<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === "string" && !(prop in obj) && !PROBED.has(prop)) {
        throw new Error(
          `FakeExcel: ${typeName}.${prop} is not supported by the fake (extend test/fakes).`
        );
      }
      return Reflect.get(obj, prop, receiver);
    },
    set(obj, prop, value, receiver) {
      if (typeof prop === "string" && !(prop in obj)) {
        throw new Error(`FakeExcel: ${typeName}.${prop} cannot be set: not supported by the fake.`);
      }
      return Reflect.set(obj, prop, value, receiver);
    },
  });
}

export type FakeClass<M, T extends FakeObject<M>> = new (core: ProxyCore<M>) => T;

/** Creates a fake object on a new proxy core, wrapped in the missing-member guard. */
export function createFake<M, T extends FakeObject<M>>(
  ctx: FakeContext,
  Class: FakeClass<M, T>,
  spec: TypeSpec<M>,
  parent: ProxyCore<unknown> | null,
  options: CoreOptions<M>
): T {
  const core = new ProxyCore<M>(
    ctx,
    spec,
    parent,
    options.name,
    options.args ?? [],
    options.resolve,
    options.orNull ?? false
  );
  const fake = guard(new Class(core), spec.typeName);
  if (core.orNull) {
    ctx.enqueue({
      target: core as ProxyCore<unknown>,
      name: "IsNullObject",
      args: [],
      run: () => {
        core.nullState = core.resolveOrNull() === null ? "null" : "present";
      },
    });
  }
  return fake;
}

export abstract class FakeObject<M> {
  readonly [CORE]: ProxyCore<M>;

  constructor(core: ProxyCore<M>) {
    this[CORE] = core;
  }

  get context(): Excel.RequestContext {
    return asReal<Excel.RequestContext>(this[CORE].ctx.facade);
  }

  get isNullObject(): boolean {
    const core = this[CORE];
    if (!core.orNull) return false;
    if (core.nullState === "unchecked") throw propertyNotLoaded(core.spec.typeName, "isNullObject");
    return core.nullState === "null";
  }

  /** Reads a loaded property; throws PropertyNotLoaded unless load + sync happened since the last write. */
  protected read<T>(name: string): T {
    return readLoaded<T, M>(this[CORE], name);
  }

  /** Queues a property write; the local copy is dropped so reading it back needs load + sync. */
  protected write(name: string, value: unknown, apply: (model: M) => void): void {
    const core = this[CORE];
    core.loaded.delete(name);
    this.call(`set:${name}`, [value], apply);
  }

  /** Queues a method call applied to the resolved model at the next sync. */
  protected call(name: string, args: unknown[], apply: (model: M) => void): void {
    const core = this[CORE];
    core.ctx.enqueue({
      target: core as ProxyCore<unknown>,
      name,
      args,
      run: () => apply(core.resolve()),
    });
  }

  /** A child object that is part of this one (format, font, …): created once and reused. */
  protected child<C, T extends FakeObject<C>>(
    name: string,
    Class: FakeClass<C, T>,
    spec: TypeSpec<C>,
    project: (model: M) => C
  ): T {
    const core = this[CORE];
    const existing = core.children.get(name);
    if (existing) return existing as unknown as T;
    const made = createFake(core.ctx, Class, spec, core as ProxyCore<unknown>, {
      name,
      resolve: () => {
        const model = core.resolveOrNull();
        return model === null ? null : project(model);
      },
    });
    core.children.set(name, made as unknown as FakeObject<unknown>);
    return made;
  }

  /** Creates a related object (getCell, getItem, …) whose resolution depends on this one. */
  protected derive<C, T extends FakeObject<C>>(
    Class: FakeClass<C, T>,
    spec: TypeSpec<C>,
    name: string,
    args: unknown[],
    project: (model: M) => C | null,
    orNull = false
  ): T {
    const core = this[CORE];
    return createFake(core.ctx, Class, spec, core as ProxyCore<unknown>, {
      name,
      args,
      orNull,
      resolve: () => {
        const model = orNull ? core.resolveOrNull() : core.resolve();
        return model === null ? null : project(model);
      },
    });
  }

  protected queueLoad(option: unknown): void {
    queueLoad(this as FakeObject<unknown>, option);
  }

  /** Called by a load at sync time; collections override it to materialise their items. */
  [LOAD_PATH](model: M, paths: string[][]): void {
    const core = this[CORE];
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === ALL) {
        for (const [name, read] of Object.entries(core.spec.scalars))
          core.loaded.set(name, read(model));
        continue;
      }
      const scalar = core.spec.scalars[head];
      if (scalar && rest.length === 0) {
        core.loaded.set(head, scalar(model));
        continue;
      }
      if (core.spec.navigations?.includes(head)) {
        const next = Reflect.get(this, head) as FakeObject<unknown>;
        applyLoad(next, [rest.length > 0 ? rest : [ALL]]);
        continue;
      }
      fail(
        "InvalidArgument",
        `The property '${path.join("/")}' does not exist on ${core.spec.typeName}.`
      );
    }
  }
}

export const ALL = "*";

/** A loaded property's value; PropertyNotLoaded unless load + sync happened since the last write. */
export function readLoaded<T, M = unknown>(core: ProxyCore<M>, name: string): T {
  if (!core.loaded.has(name)) throw propertyNotLoaded(core.spec.typeName, name);
  return core.loaded.get(name) as T;
}

/** Queues `fake.load(option)`: the paths are applied at sync. */
export function queueLoad(fake: FakeObject<unknown>, option: unknown): void {
  const core = fake[CORE];
  const paths = loadPaths(option);
  core.ctx.enqueue({
    target: core,
    name: "Load",
    args: [option ?? null],
    run: () => applyLoad(fake, paths),
  });
}

export function applyLoad(target: FakeObject<unknown>, paths: string[][]): void {
  const core = target[CORE];
  const model = core.resolveOrNull();
  if (model === null) {
    // Excel answers a load on a null object with null properties instead of an error.
    for (const name of Object.keys(core.spec.scalars)) core.loaded.set(name, null);
    return;
  }
  target[LOAD_PATH](model, paths);
}

/** Normalises every load() argument form Office.js accepts into property paths. */
export function loadPaths(option: unknown): string[][] {
  if (option === undefined || option === null) return [[ALL]];
  if (typeof option === "string") {
    const names = option
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    return names.length > 0 ? names.map((s) => s.split("/")) : [[ALL]];
  }
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(String(o)));
  if (typeof option === "object") {
    const record = option as Record<string, unknown>;
    if ("select" in record || "expand" in record) {
      const select = record.select === undefined ? [] : loadPaths(record.select);
      const expand =
        record.expand === undefined ? [] : loadPaths(record.expand).map((p) => [...p, ALL]);
      return [...select, ...expand];
    }
    const paths: string[][] = [];
    for (const [key, value] of Object.entries(record)) {
      if (key === "$all") {
        if (value === true) paths.push([ALL]);
      } else if (value === true) {
        paths.push([key]);
      } else if (value && typeof value === "object") {
        for (const sub of loadPaths(value)) paths.push([key, ...sub]);
      }
    }
    return paths;
  }
  throw new FakeOfficeError("InvalidArgument", `Unsupported load option ${String(option)}.`);
}

/** OfficeExtension.ClientResult: `value` is readable only after the sync that filled it. */
export class FakeClientResult<T> {
  private filled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.filled) {
      throw new FakeOfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    }
    return this.result as T;
  }

  fill(value: T): void {
    this.result = value;
    this.filled = true;
  }
}

export type { QueuedOperation };

/** A collection: `items` is readable after a load; loading a collection loads its items. */
export abstract class FakeCollection<M, IM> extends FakeObject<M> {
  protected abstract itemsOf(model: M): IM[];
  protected abstract makeItem(item: IM): FakeObject<IM>;

  override [LOAD_PATH](model: M, paths: string[][]): void {
    const core = this[CORE];
    const itemPaths: string[][] = [];
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === "items") itemPaths.push(rest.length > 0 ? rest : [ALL]);
      else if (head in core.spec.scalars && rest.length === 0)
        core.loaded.set(head, core.spec.scalars[head](model));
      else itemPaths.push(path);
    }
    const items = this.itemsOf(model).map((itemModel) => {
      const item = this.makeItem(itemModel);
      item[CORE].bind(itemModel);
      if (itemPaths.length > 0) item[LOAD_PATH](itemModel, itemPaths);
      return item;
    });
    core.loaded.set("items", items);
  }

  protected loadedItems<T>(): T[] {
    return this.read<T[]>("items");
  }
}
