/**
 * Insertion into a short sorted prefix: the one insertion sort of the model (a
 * reader's new follows, a Kleinberg node's row, a sorted sample). For the few
 * to few hundred entries these hold, shifting beats a binary search and a copy.
 */

/** Integer arrays the helpers work on. */
export type IntArray = Int32Array | Uint32Array;

/**
 * Inserts v into the ascending prefix a[0..len), which becomes a[0..len]; equal
 * values keep their order (v goes after them). a must have room at index len.
 * @returns the index where v now sits
 */
export function insertSorted(a: IntArray, len: number, v: number): number {
  let k = len;
  for (; k > 0 && (a[k - 1] as number) > v; k--) a[k] = a[k - 1] as number;
  a[k] = v;
  return k;
}

/** Sorts a[0..len) ascending in place by insertion (short arrays only: O(len²)). */
export function insertionSort(a: IntArray, len: number = a.length): void {
  for (let k = 1; k < len; k++) insertSorted(a, k, a[k] as number);
}
