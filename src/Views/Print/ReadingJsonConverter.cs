using System.Text.Json;
using System.Text.Json.Serialization;
using GntTui.Engine.Ganeti;

namespace GntTui.Views.Print;

/// <summary>For scripts: a reading is its plain value, or the word for why there is none ("offline", "nodata"…).</summary>
public sealed class ReadingJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Reading<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class Writer<T> : JsonConverter<Reading<T>> where T : struct
    {
        public override Reading<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("status JSON is output only");

        public override void Write(Utf8JsonWriter writer, Reading<T> value, JsonSerializerOptions options)
        {
            if (value.HasValue)
            {
                JsonSerializer.Serialize(writer, value.Value, options);
            }
            else
            {
                writer.WriteStringValue(value.State.ToString().ToLowerInvariant());
            }
        }
    }
}
