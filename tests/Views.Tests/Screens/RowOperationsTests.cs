using GntTui.Views.Screens;

namespace GntTui.Views.Tests.Screens;

/// <summary>The operations a row key starts are read from the key tables' dangerous flags: one list, not two.</summary>
public sealed class RowOperationsTests
{
    [Fact]
    public void The_row_operations_are_the_fourteen_dangerous_row_commands()
    {
        Assert.Equal(
            new[]
            {
                ConsoleCommands.Migrate, ConsoleCommands.MigrateOptions, ConsoleCommands.Failover, ConsoleCommands.Reboot,
                ConsoleCommands.StartStop, ConsoleCommands.ReplaceDisks, ConsoleCommands.Maintenance, ConsoleCommands.NodeMigrate,
                ConsoleCommands.Drain, ConsoleCommands.Offline, ConsoleCommands.Evacuate, ConsoleCommands.MasterCandidate,
                ConsoleCommands.CancelJob, ConsoleCommands.DrbdFix,
            }.Order(StringComparer.Ordinal),
            ConsoleKeys.RowOperations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Runbook_answers_are_dangerous_but_not_row_operations()
    {
        Assert.DoesNotContain(ConsoleCommands.RunbookAnswer, ConsoleKeys.RowOperations);
        Assert.DoesNotContain(ConsoleCommands.RunbookAbort, ConsoleKeys.RowOperations);
    }
}
