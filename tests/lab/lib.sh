# shellcheck shell=bash
# Shared constants and helpers for the Ganeti lab scripts (up.sh, down.sh, reset.sh).
# Sourced, never executed. Facts behind every choice: /work/shared/ganeti-lab/NOTES.md.

# ---------------------------------------------------------------- layout
LAB_ROOT=/srv/gnt-lab                 # everything the lab writes lives below here
LAB_VC=$LAB_ROOT/vc                   # node roots side by side: Ganeti derives a node's root
                                      # from the parent of GANETI_ROOTDIR + the node name
LAB_STORAGE_FILE=$LAB_VC/storage/file
LAB_STORAGE_SHARED=$LAB_VC/storage/sharedfile  # one dir for all nodes => sharedfile migrates
LAB_SSH=$LAB_ROOT/ssh                 # key, authorized_keys, known_hosts, sshd_config
LAB_BIN=$LAB_ROOT/bin                 # ForceCommand script, lab-exec copy
LAB_RUN=$LAB_ROOT/run                 # lab.env, pid files
LAB_LOG=$LAB_ROOT/log                 # sshd log (no syslog here), up.sh log

LAB_NETNS=gntlab
LAB_BRIDGE=gntbr0
LAB_VETH_MAIN=gntlab0                 # main-namespace end, 198.51.100.254/24
LAB_VETH_NS=gntlab1                   # namespace end, a port of the bridge
LAB_NET=198.51.100                    # TEST-NET-2: never routed anywhere
LAB_MAIN_IP=$LAB_NET.254
LAB_CLUSTER_NAME=cluster.example.com
LAB_CLUSTER_IP=$LAB_NET.1             # added/removed by Ganeti itself on the master

LAB_NODES=(node1.example.com node2.example.com node3.example.com)
declare -A LAB_NODE_IP=(
  [node1.example.com]=$LAB_NET.11
  [node2.example.com]=$LAB_NET.12
  [node3.example.com]=$LAB_NET.13
)
LAB_MASTER=node1.example.com          # the node the cluster is initialised on

# Instances: name|disk template|primary node|memory MiB|vcpus|disk size (empty = diskless)|IP
# Same placement and sizes as the captured outputs in /work/shared/ganeti-lab/outputs/.
LAB_INSTANCE_SPECS=(
  "inst1.example.com|diskless|node1.example.com|128|1||$LAB_NET.21"
  "inst2.example.com|file|node2.example.com|256|1|64M|$LAB_NET.22"
  "inst3.example.com|sharedfile|node3.example.com|256|2|64M|$LAB_NET.23"
  "inst4.example.com|diskless|node2.example.com|512|1||$LAB_NET.24"
  "inst5.example.com|file|node3.example.com|128|1|64M|$LAB_NET.25"
  "inst6.example.com|sharedfile|node1.example.com|384|1|64M|$LAB_NET.26"
)

LAB_SSH_KEY=$LAB_SSH/id_ed25519
LAB_KNOWN_HOSTS=$LAB_SSH/known_hosts
LAB_SSHD_CONFIG=$LAB_SSH/sshd_config
LAB_SSHD_PID=$LAB_RUN/sshd.pid
LAB_SSH_CONFIG=${HOME:-/root}/.ssh/config   # root's own client config gets a marked Host block
LAB_SSH_CONFIG_STANDALONE=$LAB_SSH/ssh_config   # same block alone, for `ssh -F`
LAB_ENV_FILE=$LAB_RUN/lab.env
LAB_EXEC=$LAB_BIN/lab-exec            # installed copy of tests/lab/lab-exec.sh

MARK_BEGIN="# >>> gnt-lab (tests/lab/up.sh; removed by tests/lab/down.sh) >>>"
MARK_END="# <<< gnt-lab <<<"

# Names our ssh client block and known_hosts cover.
LAB_SSH_HOSTS=("$LAB_CLUSTER_NAME" "${LAB_NODES[@]}" "$LAB_CLUSTER_IP")
for _n in "${LAB_NODES[@]}"; do LAB_SSH_HOSTS+=("${LAB_NODE_IP[$_n]}"); done
unset _n

