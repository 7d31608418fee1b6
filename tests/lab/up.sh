#!/bin/bash
# tests/lab/up.sh [--rebuild]
#
# Bring up "the lab": a real Ganeti 3.0.2 three-node virtual cluster (hypervisor `fake`,
# disk templates diskless/file/sharedfile) inside the network namespace `gntlab`, reachable
# from the main namespace over SSH exactly like a real cluster:
#     ssh root@cluster.example.com gnt-instance list
# Idempotent: a healthy lab is detected in ~1-2 s and left alone; a lab with dead daemons is
# repaired; anything else is torn down (down.sh) and rebuilt from nothing.
#   --rebuild   tear down and rebuild even if the lab is healthy.
# Run as root. Writes /srv/gnt-lab/run/lab.env (KEY=VALUE) for tests. See README.md.
#
# Network rule: every address used here is loopback or 198.51.100.0/24 on the veth/bridge
# created below; the namespace gets no default route.
set -euo pipefail

HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
# shellcheck source=tests/lab/lib.sh
. "$HERE/lib.sh"

REBUILD=0
for a in "$@"; do
  case $a in
    --rebuild) REBUILD=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown argument: $a" ;;
  esac
done

T_START=$(now)
CREATED_POLICY_RC_D=0

on_exit() {
  local rc=$?
  # Only remove a policy-rc.d this script created (some machines ship their own).
  if [ "$CREATED_POLICY_RC_D" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  if [ $rc -ne 0 ]; then
    timing_summary
    log "FAILED (rc=$rc) after $(elapsed "$T_START")s; logs: $LAB_LOG/ (sshd.log, node logs under $LAB_VC/<node>/var/log/ganeti/)"
  fi
}
trap on_exit EXIT

# ======================================================================== packages
install_packages() {
  local pkgs=(ganeti ganeti-os-noop openssh-server) missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' \
      || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "packages already installed"; return 0; fi

  # Keep maintainer scripts from starting sshd/ganeti in the MAIN namespace.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# temporary, tests/lab/up.sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    CREATED_POLICY_RC_D=1
  fi
  # Not ganeti-htools: it conflicts; `ganeti` pulls ganeti-htools-3.0.
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends
             "${missing[@]}")
  if ! compgen -G '/var/lib/apt/lists/*Packages*' >/dev/null; then apt-get update -q; fi
  "${apt[@]}" || { apt-get update -q && "${apt[@]}"; }
  if [ "$CREATED_POLICY_RC_D" = 1 ]; then rm -f /usr/sbin/policy-rc.d; CREATED_POLICY_RC_D=0; fi
}

# ======================================================================== health
sshd_running() {
  [ -s "$LAB_SSHD_PID" ] && kill -0 "$(cat "$LAB_SSHD_PID")" 2>/dev/null
}

