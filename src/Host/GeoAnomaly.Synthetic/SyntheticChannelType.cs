namespace GeoAnomaly.Synthetic;

/// <summary>The instruments a synthetic station can carry. See <see cref="ChannelTypeInfo"/> for codes, units and noise levels.</summary>
/// <remarks>Ordinals seed each channel's random streams, so they are part of the reproducibility contract.</remarks>
internal enum SyntheticChannelType
{
    /// <summary>Borehole linear strain gauge, nstrain (10⁻⁹), extension positive.</summary>
    Strain = 0,

    /// <summary>Borehole tiltmeter, north component, µrad.</summary>
    TiltNorth = 1,

    /// <summary>Borehole tiltmeter, east component, µrad.</summary>
    TiltEast = 2,

    /// <summary>Geomagnetic field, horizontal (magnetic north) component H, nT.</summary>
    MagneticH = 3,

    /// <summary>Geomagnetic field, horizontal east component E (the D direction expressed in nT), nT.</summary>
    MagneticE = 4,

    /// <summary>Geomagnetic field, vertical component Z (down positive), nT.</summary>
    MagneticZ = 5,

    /// <summary>Barometric air pressure at the wellhead, hPa. An auxiliary channel: no anomalies or steps are injected.</summary>
    AirPressure = 6,

    /// <summary>Well water level (height of the water column above the sensor), m.</summary>
    WaterLevel = 7,

    /// <summary>Well water temperature, °C.</summary>
    WaterTemperature = 8,

    /// <summary>Dissolved radon concentration in well water, Bq/L.</summary>
    Radon = 9,
}