GNT_DAEMON_UTIL=/usr/lib/ganeti/daemon-util

# ---------------------------------------------------------------- helpers
log()  { printf '[lab %s] %s\n' "$(date +%T)" "$*"; }
die()  { printf '[lab] ERROR: %s\n' "$*" >&2; exit 1; }
now()  { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Phase timing: phase_begin NAME ... phase_end; summary printed by timing_summary.
_PHASE_NAME=""; _PHASE_T0=""; LAB_TIMINGS=()
phase_begin() { _PHASE_NAME=$1; _PHASE_T0=$(now); log "== $1"; }
phase_end()   {
  local s; s=$(elapsed "$_PHASE_T0")
  LAB_TIMINGS+=("$(printf '%-24s %6ss' "$_PHASE_NAME" "$s")")
  log "== $_PHASE_NAME done in ${s}s"
}
timing_summary() {
  local t
  log "timings:"
  for t in "${LAB_TIMINGS[@]}"; do printf '    %s\n' "$t"; done
}

require_root() { [ "$(id -u)" -eq 0 ] || die "run as root"; }

# One lab operation at a time (CI may start several jobs). Children (up.sh calling
# down.sh) inherit the held lock through GNT_LAB_LOCKED and fd 9.
lab_lock() {
  if [ -z "${GNT_LAB_LOCKED:-}" ]; then
    # Every command that may leave a daemon behind runs with 9>&- (see in_node), or the
    # daemon would hold this lock for its whole life.
    exec 9>/run/gnt-lab.lock
    flock -w 900 9 || die "could not get /run/gnt-lab.lock"
    export GNT_LAB_LOCKED=1
  fi
}

netns_exists() { [ -e "/run/netns/$LAB_NETNS" ]; }

# Run a command inside the namespace as virtual node $1. `ip netns exec` (not nsenter) so the
# namespace's own /sys is mounted: Ganeti checks bridges via /sys/class/net/<br>/bridge.
# SHLVL=1 keeps Debian's bash from sourcing /root/.bashrc for non-interactive shells.
in_node() {
  local node=$1; shift
  # Daemons started from here must not inherit (and hold forever) a lock: ours on fd 9, and any a
  # caller holds — flock(1) without -o hands its lock to the command it runs, so a master-failover
  # from reset.sh under `flock /work/wt/lab.lock` left wconfd and luxid holding that lock. Every
  # descriptor beyond stdio is closed in the subshell that execs the command.
  (
    for fd in $(ls "/proc/$BASHPID/fd"); do
      [ "$fd" -gt 2 ] && eval "exec $fd>&-"
    done 2>/dev/null
    exec ip netns exec "$LAB_NETNS" env \
      GANETI_ROOTDIR="$LAB_VC/$node" GANETI_HOSTNAME="$node" SHLVL=1 "$@"
  )
}

# Current master according to the nodes' ssconf (prefer a node that names itself master).
current_master() {
  local n m first=""
  for n in "${LAB_NODES[@]}"; do
    m=$(cat "$LAB_VC/$n/var/lib/ganeti/ssconf_master_node" 2>/dev/null) || continue
    [ -n "$first" ] || first=$m
    if [ "$m" = "$n" ]; then echo "$n"; return 0; fi
  done
  [ -n "$first" ] && echo "$first"
}

# Remove a marked block (MARK_BEGIN..MARK_END) from a file, in place (content rewrite, not
# rename, so a bind-mounted /etc/hosts keeps working).
remove_marked_block() {
  local f=$1 tmp
  [ -f "$f" ] || return 0
  grep -qF "$MARK_BEGIN" "$f" || return 0
  tmp=$(mktemp)
  awk -v b="$MARK_BEGIN" -v e="$MARK_END" '
    $0 == b { skip = 1; next }
    skip && $0 == e { skip = 0; next }
    !skip { print }' "$f" >"$tmp"
  cat "$tmp" >"$f"
  rm -f "$tmp"
}

# Ssh options for checks run by these scripts: the Host block supplies key/known_hosts;
# ConnectTimeout keeps a broken lab from hanging a check.
LAB_SSH_OPTS=(-o ConnectTimeout=5 -o ControlMaster=no -o ControlPath=none)
