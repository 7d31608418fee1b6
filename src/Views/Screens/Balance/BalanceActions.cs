using System.Globalization;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Planners;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Balance;

/// <summary>
/// The balance screen's keys: p asks hbal again, D / E / L change its options (and ask again), x sends
/// the plan on screen. Sending goes through the Engine, not <c>hbal -X</c>: every command is
/// pre-flighted, audited with its reason, followed in the Jobs view and refused in read-only mode
/// like any other operation, and what is sent is exactly the plan the operator read (hbal -X would
/// compute a new one). The jobsets are kept: the Engine sends a jobset when the one before succeeded.
/// </summary>
internal sealed class BalanceActions(BalanceView view) : IKindActions
{
    private static readonly int?[] Lengths = [null, 1, 5, 10];

    private HbalOptions _options = new();

    public IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        KeyBinding.Create("x", ConsoleCommands.BalanceExecute, "send hbal's plan (its jobsets, one after another)", KeyGroups.Operations, dangerous: true, footer: true, hint: "execute"),
        KeyBinding.Create("p", ConsoleCommands.Replan, "ask hbal again (hbal -L -C)", KeyGroups.Rows, footer: true, hint: "re-plan"),
        KeyBinding.Create("D", ConsoleCommands.BalanceNoDiskMoves, "toggle --no-disk-moves (only failover/migrate)", KeyGroups.Rows),
        KeyBinding.Create("E", ConsoleCommands.BalanceEvacMode, "toggle --evac-mode (only off drained/offline nodes)", KeyGroups.Rows),
        KeyBinding.Create("L", ConsoleCommands.BalanceMaxLength, "cycle --max-length (none, 1, 5, 10)", KeyGroups.Rows),
    ];

    public ConsoleIntent? OnShown() => Ask(_options);

    public ActionResult? Act(string command, ActionContext context) => command switch
    {
        ConsoleCommands.Replan => Send(_options, null),
        ConsoleCommands.BalanceNoDiskMoves => Send(_options with { NoDiskMoves = !_options.NoDiskMoves }, "--no-disk-moves"),
        ConsoleCommands.BalanceEvacMode => Send(_options with { EvacMode = !_options.EvacMode }, "--evac-mode"),
        ConsoleCommands.BalanceMaxLength => Send(_options with { MaxLength = Lengths[(Array.IndexOf(Lengths, _options.MaxLength) + 1) % Lengths.Length] }, "--max-length"),
        ConsoleCommands.BalanceExecute => Execute(context),
        ConsoleCommands.Open or ConsoleCommands.Describe => context.Selected is null ? ActionResult.None : null,
        _ => null,
    };

    private ConsoleIntent Ask(HbalOptions options)
    {
        _options = options;
        view.Asked(options);
        return new ConsoleIntent.PlanBalance(options);
    }

    private ActionResult.Send Send(HbalOptions options, string? changed) =>
        new(Ask(options), changed is null ? null : $"hbal again: {string.Join(' ', options.Argv())}");

    private ActionResult Execute(ActionContext context)
    {
        if (view.Plan is not { } plan)
        {
            return new ActionResult.Refused("no plan on screen yet: wait for hbal's answer (p asks again)");
        }

        if (plan.Outcome != HbalOutcome.Improved)
        {
            return new ActionResult.Told("nothing to send: " + plan.Summary);
        }

        var nodes = context.Data.Snapshot.Nodes.Select(n => n.Name).ToList();
        var instances = context.Data.Snapshot.Instances;
        IReadOnlyList<IReadOnlyList<GanetiOperation>> probe;
        try
        {
            probe = BalanceStages.Build(plan, nodes, [.. instances.Select(i => i.Name)], "probe");
        }
        catch (ArgumentException e)
        {
            return new ActionResult.Refused($"{e.Message}: p asks hbal again");
        }

        // The plan is hbal's reading of an earlier refresh: a move whose instance has moved since is not sent.
        foreach (var move in plan.Moves)
        {
            var name = BalanceStages.Resolve(move.Instance, [.. instances.Select(i => i.Name)], "instance");
            var now = instances.First(i => i.Name == name).PrimaryNode;
            var was = move.From.Split(':')[0];
            if (BalanceStages.Resolve(was, nodes, "node") != now)
            {
                return new ActionResult.Refused($"the plan is out of date: {move.Instance} is on {now} now, not {was}; p asks hbal again");
            }
        }

        var score = $"{plan.InitialScore?.ToString("0.########", CultureInfo.InvariantCulture)} -> {plan.FinalScore?.ToString("0.########", CultureInfo.InvariantCulture)}";
        return new ActionResult.Confirm(new OperationRequest($"Rebalance: hbal's plan, {plan.Moves.Count} move(s) in {plan.Jobsets} jobset(s), score {score}", "Send plan", [],
            (_, reason) => [.. BalanceStages.Build(plan, nodes, [.. instances.Select(i => i.Name)], reason).SelectMany(s => s)])
        {
            IsGroup = true,
            Stages = [.. probe.Select(s => s.Count)],
            GroupReason = _ => $"rebalance: hbal plan, score {score}",
        });
    }
}
