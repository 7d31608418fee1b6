using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;

namespace GntTui.Views.Tests.Screens;

/// <summary>x on a DRBD disk: the advised fix in the operation dialog, sent only on a yes.</summary>
public sealed class DrbdFixKeyTests
{
    private static ConsoleDriver OnDisk(string key, ConsoleDriver? console = null)
    {
        console ??= new ConsoleDriver(TestSnapshots.Small() with { Jobs = [] });
        console.Post(TestDrbd.Snapshot());
        console.Press("3");
        Assert.True(console.App.ActiveScreen.Table.SelectKey(key));
        return console;
    }

    private static DrbdDiskView Disk(string instance, int index) => TestDrbd.Snapshot().Find(instance, index)!;

    [Fact]
    public void X_on_a_split_brain_opens_the_dialog_with_the_advised_command_and_y_submits_it()
    {
        var console = OnDisk("db1.example.com/disk/0");
        console.Press("x");

        var dialog = console.App.OperationDialog;
        Assert.NotNull(dialog);
        var report = Assert.IsType<PreflightReport>(dialog.Single);
        var op = Assert.IsType<InstanceReplaceDisks>(report.Operation);
        Assert.Equal(ReplaceDisksMode.Secondary, op.Mode);
        var advised = Disk("db1.example.com", 0).Advice.Command!;
        Assert.Equal(advised, op.BuildArgv().Where((_, i) => i is not (4 or 5)).ToList()); // the advice plus --reason R
        Assert.Equal("gnt-tui: replace-disks db1 (alice@console)", op.Reason);
        Assert.Contains("gnt-instance replace-disks --submit -s --reason", console.Text(), StringComparison.Ordinal);
        Assert.False(dialog.RequiresTyped);

        console.Press("y");
        Assert.Null(console.App.OperationDialog);
        var submit = Assert.IsType<ConsoleIntent.Submit>(Assert.Single(console.Intents));
        Assert.Equal(op, submit.Report.Operation);
    }

    [Fact]
    public void X_on_a_slow_resync_offers_the_cluster_resync_rate()
    {
        var console = OnDisk("web1.example.com/disk/0");
        console.Press("x");

        var op = Assert.IsType<ClusterSetDrbdResyncRate>(console.App.OperationDialog!.Operations[0]);
        var advised = Disk("web1.example.com", 0).Advice.Command!;
        Assert.Equal(advised, op.BuildArgv().Take(advised.Count).ToList());
        Assert.Contains("gnt-cluster modify --submit -D drbd:resync-rate=", console.Text(), StringComparison.Ordinal);
        console.Press("Esc");
        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
    }

    [Fact]
    public void X_before_any_disk_is_listed_says_so_instead_of_doing_nothing()
    {
        var console = new ConsoleDriver(TestSnapshots.Small() with { Jobs = [] });
        console.Press("3");
        console.Press("x");

        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
        Assert.Contains("no DRBD disk selected", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void X_on_a_healthy_disk_says_there_is_nothing_to_apply()
    {
        var console = OnDisk("web1.example.com/disk/1");
        console.Press("x");

        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
        Assert.Contains("no fix to apply", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void X_works_in_the_drbd_detail_too()
    {
        var console = OnDisk("web3.example.com/disk/0");
        console.Press("Enter");
        Assert.Equal(ConsoleMode.Detail, console.App.Mode);
        Assert.Contains(console.App.CurrentKeys.Bindings, b => b.Command == ConsoleCommands.DrbdFix);

        console.Press("x");
        var op = Assert.IsType<InstanceActivateDisks>(console.App.OperationDialog!.Operations[0]);
        Assert.Equal("web3.example.com", op.Instance);
        console.Press("y");
        Assert.Equal(op, Assert.IsType<ConsoleIntent.Submit>(Assert.Single(console.Intents)).Report.Operation);
    }

    [Fact]
    public void Read_only_has_no_fix_key_in_the_list_or_the_detail()
    {
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: false, "prod-a");
        var console = OnDisk("db1.example.com/disk/0", new ConsoleDriver(options: options));
        Assert.DoesNotContain(console.App.CurrentKeys.Bindings, b => b.Command == ConsoleCommands.DrbdFix);
        console.Press("x");
        Assert.Null(console.App.OperationDialog);

        console.Press("Enter");
        Assert.DoesNotContain(console.App.CurrentKeys.Bindings, b => b.Command == ConsoleCommands.DrbdFix);
        console.Press("x");
        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
    }
}
