namespace GntTui.Simulator;

/// <summary>A parsed piece of a shell script: a simple command, a list joined by ; &amp;&amp; ||, or a while loop.</summary>
internal sealed class ShNode
{
    public ShNodeKind Kind { get; init; }
    public List<string> Words { get; } = [];
    public bool StderrToStdout { get; set; }
    public bool StdoutToStderr { get; set; }
    public bool DropStdout { get; set; }
    public bool DropStderr { get; set; }
    public List<(string Op, ShNode Node)> Items { get; } = [];
    public ShNode? Condition { get; init; }
    public ShNode? Body { get; init; }
}
