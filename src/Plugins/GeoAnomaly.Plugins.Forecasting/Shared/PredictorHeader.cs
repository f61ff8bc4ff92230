using System.Text;

namespace GeoAnomaly.Plugins.Forecasting.Shared;

/// <summary>The self-describing start of every saved predictor of this plugin: a magic string, the component name, the
/// format version and the feature names, then a length-prefixed payload (the model itself).</summary>
/// <remarks>Layout, all through <see cref="BinaryWriter"/> (UTF-8 strings with 7-bit length prefixes, little-endian
/// integers): <c>"GeoAnomaly.ForecastModel"</c>, component name, <c>int32</c> format version, <c>int32</c> feature count,
/// each feature name, <c>int64</c> payload length, payload bytes.</remarks>
internal static class PredictorHeader
{
    /// <summary>The first string of every saved predictor.</summary>
    public const string Magic = "GeoAnomaly.ForecastModel";

    /// <summary>Writes the header and <paramref name="payload"/> to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="component">The component name.</param>
    /// <param name="formatVersion">The component's format version.</param>
    /// <param name="features">The feature names.</param>
    /// <param name="payload">The model bytes.</param>
    public static void Write(Stream stream, string component, int formatVersion, IReadOnlyList<string> features, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(component);
        writer.Write(formatVersion);
        writer.Write(features.Count);
        foreach (string feature in features)
        {
            writer.Write(feature);
        }

        writer.Write((long)payload.Length);
        writer.Write(payload);
    }

    /// <summary>Reads a header written by <see cref="Write"/> for <paramref name="component"/> and returns the feature
    /// names and the payload.</summary>
    /// <param name="stream">The saved bytes (left open).</param>
    /// <param name="component">The component expected.</param>
    /// <param name="formatVersion">The format version expected.</param>
    /// <exception cref="InvalidDataException">The stream is not a predictor of <paramref name="component"/> in
    /// <paramref name="formatVersion"/>, or is cut short; the message names what was found.</exception>
    public static (string[] Features, byte[] Payload) Read(Stream stream, string component, int formatVersion)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            string magic = reader.ReadString();
            if (magic != Magic)
            {
                throw new InvalidDataException($"{component}: not a saved GeoAnomaly forecast model (it starts with '{Shorten(magic)}', expected '{Magic}')");
            }

            string found = reader.ReadString();
            if (found != component)
            {
                throw new InvalidDataException($"{component}: the stream holds a '{found}' model, not a '{component}' one");
            }

            int version = reader.ReadInt32();
            if (version != formatVersion)
            {
                throw new InvalidDataException($"{component}: the stream holds format version {version}; this build reads version {formatVersion}");
            }

            int count = reader.ReadInt32();
            if (count is < 1 or > 1_000_000)
            {
                throw new InvalidDataException($"{component}: the stream claims {count} features");
            }

            string[] features = new string[count];
            for (int i = 0; i < count; i++)
            {
                features[i] = reader.ReadString();
            }

            long length = reader.ReadInt64();
            if (length is < 0 or > int.MaxValue)
            {
                throw new InvalidDataException($"{component}: the stream claims a model of {length} bytes");
            }

            byte[] payload = reader.ReadBytes((int)length);
            if (payload.Length != length)
            {
                throw new InvalidDataException($"{component}: the stream ends after {payload.Length} of the model's {length} bytes");
            }

            return (features, payload);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{component}: the stream ends inside the model header", e);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
