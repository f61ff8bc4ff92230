namespace GeoAnomaly.Synthetic.Signals;

/// <summary>One harmonic constituent of the tide: Darwin name, angular speed, and equilibrium amplitude relative to M2.</summary>
/// <param name="Name">Darwin symbol (M2, S2...).</param>
/// <param name="SpeedDegreesPerHour">Angular speed, degrees per (mean solar) hour; the period is 360 / speed hours.</param>
/// <param name="Species">1 for diurnal, 2 for semidiurnal; the potential's phase advances by species × longitude.</param>
/// <param name="RelativeAmplitude">Equilibrium amplitude divided by that of M2.</param>
/// <remarks>
/// <para>
/// Speeds are the standard Doodson values as tabulated by the UK National Oceanography Centre (NTSLF
/// "short tide list", <c>https://livnocweb2.nerc-liv.ac.uk/ntslf/files/acclaimdata/gloup/short_tide_list.html</c>) and in
/// Schureman (1958, US C&amp;GS Special Publication 98); they are sums of the Doodson fundamental rates (for example
/// M2 = 2(15 + h − s) with h, s the mean longitude rates of Sun and Moon), so K1 = 15 + h has the sidereal day as period.
/// Periods quoted with more digits elsewhere (12.65834751 h for N2, 23.93447213 h for K1) differ from 360/speed in the
/// seventh significant digit, well below anything a two-week record resolves. Relative amplitudes are the equilibrium-tide amplitudes of Apel
/// (1987, Principles of Ocean Physics), as reproduced by Bosboom and Stive, Coastal Dynamics, Table 3.5:
/// M2 0.242334 m, S2 0.112841, N2 0.046398, K2 0.030704, K1 0.141565, O1 0.100514, P1 0.046843, Q1 0.019256.
/// </para>
/// <list type="table">
/// <listheader><term>constituent</term><description>speed °/h; period h; amplitude / M2</description></listheader>
/// <item><term>M2 principal lunar</term><description>28.9841042; 12.4206012; 1</description></item>
/// <item><term>S2 principal solar</term><description>30.0000000; 12.0000000; 0.466</description></item>
/// <item><term>N2 larger lunar elliptic</term><description>28.4397295; 12.6583482; 0.191</description></item>
/// <item><term>K2 lunisolar</term><description>30.0821373; 11.9672348; 0.127</description></item>
/// <item><term>K1 lunisolar diurnal</term><description>15.0410686; 23.9344697 (the sidereal day); 0.584</description></item>
/// <item><term>O1 principal lunar diurnal</term><description>13.9430356; 25.8193417; 0.415</description></item>
/// <item><term>P1 principal solar diurnal</term><description>14.9589314; 24.0658902; 0.193</description></item>
/// <item><term>Q1 larger lunar elliptic diurnal</term><description>13.3986609; 26.8683567; 0.079</description></item>
/// </list>
/// </remarks>
internal sealed record TidalConstituent(string Name, double SpeedDegreesPerHour, int Species, double RelativeAmplitude)
{
    private const double M2Equilibrium = 0.242334;

    private static readonly TidalConstituent[] s_principal =
    [
        new("M2", 28.9841042, 2, 1.0),
        new("S2", 30.0000000, 2, 0.112841 / M2Equilibrium),
        new("N2", 28.4397295, 2, 0.046398 / M2Equilibrium),
        new("K2", 30.0821373, 2, 0.030704 / M2Equilibrium),
        new("K1", 15.0410686, 1, 0.141565 / M2Equilibrium),
        new("O1", 13.9430356, 1, 0.100514 / M2Equilibrium),
        new("P1", 14.9589314, 1, 0.046843 / M2Equilibrium),
        new("Q1", 13.3986609, 1, 0.019256 / M2Equilibrium),
    ];

    /// <summary>The eight principal constituents, M2 first.</summary>
    public static IReadOnlyList<TidalConstituent> Principal => s_principal;

    /// <summary>Period in hours: 360 / speed.</summary>
    public double PeriodHours => 360.0 / SpeedDegreesPerHour;

    /// <summary>Frequency in cycles per day: speed × 24 / 360.</summary>
    public double CyclesPerDay => SpeedDegreesPerHour * 24.0 / 360.0;

    /// <summary>The constituent named <paramref name="name"/>.</summary>
    /// <param name="name">A Darwin symbol from <see cref="Principal"/>.</param>
    public static TidalConstituent Named(string name) =>
        s_principal.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"unknown tidal constituent '{name}'", nameof(name));
}
