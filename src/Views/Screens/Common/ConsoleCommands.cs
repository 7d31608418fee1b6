namespace GntTui.Views.Screens.Common;

/// <summary>
/// The command names keys are bound to. These are what user key configuration names, so they are
/// stable: rename one and people's bindings silently stop working.
/// </summary>
public static class ConsoleCommands
{
    public const string Quit = "quit";
    public const string Help = "help";
    public const string Palette = "command";
    public const string Refresh = "refresh";

    /// <summary>The master is gone: check a candidate and offer gnt-cluster master-failover there (palette only, alias failover).</summary>
    public const string MasterFailover = "master-failover";
    public const string Repaint = "repaint";
    public const string ViewPrefix = "view.";

    public const string Up = "up";
    public const string Down = "down";
    public const string PageUp = "page-up";
    public const string PageDown = "page-down";
    public const string Top = "top";
    public const string Bottom = "bottom";

    public const string Open = "open";
    public const string Describe = "describe";
    public const string Filter = "filter";
    public const string Back = "back";
    public const string Mark = "mark";

    public const string SortName = "sort.name";
    public const string SortStatus = "sort.status";
    public const string SortMemory = "sort.memory";
    public const string SortDisk = "sort.disk";
    public const string SortPrimaries = "sort.primaries";
    public const string SortNode = "sort.node";
    public const string SortTemplate = "sort.template";
    public const string SortDuration = "sort.duration";
    public const string SortEta = "sort.eta";
    public const string SortProgress = "sort.progress";

    public const string OnlyUnhealthy = "drbd.only-unhealthy";

    // Operations: every one of these changes the cluster, so their bindings are dangerous (gone in read-only mode).
    public const string Migrate = "instance.migrate";
    public const string MigrateOptions = "instance.migrate-options";
    public const string Failover = "instance.failover";
    public const string Reboot = "instance.reboot";
    public const string StartStop = "instance.start-stop";
    public const string ReplaceDisks = "instance.replace-disks";
    public const string Maintenance = "node.maintenance";
    public const string NodeMigrate = "node.migrate";
    public const string Drain = "node.drain";
    public const string Offline = "node.offline";
    public const string Evacuate = "node.evacuate";
    public const string MasterCandidate = "node.master-candidate";
    public const string CancelJob = "job.cancel";
    public const string InstanceConsole = "instance.console";
    public const string CopyName = "copy-name";
    public const string DrbdFix = "drbd.fix";
    public const string RunbookAnswer = "runbook.answer";
    public const string RunbookSkip = "runbook.skip";
    public const string RunbookRetry = "runbook.retry";
    public const string RunbookAbort = "runbook.abort";
    public const string BalanceExecute = "balance.execute";
    public const string RollRun = "roll.run";
    public const string RollStart = "roll.start";
    public const string RollContinue = "roll.continue";
    public const string RollPause = "roll.pause";
    public const string RollAbort = "roll.abort";
    public const string WatcherPause = "watcher.pause";
    public const string WatcherContinue = "watcher.continue";

    /// <summary>Runs <c>gnt-cluster verify</c>: it submits jobs but changes nothing, so it stays in read-only mode.</summary>
    public const string Verify = "cluster.verify";
    public const string VerifyIgnoreCode = "verify.ignore-code";
    public const string VerifyGoTo = "verify.go-to";
    public const string ShowGroup = "group";

    // Planner options: they re-ask hbal / hroller, which change nothing.
    public const string Replan = "planner.replan";
    public const string BalanceNoDiskMoves = "balance.no-disk-moves";
    public const string BalanceEvacMode = "balance.evac-mode";
    public const string BalanceMaxLength = "balance.max-length";
    public const string RollFullEvacuation = "roll.full-evacuation";
    public const string RollOneStep = "roll.one-step-only";

    public static string View(ViewKind kind) => ViewPrefix + kind.ToString().ToLowerInvariant();
}
