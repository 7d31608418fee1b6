#!/bin/bash
# lab-exec.sh NODE CMD [ARG...]
#   Run CMD inside the lab's network namespace as Ganeti virtual node NODE, for test
#   assertions and debugging, e.g.
#     tests/lab/lab-exec.sh master gnt-instance list --no-headers --separator='|' -o name,pnode
#     tests/lab/lab-exec.sh node2 gnt-node list      # fails: "This is not the master node"
#   NODE: node1 | node1.example.com | ... | master (the current master per ssconf).
#   argv is passed through untouched (`exec "$@"`), unlike Ganeti's vcluster `cmd` wrapper
#   which re-parses "$*" through bash -c and breaks quoted arguments.
#   Must run as root. Called from the main namespace it re-executes itself under
#   `ip netns exec` (not nsenter: only that mounts the namespace's own /sys).
#   up.sh installs a copy as /srv/gnt-lab/bin/lab-exec and as <node root>/ganeti-env.
set -euo pipefail

LAB_ROOT=${LAB_ROOT:-/srv/gnt-lab}
LAB_NETNS=${LAB_NETNS:-gntlab}
LAB_DOMAIN=example.com
LAB_NODE_NAMES="node1 node2 node3"

if [ $# -lt 2 ]; then
  echo "usage: $0 NODE|master CMD [ARG...]" >&2
  exit 2
fi
node=$1; shift

if [ "$node" = master ]; then
  node=""
  for n in $LAB_NODE_NAMES; do
    m=$(cat "$LAB_ROOT/vc/$n.$LAB_DOMAIN/var/lib/ganeti/ssconf_master_node" 2>/dev/null) || continue
    [ -n "$node" ] || node=$m
    if [ "$m" = "$n.$LAB_DOMAIN" ]; then node=$m; break; fi
  done
  [ -n "$node" ] || { echo "lab-exec: no master found (is the lab up?)" >&2; exit 1; }
fi
case $node in *.*) ;; *) node=$node.$LAB_DOMAIN ;; esac
[ -d "$LAB_ROOT/vc/$node" ] || { echo "lab-exec: unknown node $node" >&2; exit 2; }

# `ip netns identify` prints the namespace's name inside it and nothing in the main one.
if [ "$(ip netns identify 2>/dev/null || true)" != "$LAB_NETNS" ]; then
  exec ip netns exec "$LAB_NETNS" "$(readlink -f "$0")" "$node" "$@"
fi

export GANETI_ROOTDIR=$LAB_ROOT/vc/$node
export GANETI_HOSTNAME=$node
export SHLVL=1
exec "$@"
