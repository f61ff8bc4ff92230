using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>One value column of a delimited file and the channel it feeds.</summary>
internal sealed record DelimitedChannel
{
    /// <summary>The value column: header name (string) or 1-based number. Required.</summary>
    [Description("Value column: header name or 1-based number.")]
    public ColumnRef Column { get; init; }

    /// <summary>Network code. Required.</summary>
    [Description("Network code.")]
    public string Network { get; init; } = string.Empty;

    /// <summary>Station code. Required.</summary>
    [Description("Station code.")]
    public string Station { get; init; } = string.Empty;

    /// <summary>Channel code; default: the column's header name.</summary>
    [Description("Channel code; default: the column's header name.")]
    public string? Channel { get; init; }

    /// <summary>Channel kind: deformation, electromagnetic, fluid or other. Default other.</summary>
    [Description("Channel kind: deformation, electromagnetic, fluid, other.")]
    public ChannelKind Kind { get; init; } = ChannelKind.Other;

    /// <summary>Units of the values (for example <c>m</c>, <c>nT</c>); default empty (unknown).</summary>
    [Description("Units of the values; empty when unknown.")]
    public string Units { get; init; } = string.Empty;

    /// <summary>Station location (latitude, longitude in degrees, elevationMetres); default none.</summary>
    [Description("Station location: latitude, longitude (degrees), elevationMetres.")]
    public StationLocation? Location { get; init; }
}
