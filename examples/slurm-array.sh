#!/usr/bin/env bash
# Run a netvalue sweep as a Slurm array job: one shard per array task, then merge.
# From the repository root:
#   examples/slurm-array.sh scenarios/ci-reference.yaml 16   # makes logs/, submits itself as --array=1-16
#   (after all tasks end)  node bin/netvalue.js merge results/shards/* --out results/merged
# Arguments after the shard count go to sbatch (e.g. --partition=short --cpus-per-task=2) and
# override the #SBATCH lines below. Submitting by hand works too:
#   mkdir -p logs && sbatch --array=1-16 examples/slurm-array.sh scenarios/ci-reference.yaml
# NETVALUE_BIN (default bin/netvalue.js) names the CLI when submitting from elsewhere.
# examples/test-slurm.sh runs this on a throwaway single-node Slurm (`npm run test:slurm`;
# README, `netvalue sweep`, "Tested on a real Slurm").
#SBATCH --job-name=netvalue-sweep
#SBATCH --cpus-per-task=4
#SBATCH --mem=8G
#SBATCH --time=02:00:00
#SBATCH --output=logs/netvalue-%A_%a.out
set -euo pipefail
if [[ -z "${SLURM_ARRAY_TASK_ID:-}" ]]; then
  scenario="${1:?usage: examples/slurm-array.sh SCENARIO [SHARDS] [SBATCH OPTIONS...]}"
  shards="${2:-16}"
  # Slurm opens --output before the task starts: a missing logs/ would fail every task.
  mkdir -p logs
  exec sbatch --array="1-${shards}" "${@:3}" "$0" "$scenario"
fi
scenario="${1:?give the scenario file}"
count="${SLURM_ARRAY_TASK_COUNT:?run this with sbatch --array=1-N}"
index="${SLURM_ARRAY_TASK_ID:?run this with sbatch --array=1-N}"
# Array indices must be 1..N; shard i of N runs the cells with grid index ≡ i−1 (mod N).
node "${NETVALUE_BIN:-bin/netvalue.js}" sweep "$scenario" \
  --shard "${index}/${count}" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" \
  --out "results/shards/${index}" \
  --resume --quiet
