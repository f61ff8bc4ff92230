using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>The text forms of channel kinds and anomaly kinds in files (<c>electromagnetic</c>, <c>level-shift</c>).</summary>
internal static class KindNames
{
    private static readonly Dictionary<string, ChannelKind> s_channelKinds = Enum.GetValues<ChannelKind>()
        .ToDictionary(k => k.ToString(), k => k, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, AnomalyKind> s_anomalyKinds = Enum.GetValues<AnomalyKind>()
        .ToDictionary(k => k.ToString(), k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every channel kind's text, for messages.</summary>
    public static string ChannelKinds => string.Join(", ", Enum.GetValues<ChannelKind>().Select(Text));

    /// <summary>Every anomaly kind's text, for messages.</summary>
    public static string AnomalyKinds => string.Join(", ", Enum.GetValues<AnomalyKind>().Select(Text));

    /// <summary>Lower-case kebab text of a channel kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string Text(ChannelKind kind) => Kebab(kind.ToString());

    /// <summary>Lower-case kebab text of an anomaly kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string Text(AnomalyKind kind) => Kebab(kind.ToString());

    /// <summary>Parses a channel kind (case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind.</param>
    public static bool TryParse(string text, out ChannelKind kind) => s_channelKinds.TryGetValue(Key(text), out kind);

    /// <summary>Parses an anomaly kind (case-insensitive; <c>level-shift</c>, <c>LevelShift</c> and <c>level_shift</c> all work).</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind.</param>
    public static bool TryParse(string text, out AnomalyKind kind) => s_anomalyKinds.TryGetValue(Key(text), out kind);

    private static string Key(string text) =>
        text.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);

    private static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
