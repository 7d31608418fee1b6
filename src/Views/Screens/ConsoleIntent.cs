namespace GntTui.Views.Screens;

/// <summary>What the console asks the App (and through it the Engine) to do; views never act themselves.</summary>
public abstract record ConsoleIntent
{
    private ConsoleIntent()
    {
    }

    /// <summary>Refresh the cluster snapshot now instead of at the next poll.</summary>
    public sealed record Refresh : ConsoleIntent;

    /// <summary>The user opened a job's live log: stream it as <see cref="JobLogUpdate"/> messages.</summary>
    public sealed record FollowJob(long JobId) : ConsoleIntent;

    /// <summary>The user left the job's log: the stream can stop (the job itself runs on).</summary>
    public sealed record StopFollowing(long JobId) : ConsoleIntent;

    public sealed record Quit : ConsoleIntent;
}
