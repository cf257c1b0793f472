/**
 * The element at `index`, which the caller knows is there (an index computed from the array's
 * own layout): a RangeError instead of a silent `undefined` when it is not — the checked form of
 * `xs[index]!` under `noUncheckedIndexedAccess`.
 */
export function at<T>(xs: ArrayLike<T>, index: number): T {
  const value = xs[index];
  if (value === undefined) throw new RangeError(`index ${index} outside 0…${xs.length - 1}`);
  return value;
}

/** The value of `key`, which the caller knows is in the map. */
export function got<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`no entry for ${String(key)}`);
  return value;
}