# Healthy = cluster answers through the cluster IP with all three nodes, each with live data
# from its noded (`?` = no data). Offline/drained nodes (left by tests) still count as healthy:
# reset.sh deals with state, up.sh with existence.
daemons_alive() {
  local master n d want pid
  master=$(current_master)
  [ -n "$master" ] || return 1
  for n in "${LAB_NODES[@]}"; do
    want=(ganeti-noded ganeti-confd ganeti-mond)
    [ "$n" = "$master" ] && want+=(ganeti-wconfd ganeti-luxid ganeti-rapi)
    for d in "${want[@]}"; do
      pid=$(cat "$LAB_VC/$n/var/run/ganeti/$d.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null \
        || { log "$n: $d is not running"; return 1; }
    done
  done
}

lab_healthy() {
  netns_exists && sshd_running && daemons_alive || return 1
  [ -f "$LAB_ENV_FILE" ] && grep -qF "$MARK_BEGIN" /etc/hosts \
    && grep -qF "$MARK_BEGIN" "$LAB_SSH_CONFIG" 2>/dev/null || return 1
  local out
  out=$(timeout 20 ssh "${LAB_SSH_OPTS[@]}" "root@$LAB_CLUSTER_NAME" \
        gnt-node list --no-headers --separator='\|' -o name,mfree 2>/dev/null) || return 1
  local n
  for n in "${LAB_NODES[@]}"; do
    grep -q "^$n|" <<<"$out" || return 1
    grep -q "^$n|?$" <<<"$out" && return 1
  done
  return 0
}

# Cheap repair for a lab whose namespace and cluster exist but some process died
# (e.g. a test killed a daemon). Returns non-zero if a full rebuild is needed.
try_repair() {
  netns_exists || return 1
  local n
  for n in "${LAB_NODES[@]}"; do
    [ -s "$LAB_VC/$n/var/lib/ganeti/config.data" ] || [ -s "$LAB_VC/$n/var/lib/ganeti/ssconf_master_node" ] \
      || return 1
  done
  [ -f "$LAB_SSHD_CONFIG" ] || return 1
  log "lab exists but is not healthy: trying to restart missing processes"
  start_sshd || return 1
  local m; m=$(current_master)
  [ -n "$m" ] || return 1
  local pids=()
  for n in "${LAB_NODES[@]}"; do ensure_daemons "$n" base & pids+=($!); done
  for n in "${pids[@]}"; do wait "$n" || true; done
  ensure_daemons "$m" all || return 1
  if ! wait_for_cluster_ip 10; then
    in_node "$m" gnt-cluster activate-master-ip || true
    wait_for_cluster_ip 10 || return 1
  fi
  write_hosts; write_ssh_client_config; write_lab_env
  lab_healthy
}

# ======================================================================== network
# netns gntlab: bridge gntbr0 with the node IPs as /32, veth pair to the main namespace.
# Inside: route to the main side's /32, `unreachable` for the rest of the /24 (instance IPs
# answer nothing, fast), no default route. IPv6 off everywhere before links come up.
setup_network() {
  local ns=(ip -n "$LAB_NETNS") n
  ip netns add "$LAB_NETNS"
  ip netns exec "$LAB_NETNS" sysctl -q -w net.ipv6.conf.all.disable_ipv6=1 \
    net.ipv6.conf.default.disable_ipv6=1
  "${ns[@]}" link set lo up
  "${ns[@]}" link add "$LAB_BRIDGE" type bridge stp_state 0 forward_delay 0
  "${ns[@]}" link set "$LAB_BRIDGE" up
  for n in "${LAB_NODES[@]}"; do
    "${ns[@]}" addr add "${LAB_NODE_IP[$n]}/32" dev "$LAB_BRIDGE"
  done

  ip link add "$LAB_VETH_MAIN" type veth peer name "$LAB_VETH_NS" netns "$LAB_NETNS"
  sysctl -q -w "net.ipv6.conf.$LAB_VETH_MAIN.disable_ipv6=1"
  ip netns exec "$LAB_NETNS" sysctl -q -w "net.ipv6.conf.$LAB_VETH_NS.disable_ipv6=1"
  "${ns[@]}" link set "$LAB_VETH_NS" master "$LAB_BRIDGE"
  "${ns[@]}" link set "$LAB_VETH_NS" up
  ip addr add "$LAB_MAIN_IP/24" dev "$LAB_VETH_MAIN"
  ip link set "$LAB_VETH_MAIN" up

  "${ns[@]}" route add "$LAB_MAIN_IP/32" dev "$LAB_BRIDGE"
  "${ns[@]}" route add unreachable "$LAB_NET.0/24"
}

# ======================================================================== /etc/hosts
write_hosts() {
  remove_marked_block /etc/hosts
  {
    echo "$MARK_BEGIN"
    echo "$LAB_CLUSTER_IP $LAB_CLUSTER_NAME"
    local n spec name ip
    for n in "${LAB_NODES[@]}"; do echo "${LAB_NODE_IP[$n]} $n"; done
    for spec in "${LAB_INSTANCE_SPECS[@]}"; do
      IFS='|' read -r name _ _ _ _ _ ip <<<"$spec"
      echo "$ip $name"
    done
    echo "$MARK_END"
  } >>/etc/hosts
}

# ======================================================================== node roots
# One root per virtual node, side by side under $LAB_VC (the last path component must equal
# GANETI_HOSTNAME). Every listening daemon is bound to the node's own IP.
setup_node_roots() {
  mkdir -p "$LAB_STORAGE_FILE" "$LAB_STORAGE_SHARED" "$LAB_BIN" "$LAB_RUN" "$LAB_LOG"
  install -m 755 "$HERE/lab-exec.sh" "$LAB_EXEC"
  local n root ip
  for n in "${LAB_NODES[@]}"; do
    root=$LAB_VC/$n ip=${LAB_NODE_IP[$n]}
    mkdir -p "$root"/etc/{default,ganeti} "$root"/var/lock "$root"/var/{lib,log,run}/ganeti
    cat >"$root/etc/default/ganeti" <<EOF
# Virtual node $n (tests/lab/up.sh). metad would otherwise bind 0.0.0.0:80.
NODED_ARGS='--no-mlock -b $ip'
MASTERD_ARGS=''
RAPI_ARGS='-b $ip'
CONFD_ARGS='-b $ip'
MOND_ARGS='-b $ip'
METAD_ARGS='-b $ip'
WCONFD_ARGS=''
LUXID_ARGS=''
KVMD_ARGS=''

export GANETI_ROOTDIR='$root'
export GANETI_HOSTNAME='$n'
EOF
    printf '%s\n' "$LAB_STORAGE_FILE" "$LAB_STORAGE_SHARED" >"$root/etc/ganeti/file-storage-paths"
    GANETI_ROOTDIR=$root GANETI_HOSTNAME=$n /usr/lib/ganeti/ensure-dirs
    # Same convenience wrapper path as in the captured outputs: <root>/ganeti-env CMD...
    printf '#!/bin/sh\nexec %s %s "$@"\n' "$LAB_EXEC" "$n" >"$root/ganeti-env"
    chmod 755 "$root/ganeti-env"
  done
}

# ======================================================================== ssh
# Server: our own sshd inside the namespace (0.0.0.0 there = lab addresses only). A login on
# a node IP *is* that node (SetEnv); a login on the cluster IP runs as the current master via
# ForceCommand. Client: a marked Host block in root's ~/.ssh/config, strict host key checking
# against a known_hosts written from the host keys this sshd serves.
write_cluster_shell() {
  cat >"$LAB_BIN/cluster-shell" <<EOF
#!/bin/sh
# ForceCommand for SSH logins on the cluster IP $LAB_CLUSTER_IP (tests/lab/up.sh):
# run the client's command as the CURRENT master node, so the cluster name follows a
# master failover like on a real cluster. The command goes through \`sh -c\` once, exactly
# as sshd would run it, so quoted arguments survive.
VC=$LAB_VC
master=""
for n in ${LAB_NODES[*]}; do
  m=\$(cat "\$VC/\$n/var/lib/ganeti/ssconf_master_node" 2>/dev/null) || continue
  [ -n "\$master" ] || master=\$m
  # prefer a node whose own ssconf names itself (consistent during a failover)
  if [ "\$m" = "\$n" ]; then master=\$m; break; fi
done
if [ -z "\$master" ] || [ ! -d "\$VC/\$master" ]; then
  echo "cluster-shell: cannot determine the master node" >&2
  exit 255
fi
export GANETI_ROOTDIR="\$VC/\$master" GANETI_HOSTNAME="\$master" SHLVL=1
cmd=\${SSH_ORIGINAL_COMMAND-}
unset SSH_ORIGINAL_COMMAND
if [ -n "\$cmd" ]; then
  exec /bin/sh -c "\$cmd"
fi
# No command: a login shell (interactive with -t; reads commands from stdin without a tty).
exec /bin/bash -l
EOF
  chmod 755 "$LAB_BIN/cluster-shell"
}

write_sshd_config() {
  local k n
  {
    echo "# sshd for the Ganeti lab, runs inside netns $LAB_NETNS (tests/lab/up.sh)"
    echo "Port 22"
    echo "ListenAddress 0.0.0.0"
    echo "AddressFamily inet"
    for k in /etc/ssh/ssh_host_ed25519_key /etc/ssh/ssh_host_ecdsa_key /etc/ssh/ssh_host_rsa_key; do
      [ -f "$k" ] && echo "HostKey $k"
    done
    cat <<EOF
PidFile $LAB_SSHD_PID
AuthorizedKeysFile $LAB_SSH/authorized_keys
PermitRootLogin prohibit-password
AllowUsers root
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
UseDNS no
PrintMotd no
PrintLastLog no
X11Forwarding no
AllowTcpForwarding no
AllowAgentForwarding no
PermitTunnel no
# ControlMaster clients multiplex many sessions; parallel tests open many connections.
MaxSessions 64
MaxStartups 64:30:256
LogLevel INFO
# scp (SFTP protocol by default since OpenSSH 9) needs the subsystem.
Subsystem sftp /usr/lib/openssh/sftp-server
EOF
    # SetEnv: only the first SetEnv that applies counts, so none outside Match blocks.
    # SHLVL=1: Debian's bash sources /root/.bashrc for ssh commands otherwise (slow pyenv).
    for n in "${LAB_NODES[@]}"; do
      echo "Match LocalAddress ${LAB_NODE_IP[$n]}"
      echo "    SetEnv GANETI_ROOTDIR=$LAB_VC/$n GANETI_HOSTNAME=$n SHLVL=1"
    done
    echo "Match LocalAddress $LAB_CLUSTER_IP"
    echo "    SetEnv SHLVL=1"
    echo "    ForceCommand $LAB_BIN/cluster-shell"
  } >"$LAB_SSHD_CONFIG"
}

start_sshd() {
  sshd_running && return 0
  rm -f "$LAB_SSHD_PID"
  mkdir -p /run/sshd   # "Missing privilege separation directory" otherwise
  chmod 755 /run/sshd
  /usr/sbin/sshd -t -f "$LAB_SSHD_CONFIG"
  ip netns exec "$LAB_NETNS" /usr/sbin/sshd -f "$LAB_SSHD_CONFIG" -E "$LAB_LOG/sshd.log" 9>&-
  local i
  for i in $(seq 50); do
    sshd_running && ip netns exec "$LAB_NETNS" ss -Hltn 'sport = :22' | grep -q . && return 0
    sleep 0.1
  done
  die "sshd did not start (see $LAB_LOG/sshd.log)"
}

write_ssh_client_config() {
  local block
  block=$(cat <<EOF
$MARK_BEGIN
Host ${LAB_SSH_HOSTS[*]}
    User root
    IdentityFile $LAB_SSH_KEY
    IdentitiesOnly yes
    StrictHostKeyChecking yes
    UserKnownHostsFile $LAB_KNOWN_HOSTS
    BatchMode yes
# back to global scope for whatever follows in this file
Host *
$MARK_END
EOF
)
  printf '%s\n' "$block" >"$LAB_SSH_CONFIG_STANDALONE"
  chmod 644 "$LAB_SSH_CONFIG_STANDALONE"

  # Prepend to root's config: ssh uses the first value it finds for each option.
  mkdir -p "$(dirname "$LAB_SSH_CONFIG")"
  chmod 700 "$(dirname "$LAB_SSH_CONFIG")"
  touch "$LAB_SSH_CONFIG"
  remove_marked_block "$LAB_SSH_CONFIG"
  local tmp; tmp=$(mktemp)
  { printf '%s\n' "$block"; cat "$LAB_SSH_CONFIG"; } >"$tmp"
  cat "$tmp" >"$LAB_SSH_CONFIG"
  rm -f "$tmp"
  chmod 600 "$LAB_SSH_CONFIG"
}

setup_ssh() {
  mkdir -p "$LAB_SSH"
  chmod 700 "$LAB_SSH"
  [ -f "$LAB_SSH_KEY" ] || ssh-keygen -q -t ed25519 -N '' -C "gnt-lab root key" -f "$LAB_SSH_KEY"
  # The key only works from lab addresses.
  printf 'from="%s.0/24",no-agent-forwarding,no-port-forwarding,no-X11-forwarding %s\n' \
    "$LAB_NET" "$(cat "$LAB_SSH_KEY.pub")" >"$LAB_SSH/authorized_keys"
  chmod 600 "$LAB_SSH/authorized_keys"

  compgen -G '/etc/ssh/ssh_host_*_key' >/dev/null || ssh-keygen -A
  write_cluster_shell
  write_sshd_config
  start_sshd

  # known_hosts: the public halves of exactly the host keys our sshd serves.
  local names k
  names=$(IFS=,; echo "${LAB_SSH_HOSTS[*]}")
  : >"$LAB_KNOWN_HOSTS"
  for k in $(awk '$1 == "HostKey" { print $2 }' "$LAB_SSHD_CONFIG"); do
    awk -v n="$names" '{ print n, $1, $2 }' "$k.pub" >>"$LAB_KNOWN_HOSTS"
  done
  chmod 644 "$LAB_KNOWN_HOSTS"
  write_ssh_client_config
}

# ======================================================================== ganeti
# Start every daemon a node should run that is not running. kvmd is skipped ("KVM not
# enabled"); wconfd/luxid/rapi only on the master (elsewhere they exit 11, "Not master").
# MODE base: only the daemons every node runs. wconfd on the master refuses to start (after
# ~60 s of retries: "Couldn't gather voting results of enough nodes") unless the other nodes'
# noded answer, so after a full stop start `base` everywhere first, then the master.
ensure_daemons() {
  local node=$1 mode=${2:-all} master is_master=0
  master=$(current_master)
  [ "$node" = "$master" ] && [ "$mode" = all ] && is_master=1
  in_node "$node" env LAB_IS_MASTER=$is_master bash -c '
    du='"$GNT_DAEMON_UTIL"'
    bad=0
    for d in $($du list-start-daemons); do
      [ "$d" = ganeti-kvmd ] && continue
      # master-only daemons just exit 11 elsewhere, after a second or two each
      case $d in ganeti-wconfd|ganeti-luxid|ganeti-rapi) [ "$LAB_IS_MASTER" = 1 ] || continue ;; esac
      $du check "$d" && continue
      # a stale pid file makes start-stop-daemon refuse ("... non-root pidfile ... insecure")
      rm -f "$GANETI_ROOTDIR/var/run/ganeti/$d.pid"
      log=$GANETI_ROOTDIR/var/log/ganeti/lab-daemon-start.log
      rc=0; $du start "$d" >>"$log" 2>&1 || rc=$?
      case $rc in
        0) echo "  $GANETI_HOSTNAME: started $d" ;;
        11) ;;   # "Not master, exiting."
        *) echo "  $GANETI_HOSTNAME: $d failed to start (rc=$rc), see $log" >&2; bad=1 ;;
      esac
    done
    exit $bad'
}

