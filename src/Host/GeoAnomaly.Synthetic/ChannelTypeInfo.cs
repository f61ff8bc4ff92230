using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <summary>Fixed facts about one <see cref="SyntheticChannelType"/>: channel code, kind, units, nominal noise, file precision.</summary>
/// <param name="Type">The instrument.</param>
/// <param name="Code">Channel code used in <see cref="ChannelId"/> and as the CSV column name.</param>
/// <param name="Kind">The channel family as the rest of GeoAnomaly sees it.</param>
/// <param name="Units">Units of the values.</param>
/// <param name="WhiteNoise">Nominal standard deviation of the white (instrument) noise, in <paramref name="Units"/>; each channel draws 0.7..1.3 times this.</param>
/// <param name="RedNoise">Nominal stationary standard deviation of the red (AR(1)) noise, in <paramref name="Units"/>.</param>
/// <param name="RedNoiseTime">Correlation time of the red noise: the AR(1) coefficient is exp(-step / time).</param>
/// <param name="Decimals">Decimals written to CSV files (the instrument's resolution).</param>
/// <remarks>
/// <para>Nominal noise levels, chosen to be typical of the instruments rather than of one maker:</para>
/// <list type="table">
/// <listheader><term>type</term><description>white σ, red σ (correlation time); reference signal size</description></listheader>
/// <item><term>strain</term><description>0.3, 2 nstrain (1 day); M2 tide 10..40 nstrain, drift up to thousands of nstrain</description></item>
/// <item><term>tilt</term><description>0.001, 0.005 µrad (1 day); M2 tide 0.02..0.08 µrad</description></item>
/// <item><term>H, E, Z</term><description>0.1, 0.3..0.5 nT (1 h) plus a network-wide external disturbance of 2 nT; Sq 8..40 nT</description></item>
/// <item><term>pressure</term><description>0.01 hPa (barometer resolution); synoptic ±5 hPa, S2 ≈ 1 hPa</description></item>
/// <item><term>water level</term><description>1 mm, 3 mm (2 days); tide 5..30 mm, barometric 2..8 mm/hPa</description></item>
/// <item><term>water temperature</term><description>0.5, 2 mK (2 days)</description></item>
/// <item><term>radon</term><description>3 % and 5 % (1 day) of the station's mean concentration</description></item>
/// </list>
/// </remarks>
internal sealed record ChannelTypeInfo(
    SyntheticChannelType Type,
    string Code,
    ChannelKind Kind,
    string Units,
    double WhiteNoise,
    double RedNoise,
    TimeSpan RedNoiseTime,
    int Decimals)
{
    private static readonly ChannelTypeInfo[] s_all =
    [
        new(SyntheticChannelType.Strain, "strain", ChannelKind.Deformation, "nstrain", 0.3, 2.0, TimeSpan.FromDays(1), 3),
        new(SyntheticChannelType.TiltNorth, "tilt-n", ChannelKind.Deformation, "µrad", 0.001, 0.005, TimeSpan.FromDays(1), 5),
        new(SyntheticChannelType.TiltEast, "tilt-e", ChannelKind.Deformation, "µrad", 0.001, 0.005, TimeSpan.FromDays(1), 5),
        new(SyntheticChannelType.MagneticH, "H", ChannelKind.Electromagnetic, "nT", 0.1, 0.5, TimeSpan.FromHours(1), 2),
        new(SyntheticChannelType.MagneticE, "E", ChannelKind.Electromagnetic, "nT", 0.1, 0.4, TimeSpan.FromHours(1), 2),
        new(SyntheticChannelType.MagneticZ, "Z", ChannelKind.Electromagnetic, "nT", 0.1, 0.3, TimeSpan.FromHours(1), 2),
        new(SyntheticChannelType.AirPressure, "baro", ChannelKind.Other, "hPa", 0.01, 0.0, TimeSpan.FromHours(1), 3),
        new(SyntheticChannelType.WaterLevel, "wl", ChannelKind.Fluid, "m", 0.001, 0.003, TimeSpan.FromDays(2), 5),
        new(SyntheticChannelType.WaterTemperature, "wtemp", ChannelKind.Fluid, "°C", 0.0005, 0.002, TimeSpan.FromDays(2), 5),
        new(SyntheticChannelType.Radon, "radon", ChannelKind.Fluid, "Bq/L", 0.03, 0.05, TimeSpan.FromDays(1), 3),
    ];

    /// <summary>Every channel type, in ordinal order.</summary>
    public static IReadOnlyList<ChannelTypeInfo> All => s_all;

    /// <summary>True when noise levels are fractions of the station's mean value rather than absolute (radon).</summary>
    public bool RelativeNoise => Type == SyntheticChannelType.Radon;

    /// <summary>True for channels that get instrument steps and injected anomalies (everything but air pressure).</summary>
    public bool CarriesAnomalies => Type != SyntheticChannelType.AirPressure;

    /// <summary>True for channels that get instrument steps: deformation and fluid instruments.</summary>
    public bool CarriesSteps => Kind is ChannelKind.Deformation or ChannelKind.Fluid;

    /// <summary>The facts for <paramref name="type"/>.</summary>
    /// <param name="type">A channel type.</param>
    public static ChannelTypeInfo Of(SyntheticChannelType type) => s_all[(int)type];
}
