using Microsoft.Data.Sqlite;

namespace GntTui.Engine.Store;

/// <summary>
/// The local SQLite file ($XDG_STATE_HOME/gnt-tui/state.db): WAL so the console and a
/// <c>gnt-tui status</c> can read while the other writes; schema versions applied in order.
/// </summary>
public sealed class StateStore : IDisposable
{
    private static int _initialised;
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public StateStore(string path)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 0)
        {
            SQLitePCL.Batteries_V2.Init();
        }
        Path = path;
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA busy_timeout=5000;");
        Execute("PRAGMA foreign_keys=ON;");
        Migrations.Apply(this);
    }

    public string Path { get; }

    /// <summary>The default location, following the XDG base directory spec.</summary>
    public static string DefaultPath()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state))
        {
            state = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        }
        return System.IO.Path.Combine(state, "gnt-tui", "state.db");
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="work"/> with the connection, one caller at a time.</summary>
    public T With<T>(Func<SqliteConnection, T> work)
    {
        lock (_gate)
        {
            return work(_connection);
        }
    }

    public void Execute(string sql, params (string Name, object? Value)[] parameters) =>
        With(c =>
        {
            using var cmd = Command(c, sql, parameters);
            return cmd.ExecuteNonQuery();
        });

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        With(c =>
        {
            using var cmd = Command(c, sql, parameters);
            return cmd.ExecuteScalar();
        });

    internal static SqliteCommand Command(SqliteConnection c, string sql, (string Name, object? Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }

    public void Dispose() => _connection.Dispose();
}
