/**
 * Dunbar layers measured from tie strengths: an ego's ties clustered by strength into
 * at most k layers, innermost (strongest) first, reported as cumulative layer sizes.
 *
 * Notes: Zhou, Sornette, Hill & Dunbar (2005) and Dunbar, Arnaboldi, Conti & Passarella
 * (2015) find the layers as clusters of contact frequency (or emotional closeness)
 * within each ego network, with sizes near 5, 15, 50, 150 — a scaling ratio near 3
 * between successive layers. We do the same on tie strength s: each tie is placed on
 * the scale x = −ln(1 − s), on which every reinforcement adds the same amount
 * (s ← 1 − (1 − s)(1 − r) adds −ln(1 − r)), so x counts interactions as contact
 * frequency does. The ties are split into k groups of consecutive x by optimal 1-D
 * k-means (least within-group sum of squares, exact; Wang & Song 2011,
 * Ckmeans.1d.dp), computed by dynamic programming with the divide-and-conquer
 * speed-up that monotone split points allow (O(k·n·log n)).
 *
 * With fewer than k distinct strengths there are only as many groups as distinct
 * values: the groups then fill the outermost layers and the inner layers are empty
 * (ties that cannot be told apart form no inner circle). The last layer therefore
 * always holds every tie. Nothing here depends on the nominal sizes 5/15/50/150:
 * layer sizes come from the strengths alone, never from min(ties, size).
 *
 * References: W.-X. Zhou, D. Sornette, R. A. Hill, R. I. M. Dunbar, "Discrete
 * hierarchical organization of social group sizes", Proc. R. Soc. B 272, 2005;
 * R. I. M. Dunbar, V. Arnaboldi, M. Conti, A. Passarella, "The structure of online
 * social networks mirrors those in the offline world", Social Networks 43, 2015;
 * H. Wang, M. Song, "Ckmeans.1d.dp: optimal k-means clustering in one dimension by
 * dynamic programming", The R Journal 3(2), 2011.
 */

/** The strength scale the layers are clustered on: −ln(1 − s), s capped just below 1. */
export function strengthScale(s: number): number {
  return -Math.log(1 - Math.min(s, 1 - 1e-12));
}

/**
 * Cumulative layer sizes of one ego network.
 * @param strengths - the strengths of the ego's ties, in (0, 1]
 * @param k - the number of layers (≥ 1)
 * @returns sizes[j] = ties in layers 1..j+1 (innermost first); sizes[k−1] = all ties
 * @throws RangeError if k < 1
 */
export function strengthLayers(strengths: ArrayLike<number>, k: number): number[] {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`strengthLayers: k must be an integer ≥ 1 (k = ${k})`);
  const n = strengths.length;
  const x = Float64Array.from(strengths, strengthScale).sort().reverse(); // strongest first
  let distinct = n > 0 ? 1 : 0;
  for (let i = 1; i < n; i++) if (x[i] !== x[i - 1]) distinct++;
  const groups = Math.min(k, distinct);
  const sizes = new Array<number>(k).fill(0);
  if (groups === 0) return sizes;
  const ends = kmeans1d(x, groups); // ends[g]: one past the last index of group g
  const offset = k - groups;
  for (let g = 0; g < groups; g++) sizes[offset + g] = ends[g] as number;
  return sizes;
}

/**
 * Optimal 1-D k-means of sorted data (either order): the end (exclusive) of each of the
 * `groups` runs of consecutive values that minimise the total within-run sum of squares.
 */
export function kmeans1d(x: ArrayLike<number>, groups: number): number[] {
  const n = x.length;
  // Prefix sums, shifted by the median for precision.
  const shift = x[n >> 1] as number;
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = (x[i] as number) - shift;
    s1[i + 1] = (s1[i] as number) + v;
    s2[i + 1] = (s2[i] as number) + v * v;
  }
  /** Sum of squares of x[a..b) around their mean. */
  const sse = (a: number, b: number): number => {
    const c = b - a;
    const t = (s1[b] as number) - (s1[a] as number);
    return Math.max(0, (s2[b] as number) - (s2[a] as number) - (t * t) / c);
  };
  // cost[g][i]: best cost of x[0..i) in g+1 runs; from[g][i]: where its last run starts.
  const cost: Float64Array[] = [];
  const from: Int32Array[] = [];
  const first = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) first[i] = sse(0, i);
  cost.push(first);
  from.push(new Int32Array(n + 1));
  for (let g = 1; g < groups; g++) {
    const prev = cost[g - 1] as Float64Array;
    const cur = new Float64Array(n + 1).fill(Infinity);
    const arg = new Int32Array(n + 1);
    // Divide and conquer: the best start of the last run is non-decreasing in i.
    const solve = (lo: number, hi: number, optLo: number, optHi: number): void => {
      if (lo > hi) return;
      const mid = (lo + hi) >> 1;
      let best = Infinity;
      let bestM = optLo;
      for (let m = Math.max(optLo, g); m <= Math.min(optHi, mid - 1); m++) {
        const c = (prev[m] as number) + sse(m, mid);
        if (c < best) {
          best = c;
          bestM = m;
        }
      }
      cur[mid] = best;
      arg[mid] = bestM;
      solve(lo, mid - 1, optLo, bestM);
      solve(mid + 1, hi, bestM, optHi);
    };
    solve(g + 1, n, g, n - 1);
    cost.push(cur);
    from.push(arg);
  }
  const ends = new Array<number>(groups);
  let end = n;
  for (let g = groups - 1; g >= 0; g--) {
    ends[g] = end;
    end = g > 0 ? ((from[g] as Int32Array)[end] as number) : 0;
  }
  return ends;
}
