#!/bin/bash
# tests/lab/down.sh
#
# Tear the lab down completely; idempotent (a no-op when nothing is there):
#   stop Ganeti daemons (all virtual nodes in parallel), end every process still in the
#   namespace, delete the veth pair and the namespace, remove our marked blocks from
#   /etc/hosts and root's ~/.ssh/config, remove /srv/gnt-lab.
# Packages stay installed. openssh-server is never purged (that would delete the machine's
# SSH host keys).
set -euo pipefail

HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
# shellcheck source=tests/lab/lib.sh
. "$HERE/lib.sh"

T_START=$(now)

# Stop the Ganeti daemons of all nodes in parallel. `daemon-util stop-all` stops a node's
# daemons one after another and each takes 1-2 s to exit (~14 s for the lab), so we run
# `daemon-util stop D` for every daemon of `daemon-util list-stop-daemons` (what stop-all
# iterates) at once: ~2 s. Order does not matter, the whole cluster is going away.
# Needs only the pid files, not the namespace, so it also works on a half-built lab.
stop_daemons() {
  local n d pids=()
  [ -x "$GNT_DAEMON_UTIL" ] || return 0
  for n in "${LAB_NODES[@]}"; do
    [ -d "$LAB_VC/$n/var/run/ganeti" ] || continue
    for d in $(GANETI_ROOTDIR=$LAB_VC/$n GANETI_HOSTNAME=$n "$GNT_DAEMON_UTIL" list-stop-daemons); do
      [ -s "$LAB_VC/$n/var/run/ganeti/$d.pid" ] || continue
      GANETI_ROOTDIR=$LAB_VC/$n GANETI_HOSTNAME=$n timeout 40 "$GNT_DAEMON_UTIL" stop "$d" \
        >/dev/null 2>&1 &
      pids+=($!)
    done
  done
  for n in "${pids[@]}"; do wait "$n" || true; done
}

# Pids of everything that belongs to the lab: the namespace's processes, plus (in case the
# namespace mount is already gone) any process whose environment names a lab node root.
lab_pids() {
  {
    if netns_exists; then ip netns pids "$LAB_NETNS" 2>/dev/null || true; fi
    local p
    for p in /proc/[0-9]*; do
      p=${p#/proc/}
      [ "$p" = $$ ] && continue
      tr '\0' '\n' 2>/dev/null <"/proc/$p/environ" \
        | grep -q "^GANETI_ROOTDIR=$LAB_VC/" && echo "$p"
    done
  } | sort -un | grep -vx -e "$$" -e "$PPID" || true
}

# A daemon's parent is pid 1, which may be slow to reap it: a zombie counts as gone.
alive() {
  local state
  state=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

kill_leftovers() {
  local pids i
  pids=$(lab_pids)
  [ -n "$pids" ] || return 0
  log "ending leftover process(es):$(for p in $pids; do printf ' %s(%s)' "$p" "$(cat /proc/$p/comm 2>/dev/null)"; done)"
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  for i in $(seq 30); do
    pids=$(for p in $pids; do if alive "$p"; then echo "$p"; fi; done)
    [ -n "$pids" ] || return 0
    sleep 0.1
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
}

remove_network() {
  # Deleting one end of a veth pair deletes both.
  if ip link show "$LAB_VETH_MAIN" >/dev/null 2>&1; then ip link del "$LAB_VETH_MAIN"; fi
  if netns_exists; then ip netns del "$LAB_NETNS"; fi
}

remove_files() {
  remove_marked_block /etc/hosts
  remove_marked_block "$LAB_SSH_CONFIG"
  # up.sh creates the file when there was none; an empty one is the same as none.
  if [ -f "$LAB_SSH_CONFIG" ] && [ ! -s "$LAB_SSH_CONFIG" ]; then rm -f "$LAB_SSH_CONFIG"; fi
  rm -rf "$LAB_ROOT"
}

main() {
  require_root
  lab_lock
  phase_begin stop-daemons;  stop_daemons;   phase_end
  phase_begin kill-leftover; kill_leftovers; phase_end
  phase_begin network;       remove_network; phase_end
  phase_begin files;         remove_files;   phase_end
  log "lab down in $(elapsed "$T_START")s"
}

main
