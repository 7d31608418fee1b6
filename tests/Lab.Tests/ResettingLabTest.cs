namespace GntTui.Lab.Tests;

/// <summary>
/// A lab test that starts from and leaves the lab's initial placement (tests/lab/reset.sh), with a
/// private temp directory for its state file.
/// </summary>
public abstract class ResettingLabTest : IAsyncLifetime
{
    protected ResettingLabTest(string name)
    {
        Dir = Directory.CreateTempSubdirectory("gnt-tui-lab-" + name + "-").FullName;
    }

    protected string Dir { get; }

    public async Task InitializeAsync()
    {
        if (LabEnvironment.IsUp)
        {
            await LabEngine.ResetAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (LabEnvironment.IsUp)
        {
            await LabEngine.ResetAsync();
        }
        Directory.Delete(Dir, recursive: true);
    }
}
