namespace GeoAnomaly.Sdk;

/// <summary>The physical family of a station channel; preprocessing chains are chosen per kind.</summary>
public enum ChannelKind
{
    /// <summary>Strain, tilt, GNSS displacement.</summary>
    Deformation,

    /// <summary>Geomagnetic and geoelectric fields.</summary>
    Electromagnetic,

    /// <summary>Well water level, water temperature, radon and other fluid observations.</summary>
    Fluid,

    /// <summary>Anything else (meteorological auxiliaries, housekeeping).</summary>
    Other,
}