wait_for_cluster_ip() {
  local secs=${1:-30} i
  for i in $(seq $((secs * 10))); do
    ip -n "$LAB_NETNS" -4 -o addr show dev "$LAB_BRIDGE" | grep -q " $LAB_CLUSTER_IP/" && return 0
    sleep 0.1
  done
  return 1
}

init_cluster() {
  # Widened instance policy: the default one rejects tiny test instances.
  local bounds="min:cpu-count=1,disk-count=0,disk-size=0,memory-size=4,nic-count=0,spindle-use=0"
  bounds+="/max:cpu-count=8,disk-count=16,disk-size=1048576,memory-size=32768,nic-count=8,spindle-use=12"
  in_node "$LAB_MASTER" gnt-cluster init \
    --no-etc-hosts --no-ssh-init \
    --master-netdev="$LAB_BRIDGE" \
    --enabled-hypervisors=fake \
    --enabled-disk-templates=file,sharedfile,diskless \
    --file-storage-dir="$LAB_STORAGE_FILE" \
    --shared-file-storage-dir="$LAB_STORAGE_SHARED" \
    --nic-parameters="mode=bridged,link=$LAB_BRIDGE" \
    --node-parameters=ssh_port=22 \
    --ipolicy-bounds-specs="$bounds" \
    "$LAB_CLUSTER_NAME"
  # init already ran `daemon-util start-all` and activates the cluster IP in the background:
  # wait for it instead of racing it with activate-master-ip.
  wait_for_cluster_ip 30 || die "cluster IP $LAB_CLUSTER_IP did not appear"
  ensure_daemons "$LAB_MASTER"
}

