using System.Text;

namespace GntTui.Simulator;

/// <summary>gnt-cluster info for a KVM cluster with DRBD, in the layout of Ganeti 3.0.2 (capture 01).</summary>
internal static class ClusterInfoWriter
{
    public static void Write(StringBuilder sb, SimulatedCluster c)
    {
        var o = c.Options;
        sb.Append("Cluster name: ").Append(c.Name).Append('\n');
        sb.Append("Cluster UUID: ").Append(c.Uuid).Append('\n');
        sb.Append("Creation time: ").Append(GanetiFormat.InfoTime(c.Created)).Append('\n');
        sb.Append("Modification time: ").Append(GanetiFormat.InfoTime(c.Created)).Append('\n');
        sb.Append("Master node: ").Append(c.Master.Name).Append('\n');
        sb.Append("Architecture (this node): 64bits (x86_64)\n");
        sb.Append("Tags: (none)\n");
        sb.Append("Default hypervisor: ").Append(o.Hypervisor).Append('\n');
        sb.Append("Enabled hypervisors: ").Append(o.Hypervisor).Append('\n');
        sb.Append("Hypervisor parameters: \n  ").Append(o.Hypervisor).Append(": \n");
        sb.Append("    migration_bandwidth: ").Append((long)o.MigrationBandwidthMiBps).Append('\n');
        sb.Append("    migration_downtime: 30\n    migration_mode: live\n    migration_port: 8102\n");
        sb.Append("OS-specific hypervisor parameters: \nOS parameters: \nHidden OSes: \nBlacklisted OSes: \n");
        sb.Append("Cluster parameters: \n");
        sb.Append("  candidate pool size: 10\n");
        sb.Append("  maximal number of jobs running simultaneously: ").Append(SimJobQueue.MaxRunning).Append('\n');
        sb.Append("  maximal number of jobs simultaneously tracked by the scheduler: 25\n");
        sb.Append("  mac prefix: aa:00:00\n  master netdev: br0\n  master netmask: 32\n");
        sb.Append("  use external master IP address setup script: False\n");
        sb.Append("  lvm volume group: xenvg\n  lvm reserved volumes: (none)\n  drbd usermode helper: /bin/true\n");
        sb.Append("  file storage path: /srv/ganeti/file-storage\n  shared file storage path: /srv/ganeti/shared-file-storage\n");
        sb.Append("  gluster storage path: /var/run/ganeti/gluster\n  maintenance of node health: False\n  uid pool: \n");
        sb.Append("  default instance allocator: hail\n  default instance allocator parameters: \n  primary ip version: 4\n");
        sb.Append("  preallocation wipe disks: False\n");
        sb.Append("  OS search path: /srv/ganeti/os, /usr/local/lib/ganeti/os, /usr/lib/ganeti/os, /usr/share/ganeti/os\n");
        sb.Append("  ExtStorage Providers search path: /srv/ganeti/extstorage, /usr/local/lib/ganeti/extstorage, /usr/lib/ganeti/extstorage, /usr/share/ganeti/extstorage\n");
        sb.Append("  enabled disk templates: drbd, plain, file, sharedfile, diskless\n");
        sb.Append("  install image: \n  instance communication network: \n  zeroing image: \n");
        sb.Append("  compression tools: \n    - gzip\n    - gzip-fast\n    - gzip-slow\n");
        sb.Append("  enabled user shutdown: False\n  modify ssh setup: False\n  ssh_key_type: rsa\n  ssh_key_bits: 2048\n");
        sb.Append("Default node parameters: \n  cpu_speed: 1\n  exclusive_storage: False\n  oob_program: \n  ovs: False\n");
        sb.Append("  ovs_link: \n  ovs_name: switch1\n  spindle_count: 1\n  ssh_port: 22\n");
        sb.Append("Default instance parameters: \n  default: \n    always_failover: False\n    auto_balance: True\n");
        sb.Append("    maxmem: 128\n    minmem: 128\n    spindle_use: 1\n    vcpus: 1\n");
        sb.Append("Default nic parameters: \n  default: \n    link: br0\n    mode: bridged\n    vlan: \n");
        sb.Append("Default disk parameters: \n  blockdev: \n  diskless: \n  drbd: \n");
        sb.Append("    c-delay-target: 1\n    c-fill-target: 0\n    c-max-rate: ").Append(o.DrbdResyncRateKiBps).Append('\n');
        sb.Append("    c-min-rate: 4096\n    c-plan-ahead: 20\n    data-stripes: 1\n    disk-barriers: n\n    disk-custom: \n");
        sb.Append("    dynamic-resync: False\n    meta-barriers: False\n    meta-stripes: 1\n    metavg: xenvg\n    net-custom: \n");
        sb.Append("    protocol: C\n    resync-rate: ").Append(c.DrbdResyncRateKiBps).Append('\n');
        sb.Append("  ext: \n    access: kernelspace\n  file: \n  gluster: \n    access: kernelspace\n    host: 127.0.0.1\n");
        sb.Append("    port: 24007\n    volume: gv0\n  plain: \n    stripes: 1\n  rbd: \n    access: kernelspace\n    pool: rbd\n  sharedfile: \n");
        sb.Append("Instance policy - limits for instances: \n  bounds specs: \n    - min/0: \n");
        sb.Append("        cpu-count: 1\n        disk-count: 1\n        disk-size: 1024\n        memory-size: 128\n        nic-count: 1\n        spindle-use: 1\n");
        sb.Append("      max/0: \n        cpu-count: 8\n        disk-count: 16\n        disk-size: 1048576\n        memory-size: 32768\n        nic-count: 8\n        spindle-use: 12\n");
        sb.Append("  std: \n    cpu-count: 1\n    disk-count: 1\n    disk-size: 1024\n    memory-size: 128\n    nic-count: 1\n    spindle-use: 1\n");
        sb.Append("  allowed disk templates: drbd, plain, file, sharedfile, diskless\n  vcpu-ratio: 4\n  spindle-ratio: 32\n");
        sb.Append("Data collectors: \n");
        foreach (var dc in new[] { "cpu-avg-load", "diskstats", "drbd", "inst-status-xen", "lv", "xen-cpu-avg-load" })
        {
            sb.Append("  ").Append(dc).Append(": \n    active: True\n    interval: 5.000s\n");
        }
    }
}
