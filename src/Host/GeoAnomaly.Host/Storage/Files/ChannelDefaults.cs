using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Channel identity for files that do not carry one (plain CSV): each value column's name becomes the channel code.</summary>
/// <param name="Network">Network code; default <see cref="UnknownNetwork"/>.</param>
/// <param name="Station">Station code; null for the file name without its extension.</param>
/// <param name="Kind">Channel kind of every column.</param>
/// <param name="Units">Units of every column; empty when unknown.</param>
/// <param name="Location">Station location, if known.</param>
internal sealed record ChannelDefaults(
    string Network = ChannelDefaults.UnknownNetwork,
    string? Station = null,
    ChannelKind Kind = ChannelKind.Other,
    string Units = "",
    StationLocation? Location = null)
{
    /// <summary>The network code of channels whose network nobody gave (the FDSN code for temporary/unknown networks).</summary>
    public const string UnknownNetwork = "XX";

    /// <summary>The station code for a file: <see cref="Station"/>, or the file name without extension.</summary>
    /// <param name="path">The file.</param>
    public string StationFor(string path) =>
        string.IsNullOrWhiteSpace(Station) ? Path.GetFileNameWithoutExtension(path) : Station;
}
