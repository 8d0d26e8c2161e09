#!/usr/bin/env bash
# `npm run test:slurm`: runs examples/slurm-array.sh for real on a throwaway single-node Slurm
# and checks that the merged shards equal results/ci-reference byte for byte. Opt-in, not in CI.
#
# 1. installs the Debian packages slurm-wlm and munge if missing (apt-get, with sudo unless root);
# 2. starts munged and slurmctld + slurmd in a temporary folder: their own key, socket, ports,
#    state and logs, and a minimal cgroup-free slurm.conf (proctrack/linuxproc, task/none,
#    select/cons_tres) whose one node is this host, with the CPUs and memory `slurmd -C` reads;
# 3. submits scenarios/ci-reference.yaml as a SHARDS-task array (default 4) from a work folder,
#    waits for it, merges the shards with `netvalue merge`, compares every CSV with
#    results/ci-reference as `npm run reproduce` does, and stops the daemons.
# Exit 0 when identical. On failure the temporary folder (daemon and task logs) is kept.
# Needs dist/ (npm run build). Environment: SHARDS, SLURM_TEST_TIMEOUT (seconds, default 600),
# SLURM_TEST_PORT (slurmctld's port, default 16817; slurmd takes the next one).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shards="${SHARDS:-4}"
timeout="${SLURM_TEST_TIMEOUT:-600}"
port="${SLURM_TEST_PORT:-16817}"
sudo=""
[[ "$(id -u)" == 0 ]] || sudo="sudo"
say() { printf 'test-slurm: %s\n' "$*"; }

[[ -f "$repo/dist/index.js" ]] || { say "no dist/: run 'npm run build' first"; exit 2; }
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq slurm-wlm munge >/dev/null
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/netvalue-slurm.XXXXXX")"
chmod 755 "$tmp" # munged wants its socket's folder open to all
mkdir -m 755 "$tmp/run"
mkdir -m 700 "$tmp/munge"
mkdir -p "$tmp/state" "$tmp/spool" "$tmp/log" "$tmp/work"
export SLURM_CONF="$tmp/slurm.conf"
socket="$tmp/run/munge.socket"
ok=0
stop() {
  # Everything here was started by this script and is stopped by its pid file.
  for d in slurmd slurmctld; do
    [[ -f "$tmp/run/$d.pid" ]] && $sudo kill "$(cat "$tmp/run/$d.pid")" 2>/dev/null || true
  done
  sleep 1
  [[ -S "$socket" ]] && $sudo munged --stop --socket="$socket" >/dev/null 2>&1 || true
  if [[ "$ok" == 1 ]]; then $sudo rm -rf "$tmp"; else say "kept $tmp (slurmctld/slurmd logs in log/, task logs in work/logs/)"; fi
}
trap stop EXIT

if command -v mungekey >/dev/null; then
  $sudo mungekey -c -k "$tmp/munge/munge.key"
else # munge < 0.5.14
  $sudo dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 status=none
  $sudo chmod 400 "$tmp/munge/munge.key"
fi
$sudo munged --socket="$socket" --key-file="$tmp/munge/munge.key" --log-file="$tmp/log/munged.log" \
  --pid-file="$tmp/run/munged.pid" --seed-file="$tmp/munge/munged.seed"

host="$(hostname -s)"
node="$(slurmd -C | head -1 | sed "s/^NodeName=[^ ]*/NodeName=$host NodeAddr=127.0.0.1/")"
user="$(id -un)"
cat >"$SLURM_CONF" <<EOF
ClusterName=netvalue-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/run/slurmctld.pid
SlurmdPidFile=$tmp/run/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
$node State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
$sudo env SLURM_CONF="$SLURM_CONF" slurmctld -c -f "$SLURM_CONF"
$sudo env SLURM_CONF="$SLURM_CONF" slurmd -f "$SLURM_CONF"
say "single-node Slurm $(slurmctld -V | cut -d' ' -f2) up as $user on '$host' ($(echo "$node" | grep -o 'CPUs=[0-9]*'), $(echo "$node" | grep -o 'RealMemory=[0-9]*') MB), config $SLURM_CONF"
for _ in $(seq 60); do
  [[ "$(sinfo -h -o %T 2>/dev/null)" == idle ]] && break
  sleep 1
done
[[ "$(sinfo -h -o %T 2>/dev/null)" == idle ]] || { say "node did not come up: $(sinfo -h -o '%T %E' 2>&1)"; exit 1; }

started=$(date +%s)
cd "$tmp/work"
# The CPUs and memory asked here fit any laptop; the example's #SBATCH lines ask more.
job="$(NETVALUE_BIN="$repo/bin/netvalue.js" "$repo/examples/slurm-array.sh" "$repo/scenarios/ci-reference.yaml" "$shards" \
  --cpus-per-task=1 --mem=1G --parsable)"
job="${job%%;*}"
say "submitted array job $job (tasks 1-$shards)"
while [[ -n "$(squeue -h -j "$job" 2>/dev/null)" ]]; do
  (($(date +%s) - started < timeout)) || { say "timed out after ${timeout}s"; squeue -j "$job"; exit 1; }
  sleep 2
done
states="$(scontrol -o show job "$job" | grep -o 'JobState=[A-Z_]* .* ExitCode=[0-9:]*' | sed 's/JobState=\([A-Z_]*\) .* ExitCode=/\1 /' | sort | uniq -c | tr -s ' ' | paste -sd, -)"
say "tasks finished in $(($(date +%s) - started))s:${states}"
if [[ "$(scontrol -o show job "$job" | grep -vc 'JobState=COMPLETED .*ExitCode=0:0')" != 0 ]]; then
  say "some tasks failed"; tail -n 5 logs/* "$tmp/log/slurmd.log" >&2 || true; exit 1
fi

node "$repo/bin/netvalue.js" merge results/shards/* --out merged
cd "$repo"
node --input-type=module - "$tmp/work/merged" <<'EOF'
import { compareResultDirs } from "./dist/index.js";
const committed = "results/ci-reference";
const { files, differences } = compareResultDirs(committed, process.argv[2]);
if (files > 0 && differences.length === 0) {
  process.stdout.write(`test-slurm: ${files} CSV files of the merged shards identical to ${committed}/\n`);
} else {
  process.stderr.write(`test-slurm: ${differences.length} of ${files} files differ from ${committed}/:\n`);
  for (const d of differences) process.stderr.write(`  ${d.file}: ${d.kind}${d.line ? `, line ${d.line}` : ""}\n`);
  process.exit(1);
}
EOF
ok=1
