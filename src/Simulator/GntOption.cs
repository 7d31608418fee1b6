namespace GntTui.Simulator;

/// <summary>One command-line option: the key it is stored under, whether it takes a value, and its spellings.</summary>
internal sealed record GntOption(string Key, bool TakesValue, params string[] Names)
{
    public static GntOption Flag(string key, params string[] names) => new(key, false, names);

    public static GntOption Value(string key, params string[] names) => new(key, true, names);

    // The options most gnt-* commands share, named as in Ganeti's cli.py.
    public static readonly GntOption Force = Flag("force", "-f", "--force");
    public static readonly GntOption Submit = Flag("submit", "--submit");
    public static readonly GntOption PrintJobId = Flag("print_jobid", "--print-jobid");
    public static readonly GntOption DryRun = Flag("dry_run", "--dry-run");
    public static readonly GntOption Priority = Value("priority", "--priority");
    public static readonly GntOption NoHeaders = Flag("no_headers", "--no-headers");
    public static readonly GntOption Separator = Value("separator", "--separator");
    public static readonly GntOption Output = Value("output", "-o", "--output");
    public static readonly GntOption Units = Value("units", "--units");
    public static readonly GntOption Verbose = Flag("verbose", "-v", "--verbose");
    public static readonly GntOption ForceFilter = Flag("force_filter", "-F", "--filter");
    public static readonly GntOption TargetNode = Value("dst_node", "-n", "--target-node");
    public static readonly GntOption IAllocator = Value("iallocator", "-I", "--iallocator");
    public static readonly GntOption IgnoreIPolicy = Flag("ignore_ipolicy", "--ignore-ipolicy");
    public static readonly GntOption EarlyRelease = Flag("early_release", "--early-release");

    public static readonly IReadOnlyList<GntOption> SubmitOptions = [Submit, PrintJobId, Priority];
    public static readonly IReadOnlyList<GntOption> ListOptions = [NoHeaders, Separator, Output, Units, Verbose, ForceFilter];
}
