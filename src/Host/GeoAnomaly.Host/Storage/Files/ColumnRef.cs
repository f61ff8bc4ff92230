using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>A column of a text file, by header name or by 1-based number; in JSON a string or a number.</summary>
[JsonConverter(typeof(ColumnRefJsonConverter))]
internal readonly record struct ColumnRef
{
    private ColumnRef(string? name, int number)
    {
        Name = name;
        Number = number;
    }

    /// <summary>The header name, or null when the column is given by number.</summary>
    public string? Name { get; }

    /// <summary>The 1-based column number, or 0 when the column is given by name.</summary>
    public int Number { get; }

    /// <summary>True for a default value that names no column.</summary>
    public bool IsEmpty => Name is null && Number == 0;

    /// <summary>The column with header <paramref name="name"/>.</summary>
    /// <param name="name">Header name.</param>
    public static ColumnRef Named(string name) => new(name, 0);

    /// <summary>Column number <paramref name="number"/> (1-based).</summary>
    /// <param name="number">1-based column number.</param>
    public static ColumnRef At(int number) => new(null, number);

    /// <summary>Allows <c>"wl"</c> where a column is expected.</summary>
    /// <param name="name">Header name.</param>
    public static implicit operator ColumnRef(string name) => Named(name);

    /// <summary>Allows <c>3</c> where a column is expected.</summary>
    /// <param name="number">1-based column number.</param>
    public static implicit operator ColumnRef(int number) => At(number);

    /// <summary>Returns <c>'wl'</c> or <c>#3</c>.</summary>
    public override string ToString() => Name is null ? $"#{Number}" : $"'{Name}'";
}

/// <summary>Binds <see cref="ColumnRef"/> from a JSON string (name) or number (1-based position).</summary>
internal sealed class ColumnRefJsonConverter : JsonConverter<ColumnRef>
{
    /// <inheritdoc />
    public override ColumnRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => ColumnRef.Named(reader.GetString()!),
        JsonTokenType.Number when reader.TryGetInt32(out int n) => ColumnRef.At(n),
        _ => throw new JsonException("a column is a header name (string) or a 1-based column number"),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ColumnRef value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Name is null)
        {
            writer.WriteNumberValue(value.Number);
        }
        else
        {
            writer.WriteStringValue(value.Name);
        }
    }
}