# Node adds run concurrently: most of `gnt-node add` is client-side work (SSH login to the
# new node, node-daemon-setup) before the job itself, which Ganeti serialises with its locks.
add_nodes() {
  local n pids=() logs=() i=0 bad=0
  for n in "${LAB_NODES[@]}"; do
    [ "$n" = "$LAB_MASTER" ] && continue
    # Logs in over SSH (our sshd, our Host block) as root to the new node's name.
    in_node "$LAB_MASTER" gnt-node add --no-ssh-key-check "$n" >"$LAB_LOG/node-add-$n.log" 2>&1 &
    pids+=($!); logs+=("$n")
  done
  for i in "${!pids[@]}"; do
    n=${logs[$i]}
    if wait "${pids[$i]}"; then
      log "added $n"
    else
      log "gnt-node add $n failed:"; sed 's/^/    /' "$LAB_LOG/node-add-$n.log"; bad=1
    fi
  done
  [ $bad = 0 ] || die "node add failed"
  # node add starts noded and mond only; confd etc. are ours (both nodes at once)
  pids=()
  for n in "${LAB_NODES[@]}"; do
    [ "$n" = "$LAB_MASTER" ] && continue
    ensure_daemons "$n" & pids+=($!)
  done
  for i in "${pids[@]}"; do wait "$i" || bad=1; done
  [ $bad = 0 ] || die "starting daemons on the new nodes failed"
}

