#!/usr/bin/env bash
# Run a netvalue sweep as a Slurm array job: one shard per array task, then merge.
#   sbatch --array=1-16 examples/slurm-array.sh scenarios/ci-reference.yaml
#   (after all tasks end)  node bin/netvalue.js merge results/shards/* --out results/merged
#SBATCH --job-name=netvalue-sweep
#SBATCH --cpus-per-task=4
#SBATCH --mem=8G
#SBATCH --time=02:00:00
#SBATCH --output=logs/netvalue-%A_%a.out
set -euo pipefail
scenario="${1:?give the scenario file}"
count="${SLURM_ARRAY_TASK_COUNT:?run this with sbatch --array=1-N}"
index="${SLURM_ARRAY_TASK_ID:?run this with sbatch --array=1-N}"
# Array indices must be 1..N; shard i of N runs the cells with grid index ≡ i−1 (mod N).
node bin/netvalue.js sweep "$scenario" \
  --shard "${index}/${count}" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" \
  --out "results/shards/${index}" \
  --resume --quiet
