using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>ISO 8601 times given on the command line (UTC unless they carry an offset).</summary>
internal static class CliTimes
{
    /// <summary>The time, or null when <paramref name="text"/> is not ISO 8601.</summary>
    /// <param name="text">The text.</param>
    public static DateTimeOffset? TryParse(string? text) =>
        text is not null && IsoTime.TryParse(text.Trim(), out var naive, out var offset)
            ? new DateTimeOffset(naive.Ticks - (offset ?? TimeSpan.Zero).Ticks, TimeSpan.Zero)
            : null;

    /// <summary>Parses an ISO 8601 time.</summary>
    /// <param name="text">The text.</param>
    /// <param name="option">The option, for the message.</param>
    /// <exception cref="UsageException">Not ISO 8601, naming the option.</exception>
    public static DateTimeOffset Parse(string text, string option) =>
        TryParse(text) ?? throw new UsageException($"{option}: '{text}' is not an ISO 8601 time");
}
