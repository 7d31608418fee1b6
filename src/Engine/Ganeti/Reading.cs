using System.Globalization;

namespace GntTui.Engine.Ganeti;

/// <summary>A field as Ganeti reported it: a value, or the reason there is none.</summary>
public readonly record struct Reading<T>(FieldState State, T Value) where T : struct
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasValue => State == FieldState.Ok;

    public static Reading<T> Of(T value) => new(FieldState.Ok, value);

    public static Reading<T> Missing(FieldState state) => new(state, default);

    [System.Text.Json.Serialization.JsonIgnore]
    public T? OrNull => HasValue ? Value : null;

    public override string ToString() => State switch
    {
        FieldState.Ok => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? "",
        FieldState.Offline => "*",
        FieldState.NoData => "?",
        FieldState.Unavailable => "-",
        _ => "??",
    };
}
