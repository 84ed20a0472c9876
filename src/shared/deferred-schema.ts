// zod builds a schema's objects when its definition runs. Defined at module level, the app's
// schemas (some 770 zod objects) were all built at every start: of the window, of the main
// process and of every `dossier` command, about 20 ms of a `dossier export brief` (measured),
// while a run uses few of them: a file this account already checked is not validated again, and
// a call validates only its own input. A deferred schema is built the first time anything
// touches it, and behaves as that schema from then on. Small schemas that many others hold (an
// id, a bilingual text, a marking) stay as they are: a deferred one costs a step at each use.

/** The value `build` gives, built when first used rather than now. */
export function deferred<T extends object>(build: () => T): T {
  let value: T | undefined
  const built = (): T => (value ??= build())
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(built(), key),
    has: (_, key) => Reflect.has(built(), key),
    set: (_, key, next) => Reflect.set(built(), key, next),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
    // For a shape spread into a schema's fields ({ ...itemMetaShape }). Every property is given
    // as configurable: a proxy may not call one fixed that its own (empty) target lacks.
    ownKeys: () => Reflect.ownKeys(built()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key)
      return descriptor && { ...descriptor, configurable: true }
    }
  })
}