# All six creations are submitted at once (--submit prints "JobID: N" on stderr) and run as
# concurrent jobs; then each job is watched to its end. ~2x faster than one after another.
add_instances() {
  local spec name tmpl node mem vcpus disk ip args pids=() names=() i id bad=0
  for spec in "${LAB_INSTANCE_SPECS[@]}"; do
    IFS='|' read -r name tmpl node mem vcpus disk ip <<<"$spec"
    args=(gnt-instance add --submit -t "$tmpl" -o noop -B "memory=${mem}M,vcpus=$vcpus"
          --net "0:ip=$ip" -n "$node")
    [ -n "$disk" ] && args+=(--disk "0:size=$disk")
    in_node "$LAB_MASTER" "${args[@]}" "$name" >"$LAB_LOG/submit-$name.log" 2>&1 &
    pids+=($!); names+=("$name")
  done
  for i in "${!pids[@]}"; do
    name=${names[$i]}
    wait "${pids[$i]}" || { sed 's/^/    /' "$LAB_LOG/submit-$name.log"; die "submitting $name failed"; }
  done
  for name in "${names[@]}"; do
    id=$(sed -n 's/^JobID: //p' "$LAB_LOG/submit-$name.log")
    [ -n "$id" ] || die "no job id for $name: $(cat "$LAB_LOG/submit-$name.log")"
    if in_node "$LAB_MASTER" gnt-job watch "$id" >>"$LAB_LOG/instances.log" 2>&1; then
      log "added $name (job $id)"
    else
      log "creating $name failed (job $id):"
      in_node "$LAB_MASTER" gnt-job info "$id" | sed 's/^/    /' || true
      bad=1
    fi
  done
  [ $bad = 0 ] || die "instance creation failed"
}

