#!/bin/bash
# tests/lab/reset.sh
#
# Bring a running lab back to its initial state without rebuilding it, so every lab test can
# start from a known state:
#   - the lab is up and all daemons run (up.sh: fast path / repair / rebuild if broken),
#   - no job is pending (waits up to 60 s, then cancels what is left),
#   - every node online, not drained, master candidate; node1 is the master,
#   - exactly inst1..inst6 exist, with the initial template, size, IP and primary node
#     (migrate/failover back; file instances, which cannot move, are re-created),
#   - every instance is admin-up and running.
# A no-op reset takes ~1-2 s; each move ~2-3 s; a master failover back ~12 s.
# Not reset: job history/IDs, tags, cluster-level parameters a test changed with
# `gnt-cluster modify` (tests that change those must undo them, or run up.sh --rebuild).
set -euo pipefail

HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
# shellcheck source=tests/lab/lib.sh
. "$HERE/lib.sh"

T_START=$(now)
CHANGED=0

# Run a gnt-* command on the current master; never let it eat a `while read` loop's stdin.
gnt() { in_node "$MASTER" "$@" </dev/null; }
did() { CHANGED=$((CHANGED + 1)); log "$*"; }

spec_field() {  # spec_field NAME INDEX  (0=name 1=template 2=node 3=mem 4=vcpus 5=disk 6=ip)
  local spec f
  for spec in "${LAB_INSTANCE_SPECS[@]}"; do
    IFS='|' read -r -a f <<<"$spec"
    if [ "${f[0]}" = "$1" ]; then echo "${f[$2]}"; return 0; fi
  done
  return 1
}

wait_jobs() {
  local i pending
  for i in $(seq 120); do
    pending=$(gnt gnt-job list --no-headers -o id --pending 2>/dev/null | tr -s ' \n' ' ')
    [ -z "${pending// /}" ] && return 0
    [ "$i" = 1 ] && log "waiting for pending job(s):$pending"
    sleep 0.5
  done
  log "cancelling job(s) still pending after 60 s:$pending"
  # shellcheck disable=SC2086
  gnt gnt-job cancel $pending || true
}

fix_nodes() {
  local name offline drained mc before=$CHANGED not_mc=0
  while IFS='|' read -r name offline drained mc; do
    if [ "$offline" = Y ]; then did "$name: offline -> online"; gnt gnt-node modify -f -O no "$name" >/dev/null; fi
    if [ "$drained" = Y ]; then did "$name: drained -> not drained"; gnt gnt-node modify -f -D no "$name" >/dev/null; fi
    [ "$mc" = Y ] || not_mc=1
  done < <(gnt gnt-node list --no-headers --separator='|' -o name,offline,drained,master_candidate)
  # un-offlining/undraining may or may not auto-promote: look again only if needed
  [ "$CHANGED" = "$before" ] && [ $not_mc = 0 ] && return 0
  while IFS='|' read -r name mc; do
    if [ "$mc" = N ]; then did "$name: -> master candidate"; gnt gnt-node modify -f -C yes "$name" >/dev/null; fi
  done < <(gnt gnt-node list --no-headers --separator='|' -o name,master_candidate)
}

fix_master() {
  [ "$MASTER" = "$LAB_MASTER" ] && return 0
  did "master $MASTER -> $LAB_MASTER (gnt-cluster master-failover, ~12 s)"
  in_node "$LAB_MASTER" gnt-cluster master-failover
  MASTER=$LAB_MASTER
  local i
  for i in $(seq 300); do
    ip -n "$LAB_NETNS" -4 -o addr show dev "$LAB_BRIDGE" | grep -q " $LAB_CLUSTER_IP/" && break
    sleep 0.1
  done
  # master-only daemons on the new master (the failover starts them; make sure)
  "$HERE/up.sh" >/dev/null
}

add_instance() {
  local name=$1 tmpl node mem vcpus disk ip args
  tmpl=$(spec_field "$name" 1) node=$(spec_field "$name" 2) mem=$(spec_field "$name" 3)
  vcpus=$(spec_field "$name" 4) disk=$(spec_field "$name" 5) ip=$(spec_field "$name" 6)
  args=(gnt-instance add -t "$tmpl" -o noop -B "memory=${mem}M,vcpus=$vcpus" --net "0:ip=$ip" -n "$node")
  [ -n "$disk" ] && args+=(--disk "0:size=$disk")
  gnt "${args[@]}" "$name" >/dev/null
}

