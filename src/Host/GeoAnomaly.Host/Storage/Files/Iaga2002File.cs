namespace GeoAnomaly.Host.Storage.Files;

/// <summary>An IAGA-2002 file as read: its header and one series per reported element.</summary>
/// <param name="Header">The file header.</param>
/// <param name="Channels">One series per element, in column order; unused (<c>NUL</c>) slots are left out.</param>
internal sealed record Iaga2002File(Iaga2002Header Header, IReadOnlyList<ChannelSeries> Channels);
