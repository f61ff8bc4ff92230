using System.Text;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>An escaped, UTF-8 encoded field key followed by <c>=</c>, encoded once and reused for every point.</summary>
internal sealed class FieldKey
{
    /// <summary>Escapes <paramref name="name"/>.</summary>
    /// <param name="name">Raw field key.</param>
    /// <exception cref="ArgumentException">A key line protocol cannot carry (see <see cref="LineProtocol.EscapeFieldKey"/>).</exception>
    public FieldKey(string name)
    {
        Name = name;
        Utf8WithEquals = Encoding.UTF8.GetBytes(LineProtocol.EscapeFieldKey(name) + "=");
    }

    /// <summary>The raw key.</summary>
    public string Name { get; }

    /// <summary>The escaped key and <c>=</c> in UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8WithEquals { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