# ======================================================================== verify / env
verify_lab() {
  local out rc
  out=$(ssh "${LAB_SSH_OPTS[@]}" "root@$LAB_CLUSTER_NAME" gnt-node list 2>&1) \
    || die "ssh root@$LAB_CLUSTER_NAME gnt-node list failed: $out"
  printf '%s\n' "$out" | sed 's/^/    /'
  for n in "${LAB_NODES[@]}"; do
    grep -q "^$n " <<<"$out" || die "node $n missing from gnt-node list via ssh"
  done
  rc=0; out=$(ssh "${LAB_SSH_OPTS[@]}" "root@node2.example.com" gnt-node list 2>&1) || rc=$?
  [ $rc -ne 0 ] && grep -q "This is not the master node" <<<"$out" \
    || die "ssh root@node2.example.com gnt-node list should fail with 'not the master' (rc=$rc): $out"
  log "ssh root@node2.example.com gnt-node list -> rc=$rc, 'This is not the master node' (expected)"
  out=$(ssh "${LAB_SSH_OPTS[@]}" "root@$LAB_CLUSTER_NAME" \
        "gnt-instance list --no-headers --separator='|' -o name,pnode,status") \
    || die "gnt-instance list via ssh failed"
  local spec name node
  for spec in "${LAB_INSTANCE_SPECS[@]}"; do
    IFS='|' read -r name _ node _ <<<"$spec"
    grep -q "^$name|" <<<"$out" || die "instance $name missing: $out"
  done
  printf '%s\n' "$out" | sed 's/^/    /'
}

