namespace GntTui.Engine.Ganeti;

/// <summary>
/// The exact read-only argv the Engine sends. Explicit fields, no headers, a separator, so the
/// output is unambiguous and sizes are plain MiB. The simulator answers these same argv.
/// </summary>
public static class GanetiQueries
{
    public const string Separator = "|";

    public static readonly IReadOnlyList<string> NodeFields =
        ["name", "role", "offline", "drained", "master_candidate", "mtotal", "mnode", "mfree", "dtotal", "dfree", "pinst_cnt", "sinst_cnt", "group"];

    public static readonly IReadOnlyList<string> InstanceFields =
        ["name", "status", "oper_state", "admin_state", "pnode", "snodes", "disk_template", "be/memory", "be/vcpus", "oper_ram"];

    public static readonly IReadOnlyList<string> JobFields =
        ["id", "status", "summary", "received_ts", "start_ts", "end_ts"];

    public static IReadOnlyList<string> NodeList() => List("gnt-node", NodeFields);

    public static IReadOnlyList<string> InstanceList() => List("gnt-instance", InstanceFields);

    public static IReadOnlyList<string> JobList() => List("gnt-job", JobFields);

    public static IReadOnlyList<string> ClusterInfo() => ["gnt-cluster", "info"];

    public static IReadOnlyList<string> ClusterVersion() => ["gnt-cluster", "version"];

    public static IReadOnlyList<string> JobWatch(long id) => ["gnt-job", "watch", id.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public static IReadOnlyList<string> JobInfo(long id) => ["gnt-job", "info", id.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary><c>gnt-job info</c> of several jobs at once (one "- Job ID: N" block each, with its reason trail).</summary>
    public static IReadOnlyList<string> JobInfo(IEnumerable<long> ids) => ["gnt-job", "info", .. ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static IReadOnlyList<string> NodeListDrbd(string node) => ["gnt-node", "list-drbd", "--no-headers", "--separator=" + Separator, NameValidator.RequireHostname(node, "node")];

    public static IReadOnlyList<string> ClusterVerify() => ["gnt-cluster", "verify", "--error-codes"];

    /// <summary><c>gnt-instance info NAME</c> or <c>gnt-node info NAME</c>.</summary>
    public static IReadOnlyList<string> Info(Info.InfoKind kind, string name) => [Binary(kind), "info", NameValidator.RequireHostname(name, Noun(kind))];

    public static IReadOnlyList<string> ListTags(Info.InfoKind kind, string name) => [Binary(kind), "list-tags", NameValidator.RequireHostname(name, Noun(kind))];

    /// <summary><c>gnt-instance console</c>; with --show-cmd Ganeti prints the ssh command it would run, or its message when there is none.</summary>
    public static IReadOnlyList<string> InstanceConsole(string instance, bool showCommand) =>
        ["gnt-instance", "console", .. (showCommand ? (string[])["--show-cmd"] : []), NameValidator.RequireHostname(instance, "instance")];

    private static string Binary(Info.InfoKind kind) => kind == Ganeti.Info.InfoKind.Instance ? "gnt-instance" : "gnt-node";

    private static string Noun(Info.InfoKind kind) => kind == Ganeti.Info.InfoKind.Instance ? "instance" : "node";

    private static IReadOnlyList<string> List(string command, IReadOnlyList<string> fields) =>
        [command, "list", "--no-headers", "--separator=" + Separator, "-o", string.Join(',', fields)];
}
