;; HyperANF's inner loops in WebAssembly with 128-bit SIMD: the initial sketches and
;; the two phases of a step of the reference JavaScript kernel (hyperanf-kernel.ts),
;; over node ranges [lo, hi), with bit-identical results (tested:
;; test/metrics/separation/hyperanf-wasm.test.ts and hyperanf-parallel.test.ts).
;;
;; A counter is 2^b one-byte HyperLogLog registers; the register-wise maximum of two
;; counters is i8x16.max_u on 16 registers at a time (b >= 4, so a counter is a whole
;; number of vectors). Only neighbours whose counter changed at the previous step are
;; merged (Boldi et al.'s "systolic" optimisation), and only changed counters are
;; copied back and re-estimated.
;;
;; The estimate of a counter sums 2^-r over its registers with four accumulators. The
;; sum is exact in any order, so it is the double the reference kernel computes: every
;; register r is at most 33 - b (hash rank), so every partial sum is a multiple of
;; 2^-(33-b) below 2^b + 1, which needs at most 34 bits of mantissa. The small-range
;; correction is looked up (lc below), the large-range one calls the host's Math.log
;; with the reference kernel's operands.
;;
;; Memory is imported (shared, so that threads can run disjoint node ranges on it) and
;; laid out by the host (hyperanf-wasm.ts); `setup` stores the layout in globals:
;;   offsets   u32[n + 1]   CSR row starts
;;   neighbors u32[arcs]    CSR rows
;;   flags0/1  u8[n]        flags[p][v] = 1: v's counter changed at a step of parity p
;;   touch     u8[n]        mergeSparse's marks (zero between calls)
;;   cur/next  u8[n << b]   registers at step t - 1 / being built for step t
;;   est       f64[n]       each counter's current estimate
;;   pow       f64[64]      pow[r] = 2^-r
;;   lc        f64[m + 1]   lc[z] = m ln(m / z), the linear-counting estimate with z
;;                          zero registers, computed by the host as the reference does
;; The u8 arrays are followed by zeros up to a multiple of 16 bytes.
;;
;; References: P. Boldi, M. Rosa, S. Vigna, "HyperANF: Approximating the neighbourhood
;; function of very large graphs on a budget", WWW 2011; P. Flajolet, É. Fusy,
;; O. Gandouet, F. Meunier, "HyperLogLog", AofA 2007.
;;
;; Compiled with wabt (scripts/build-wasm.js) into hyperanf-wasm-bytes.ts, which is
;; committed; a test fails when the two differ.
(module
  (import "env" "memory" (memory 1 65536 shared))
  (import "env" "log" (func $log (param f64) (result f64)))

  (global $n (mut i32) (i32.const 0))
  (global $b (mut i32) (i32.const 0))
  (global $m (mut i32) (i32.const 0))
  (global $offsets (mut i32) (i32.const 0))
  (global $neighbors (mut i32) (i32.const 0))
  (global $flags0 (mut i32) (i32.const 0))
  (global $flags1 (mut i32) (i32.const 0))
  (global $cur (mut i32) (i32.const 0))
  (global $next (mut i32) (i32.const 0))
  (global $est (mut i32) (i32.const 0))
  (global $pow (mut i32) (i32.const 0))
  (global $touch (mut i32) (i32.const 0))
  (global $lc (mut i32) (i32.const 0))
  (global $am2 (mut f64) (f64.const 0))

  ;; Stores the layout (byte addresses) and alpha_m * m^2 for this instance.
  (func (export "setup")
    (param $n i32) (param $b i32) (param $offsets i32) (param $neighbors i32) (param $flags0 i32)
    (param $flags1 i32) (param $touch i32) (param $cur i32) (param $next i32) (param $est i32)
    (param $pow i32) (param $lc i32) (param $am2 f64)
    (global.set $n (local.get $n))
    (global.set $b (local.get $b))
    (global.set $m (i32.shl (i32.const 1) (local.get $b)))
    (global.set $offsets (local.get $offsets))
    (global.set $neighbors (local.get $neighbors))
    (global.set $flags0 (local.get $flags0))
    (global.set $flags1 (local.get $flags1))
    (global.set $cur (local.get $cur))
    (global.set $next (local.get $next))
    (global.set $est (local.get $est))
    (global.set $pow (local.get $pow))
    (global.set $touch (local.get $touch))
    (global.set $lc (local.get $lc))
    (global.set $am2 (local.get $am2)))

  ;; Merges into next[v] the counters of v's neighbours flagged in $changed and flags v
  ;; in $nextChanged when next[v] now differs from cur[v]. Returns 1 if so, else 0.
  ;; (m = 64, the default 2^6 registers, keeps the counter in four vector locals.)
  (func $mergeNode (param $v i32) (param $changed i32) (param $nextChanged i32) (result i32)
    (local $m i32) (local $i i32) (local $end i32) (local $vb i32) (local $ub i32)
    (local $cb i32) (local $j i32) (local $touched i32) (local $diff v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local.set $m (global.get $m))
    (local.set $i (i32.load (i32.add (global.get $offsets) (i32.shl (local.get $v) (i32.const 2)))))
    (local.set $end (i32.load offset=4 (i32.add (global.get $offsets) (i32.shl (local.get $v) (i32.const 2)))))
    (local.set $vb (i32.add (global.get $next) (i32.shl (local.get $v) (global.get $b))))
    (local.set $cb (i32.add (global.get $cur) (i32.shl (local.get $v) (global.get $b))))
    (if (i32.eq (local.get $m) (i32.const 64))
      (then
        (local.set $a0 (v128.load (local.get $vb)))
        (local.set $a1 (v128.load offset=16 (local.get $vb)))
        (local.set $a2 (v128.load offset=32 (local.get $vb)))
        (local.set $a3 (v128.load offset=48 (local.get $vb)))
        (block $rowDone
          (loop $row
            (br_if $rowDone (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $ub (i32.load (i32.add (global.get $neighbors) (i32.shl (local.get $i) (i32.const 2)))))
            (if (i32.load8_u (i32.add (local.get $changed) (local.get $ub)))
              (then
                (local.set $touched (i32.const 1))
                (local.set $ub (i32.add (global.get $cur) (i32.shl (local.get $ub) (i32.const 6))))
                (local.set $a0 (i8x16.max_u (local.get $a0) (v128.load (local.get $ub))))
                (local.set $a1 (i8x16.max_u (local.get $a1) (v128.load offset=16 (local.get $ub))))
                (local.set $a2 (i8x16.max_u (local.get $a2) (v128.load offset=32 (local.get $ub))))
                (local.set $a3 (i8x16.max_u (local.get $a3) (v128.load offset=48 (local.get $ub))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $row)))
        (if (i32.eqz (local.get $touched)) (then (return (i32.const 0))))
        (v128.store (local.get $vb) (local.get $a0))
        (v128.store offset=16 (local.get $vb) (local.get $a1))
        (v128.store offset=32 (local.get $vb) (local.get $a2))
        (v128.store offset=48 (local.get $vb) (local.get $a3))
        (local.set $diff
          (v128.or
            (v128.or
              (v128.xor (local.get $a0) (v128.load (local.get $cb)))
              (v128.xor (local.get $a1) (v128.load offset=16 (local.get $cb))))
            (v128.or
              (v128.xor (local.get $a2) (v128.load offset=32 (local.get $cb)))
              (v128.xor (local.get $a3) (v128.load offset=48 (local.get $cb)))))))
      (else
        (block $rowDone
          (loop $row
            (br_if $rowDone (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $ub (i32.load (i32.add (global.get $neighbors) (i32.shl (local.get $i) (i32.const 2)))))
            (if (i32.load8_u (i32.add (local.get $changed) (local.get $ub)))
              (then
                (local.set $touched (i32.const 1))
                (local.set $ub (i32.add (global.get $cur) (i32.shl (local.get $ub) (global.get $b))))
                (local.set $j (i32.const 0))
                (loop $regs
                  (v128.store (i32.add (local.get $vb) (local.get $j))
                    (i8x16.max_u
                      (v128.load (i32.add (local.get $vb) (local.get $j)))
                      (v128.load (i32.add (local.get $ub) (local.get $j)))))
                  (local.set $j (i32.add (local.get $j) (i32.const 16)))
                  (br_if $regs (i32.lt_u (local.get $j) (local.get $m))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $row)))
        (if (i32.eqz (local.get $touched)) (then (return (i32.const 0))))
        (local.set $j (i32.const 0))
        (loop $cmp
          (local.set $diff
            (v128.or (local.get $diff)
              (v128.xor
                (v128.load (i32.add (local.get $vb) (local.get $j)))
                (v128.load (i32.add (local.get $cb) (local.get $j))))))
          (local.set $j (i32.add (local.get $j) (i32.const 16)))
          (br_if $cmp (i32.lt_u (local.get $j) (local.get $m))))))
    (if (v128.any_true (local.get $diff))
      (then
        (i32.store8 (i32.add (local.get $nextChanged) (local.get $v)) (i32.const 1))
        (return (i32.const 1))))
    (i32.const 0))

  ;; Phase 1 of a step of parity p: next[v] = max(next[v], cur[u]) register-wise for
  ;; every neighbour u flagged in flags[1 - p]; flags in flags[p] the counters of
  ;; [lo, hi) that now differ from cur. Writes only [lo, hi) of next and flags[p].
  ;; Returns the number of counters of [lo, hi) that changed.
  (func (export "merge") (param $parity i32) (param $lo i32) (param $hi i32) (result i32)
    (local $changed i32) (local $nextChanged i32) (local $changes i32)
    (if (local.get $parity)
      (then (local.set $changed (global.get $flags0)) (local.set $nextChanged (global.get $flags1)))
      (else (local.set $changed (global.get $flags1)) (local.set $nextChanged (global.get $flags0))))
    (block $done
      (loop $nodes
        (br_if $done (i32.ge_u (local.get $lo) (local.get $hi)))
        (local.set $changes
          (i32.add (local.get $changes)
            (call $mergeNode (local.get $lo) (local.get $changed) (local.get $nextChanged))))
        (local.set $lo (i32.add (local.get $lo) (i32.const 1)))
        (br $nodes)))
    (local.get $changes))

  ;; The same phase when few counters changed, on an undirected (symmetric) CSR: first
  ;; marks in $touch the nodes of [lo, hi) with a flagged neighbour, from the rows of
  ;; the flagged nodes, then merges only those (clearing their marks). Identical result:
  ;; the nodes left out have no flagged neighbour, so merge would leave them alone.
  (func (export "mergeSparse") (param $parity i32) (param $lo i32) (param $hi i32) (result i32)
    (local $changed i32) (local $nextChanged i32) (local $changes i32) (local $u i32)
    (local $i i32) (local $end i32) (local $rowEnd i32) (local $v i32)
    (if (local.get $parity)
      (then (local.set $changed (global.get $flags0)) (local.set $nextChanged (global.get $flags1)))
      (else (local.set $changed (global.get $flags1)) (local.set $nextChanged (global.get $flags0))))
    ;; Mark. Flags are padded with zeros to a multiple of 16 bytes.
    (block $done
      (loop $nodes
        (br_if $done (i32.ge_u (local.get $u) (global.get $n)))
        (if (v128.any_true (v128.load (i32.add (local.get $changed) (local.get $u))))
          (then
            (local.set $end (i32.add (local.get $u) (i32.const 16)))
            (loop $sixteen
              (if (i32.load8_u (i32.add (local.get $changed) (local.get $u)))
                (then
                  (local.set $i (i32.load (i32.add (global.get $offsets) (i32.shl (local.get $u) (i32.const 2)))))
                  (local.set $rowEnd (i32.load offset=4 (i32.add (global.get $offsets) (i32.shl (local.get $u) (i32.const 2)))))
                  (block $rowDone
                    (loop $row
                      (br_if $rowDone (i32.ge_u (local.get $i) (local.get $rowEnd)))
                      (call $touchIn
                        (i32.load (i32.add (global.get $neighbors) (i32.shl (local.get $i) (i32.const 2))))
                        (local.get $lo) (local.get $hi))
                      (local.set $i (i32.add (local.get $i) (i32.const 1)))
                      (br $row)))))
              (local.set $u (i32.add (local.get $u) (i32.const 1)))
              (br_if $sixteen (i32.lt_u (local.get $u) (local.get $end)))))
          (else (local.set $u (i32.add (local.get $u) (i32.const 16)))))
        (br $nodes)))
    ;; Merge the marked nodes.
    (local.set $v (local.get $lo))
    (block $done
      (loop $nodes
        (br_if $done (i32.ge_u (local.get $v) (local.get $hi)))
        (if (i32.and
              (i32.eqz (i32.and (local.get $v) (i32.const 15)))
              (i32.le_u (i32.add (local.get $v) (i32.const 16)) (local.get $hi)))
          (then
            (if (i32.eqz (v128.any_true (v128.load (i32.add (global.get $touch) (local.get $v)))))
              (then
                (local.set $v (i32.add (local.get $v) (i32.const 16)))
                (br $nodes)))))
        (if (i32.load8_u (i32.add (global.get $touch) (local.get $v)))
          (then
            (i32.store8 (i32.add (global.get $touch) (local.get $v)) (i32.const 0))
            (local.set $changes
              (i32.add (local.get $changes)
                (call $mergeNode (local.get $v) (local.get $changed) (local.get $nextChanged))))))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $nodes)))
    (local.get $changes))

  ;; touch[v] = 1 when lo <= v < hi.
  (func $touchIn (param $v i32) (param $lo i32) (param $hi i32)
    (if (i32.and (i32.ge_u (local.get $v) (local.get $lo)) (i32.lt_u (local.get $v) (local.get $hi)))
      (then (i32.store8 (i32.add (global.get $touch) (local.get $v)) (i32.const 1)))))

  ;; The HyperLogLog estimate of cur[v], as estimate() in hyperanf-kernel.ts computes it.
  (func $estimate (param $v i32) (result f64)
    (local $p i32) (local $end i32) (local $x i32) (local $sum f64) (local $zeros i32)
    (local $mf f64) (local $e f64) (local $s0 f64) (local $s1 f64) (local $s2 f64) (local $s3 f64)
    (local.set $p (i32.add (global.get $cur) (i32.shl (local.get $v) (global.get $b))))
    (local.set $end (i32.add (local.get $p) (global.get $m)))
    (loop $vectors
      (local.set $zeros
        (i32.add (local.get $zeros)
          (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load (local.get $p)) (v128.const i64x2 0 0))))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br_if $vectors (i32.lt_u (local.get $p) (local.get $end))))
    (local.set $p (i32.sub (local.get $p) (global.get $m)))
    (loop $words
      (local.set $x (i32.load (local.get $p)))
      (local.set $s0 (f64.add (local.get $s0)
        (f64.load (i32.add (global.get $pow) (i32.shl (i32.and (local.get $x) (i32.const 0xff)) (i32.const 3))))))
      (local.set $s1 (f64.add (local.get $s1)
        (f64.load (i32.add (global.get $pow) (i32.shl (i32.and (i32.shr_u (local.get $x) (i32.const 8)) (i32.const 0xff)) (i32.const 3))))))
      (local.set $s2 (f64.add (local.get $s2)
        (f64.load (i32.add (global.get $pow) (i32.shl (i32.and (i32.shr_u (local.get $x) (i32.const 16)) (i32.const 0xff)) (i32.const 3))))))
      (local.set $s3 (f64.add (local.get $s3)
        (f64.load (i32.add (global.get $pow) (i32.shl (i32.shr_u (local.get $x) (i32.const 24)) (i32.const 3))))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $words (i32.lt_u (local.get $p) (local.get $end))))
    (local.set $sum (f64.add (f64.add (local.get $s0) (local.get $s1)) (f64.add (local.get $s2) (local.get $s3))))
    (local.set $mf (f64.convert_i32_u (global.get $m)))
    (local.set $e (f64.div (global.get $am2) (local.get $sum)))
    (if (i32.and
          (f64.le (local.get $e) (f64.mul (f64.const 2.5) (local.get $mf)))
          (i32.gt_u (local.get $zeros) (i32.const 0)))
      (then
        (local.set $e (f64.load (i32.add (global.get $lc) (i32.shl (local.get $zeros) (i32.const 3))))))
      (else
        (if (f64.gt (local.get $e) (f64.div (f64.const 4294967296) (f64.const 30)))
          (then
            (local.set $e
              (f64.mul (f64.const -4294967296)
                (call $log (f64.sub (f64.const 1) (f64.div (local.get $e) (f64.const 4294967296))))))))))
    (local.get $e))

  ;; murmur3's 32-bit finaliser, as fmix32 in hyperanf-kernel.ts.
  (func $fmix32 (param $h i32) (result i32)
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
    (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))

  ;; initCounters of hyperanf-kernel.ts on [lo, hi): counter v
  ;; becomes the sketch of {v} under the seeded hash in cur and next, flags0[v] = 1,
  ;; flags1[v] = 0, est[v] its estimate.
  (func (export "init") (param $seed i32) (param $lo i32) (param $hi i32)
    (local $h i32) (local $w i32) (local $cb i32) (local $nb i32) (local $j i32)
    (block $done
      (loop $nodes
        (br_if $done (i32.ge_u (local.get $lo) (local.get $hi)))
        (local.set $h
          (call $fmix32
            (i32.add
              (i32.mul (i32.xor (local.get $lo) (local.get $seed)) (i32.const 0x9e3779b1))
              (local.get $seed))))
        (local.set $cb (i32.add (global.get $cur) (i32.shl (local.get $lo) (global.get $b))))
        (local.set $nb (i32.add (global.get $next) (i32.shl (local.get $lo) (global.get $b))))
        (local.set $j (i32.const 0))
        (loop $zero
          (v128.store (i32.add (local.get $cb) (local.get $j)) (v128.const i64x2 0 0))
          (local.set $j (i32.add (local.get $j) (i32.const 16)))
          (br_if $zero (i32.lt_u (local.get $j) (global.get $m))))
        (local.set $w (i32.shl (local.get $h) (global.get $b)))
        (i32.store8
          (i32.add (local.get $cb) (i32.shr_u (local.get $h) (i32.sub (i32.const 32) (global.get $b))))
          (if (result i32) (local.get $w)
            (then (i32.add (i32.clz (local.get $w)) (i32.const 1)))
            (else (i32.sub (i32.const 33) (global.get $b)))))
        (memory.copy (local.get $nb) (local.get $cb) (global.get $m))
        (i32.store8 (i32.add (global.get $flags0) (local.get $lo)) (i32.const 1))
        (i32.store8 (i32.add (global.get $flags1) (local.get $lo)) (i32.const 0))
        (f64.store (i32.add (global.get $est) (i32.shl (local.get $lo) (i32.const 3)))
          (call $estimate (local.get $lo)))
        (local.set $lo (i32.add (local.get $lo) (i32.const 1)))
        (br $nodes))))

  ;; Phase 2 of a step of parity p: copies the counters of [lo, hi) flagged in flags[p]
  ;; from next into cur and re-estimates them; clears [lo, hi) of flags[1 - p].
  ;; Writes only [lo, hi) of cur, est and flags[1 - p].
  (func (export "commit") (param $parity i32) (param $lo i32) (param $hi i32)
    (local $nextChanged i32) (local $prev i32) (local $v i32) (local $off i32)
    (if (local.get $parity)
      (then (local.set $nextChanged (global.get $flags1)) (local.set $prev (global.get $flags0)))
      (else (local.set $nextChanged (global.get $flags0)) (local.set $prev (global.get $flags1))))
    (local.set $v (local.get $lo))
    (block $done
      (loop $nodes
        (br_if $done (i32.ge_u (local.get $v) (local.get $hi)))
        (if (i32.load8_u (i32.add (local.get $nextChanged) (local.get $v)))
          (then
            (local.set $off (i32.shl (local.get $v) (global.get $b)))
            (memory.copy
              (i32.add (global.get $cur) (local.get $off))
              (i32.add (global.get $next) (local.get $off))
              (global.get $m))
            (f64.store (i32.add (global.get $est) (i32.shl (local.get $v) (i32.const 3)))
              (call $estimate (local.get $v)))))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $nodes)))
    (if (i32.gt_u (local.get $hi) (local.get $lo))
      (then
        (memory.fill (i32.add (local.get $prev) (local.get $lo)) (i32.const 0)
          (i32.sub (local.get $hi) (local.get $lo))))))
)