recreate() { did "$1: re-create ($2)"; gnt gnt-instance remove -f --ignore-failures "$1" >/dev/null; add_instance "$1"; }

fix_instances() {
  local name pnode tmpl mem vcpus ips admin status want_node spec seen=" "
  # Fields from the config only (cheap), plus status (asks the nodes).
  while IFS='|' read -r name pnode tmpl mem vcpus ips admin status; do
    seen+="$name "
    if ! spec_field "$name" 0 >/dev/null; then
      did "$name: not part of the lab, removing"
      gnt gnt-instance remove -f --ignore-failures "$name" >/dev/null
      continue
    fi
    if [ "$tmpl" != "$(spec_field "$name" 1)" ] || [ "$mem" != "$(spec_field "$name" 3)" ] \
       || [ "$vcpus" != "$(spec_field "$name" 4)" ] || [ "$ips" != "$(spec_field "$name" 6)" ]; then
      recreate "$name" "parameters changed"; continue
    fi
    want_node=$(spec_field "$name" 2)
    if [ "$pnode" != "$want_node" ]; then
      if [ "$tmpl" = file ]; then
        recreate "$name" "file instances cannot move; on $pnode, wanted on $want_node"; continue
      fi
      if [ "$status" = running ]; then
        did "$name: migrate $pnode -> $want_node"
        gnt gnt-instance migrate -f -n "$want_node" "$name" >/dev/null \
          || gnt gnt-instance migrate -f --cleanup "$name" >/dev/null || true
      else
        did "$name: failover $pnode -> $want_node ($status)"
        gnt gnt-instance failover -f -n "$want_node" "$name" >/dev/null || true
      fi
      pnode=$(gnt gnt-instance list --no-headers -o pnode "$name")
      if [ "$pnode" != "$want_node" ]; then recreate "$name" "move failed"; continue; fi
      status=$(gnt gnt-instance list --no-headers -o status "$name")
    fi
    if [ "$admin" = offline ]; then
      did "$name: admin offline -> online"
      gnt gnt-instance modify --online "$name" >/dev/null
      admin=down
    fi
    if [ "$admin" != up ] || [ "$status" != running ]; then
      did "$name: start (admin=$admin status=$status)"
      gnt gnt-instance startup "$name" >/dev/null || recreate "$name" "startup failed"
    fi
  done < <(gnt gnt-instance list --no-headers --separator='|' \
             -o name,pnode,disk_template,be/memory,be/vcpus,nic.ips,admin_state,status)

  for spec in "${LAB_INSTANCE_SPECS[@]}"; do
    name=${spec%%|*}
    case $seen in *" $name "*) ;; *) did "$name: missing, adding"; add_instance "$name" ;; esac
  done
}

verify_state() {
  local want="" got spec name node
  for spec in "${LAB_INSTANCE_SPECS[@]}"; do
    IFS='|' read -r name _ node _ <<<"$spec"
    want+="$name|$node|running"$'\n'
  done
  got=$(gnt gnt-instance list --no-headers --separator='|' -o name,pnode,status)
  [ "$got" = "${want%$'\n'}" ] || die "instances not in the initial state:"$'\n'"$got"
  got=$(gnt gnt-node list --no-headers --separator='|' -o name,role)
  [ "$got" = "node1.example.com|M"$'\n'"node2.example.com|C"$'\n'"node3.example.com|C" ] \
    || die "nodes not in the initial state:"$'\n'"$got"
}

main() {
  require_root
  lab_lock
  "$HERE/up.sh" >/dev/null || die "up.sh failed; run it directly to see why"
  MASTER=$(current_master)
  wait_jobs
  fix_nodes
  fix_master
  fix_instances
  # Every check above compared against the initial state; re-read only if something changed.
  [ "$CHANGED" = 0 ] || verify_state
  # lab.env names the master; keep it right after a failover back.
  sed -i "s/^LAB_MASTER_NODE=.*/LAB_MASTER_NODE=$MASTER/" "$LAB_ENV_FILE"
  log "lab reset: $CHANGED change(s) in $(elapsed "$T_START")s"
}

main