write_lab_env() {
  local insts=() placement=() spec name tmpl node tmp master
  for spec in "${LAB_INSTANCE_SPECS[@]}"; do
    IFS='|' read -r name tmpl node _ <<<"$spec"
    insts+=("$name"); placement+=("$name:$node:$tmpl")
  done
  master=$(current_master); [ -n "$master" ] || master=$LAB_MASTER
  local ips=() n
  for n in "${LAB_NODES[@]}"; do ips+=("${LAB_NODE_IP[$n]}"); done
  tmp=$(mktemp "$LAB_RUN/lab.env.XXXXXX")
  {
    echo "LAB_SSH_TARGET=root@$LAB_CLUSTER_NAME"
    echo "LAB_NONMASTER_TARGET=root@node2.example.com"
    echo "LAB_MASTER_NODE=$master"
    echo "LAB_NODES=$(IFS=,; echo "${LAB_NODES[*]}")"
    echo "LAB_INSTANCES=$(IFS=,; echo "${insts[*]}")"
    echo "LAB_SSH_CONFIG=$LAB_SSH_CONFIG"
    echo "LAB_SSH_CONFIG_STANDALONE=$LAB_SSH_CONFIG_STANDALONE"
    echo "LAB_SSH_IDENTITY=$LAB_SSH_KEY"
    echo "LAB_SSH_KNOWN_HOSTS=$LAB_KNOWN_HOSTS"
    echo "LAB_CLUSTER_NAME=$LAB_CLUSTER_NAME"
    echo "LAB_CLUSTER_IP=$LAB_CLUSTER_IP"
    echo "LAB_NODE_IPS=$(IFS=,; echo "${ips[*]}")"
    echo "LAB_INSTANCE_PLACEMENT=$(IFS=,; echo "${placement[*]}")"
    echo "LAB_DISK_TEMPLATES=diskless,file,sharedfile"
    echo "LAB_HYPERVISOR=fake"
    echo "LAB_OS=noop"
    echo "LAB_GANETI_VERSION=$(dpkg-query -W -f='${Version}' ganeti 2>/dev/null || echo unknown)"
    echo "LAB_NETNS=$LAB_NETNS"
    echo "LAB_ROOT=$LAB_ROOT"
    echo "LAB_EXEC=$LAB_EXEC"
    echo "LAB_RESET=$HERE/reset.sh"
    echo "LAB_VERIFY_IGNORE=ENODESETUP"
  } >"$tmp"
  chmod 644 "$tmp"
  mv "$tmp" "$LAB_ENV_FILE"
}

# ======================================================================== main
main() {
  require_root
  lab_lock

  phase_begin packages; install_packages; phase_end

  if [ "$REBUILD" = 0 ]; then
    phase_begin health-check
    if lab_healthy; then
      phase_end
      write_lab_env
      log "lab already up and healthy ($(elapsed "$T_START")s); env: $LAB_ENV_FILE"
      return 0
    fi
    if try_repair; then
      phase_end
      write_lab_env
      log "lab repaired and healthy ($(elapsed "$T_START")s); env: $LAB_ENV_FILE"
      return 0
    fi
    phase_end
  fi

  if netns_exists || [ -e "$LAB_ROOT" ] || grep -qF "$MARK_BEGIN" /etc/hosts; then
    phase_begin teardown-old; "$HERE/down.sh"; phase_end
  fi

  phase_begin network;     setup_network;    phase_end
  phase_begin hosts;       write_hosts;      phase_end
  phase_begin node-roots;  setup_node_roots; phase_end
  phase_begin ssh;         setup_ssh;        phase_end
  phase_begin cluster-init; init_cluster;    phase_end
  phase_begin node-add;    add_nodes;        phase_end
  phase_begin instances;   add_instances;    phase_end
  phase_begin verify;      verify_lab;       phase_end
  write_lab_env

  timing_summary
  log "lab up in $(elapsed "$T_START")s; env: $LAB_ENV_FILE"
  sed 's/^/    /' "$LAB_ENV_FILE"
}

main
