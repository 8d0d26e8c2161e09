/**
 * Checked reads for indexed access (issue 15, strict indexing). With
 * `noUncheckedIndexedAccess` an indexed read has type `T | undefined`; where an
 * out-of-range read can only be a bug, `at` and `get` turn it into a RangeError that
 * names the index (or key) instead of a silent `undefined` flowing on as NaN. Hot loops
 * in model/, metrics/, graph/ and engine/ keep their unchecked reads on purpose.
 * Internal: not part of the public API.
 */

/**
 * `arr[i]`, checked against the bounds rather than against `undefined`, so an array whose
 * element type includes `undefined` reads the same as before.
 * @throws RangeError when `i` is not an integer in [0, arr.length).
 */
export function at<T>(arr: ArrayLike<T>, i: number): T {
  if (!(Number.isInteger(i) && i >= 0 && i < arr.length)) throw new RangeError(`index ${i} out of range (length ${arr.length})`);
  // The one cast: the bounds check above is what noUncheckedIndexedAccess cannot see.
  return arr[i] as T;
}

/**
 * `map.get(key)`, checked.
 * @throws RangeError when `key` is not in `map`.
 */
export function get<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new RangeError(`key ${String(key)} not found`);
  return v;
}
