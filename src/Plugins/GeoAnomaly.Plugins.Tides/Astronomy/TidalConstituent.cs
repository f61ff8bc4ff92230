namespace GeoAnomaly.Plugins.Tides.Astronomy;

/// <summary>One harmonic constituent of the tide: Darwin name, Doodson argument numbers, phase offset, equilibrium
/// amplitude and nodal group.</summary>
/// <param name="Name">Darwin symbol, as written in options and output names (M2, K1...).</param>
/// <param name="Doodson">Doodson argument numbers (multipliers of τ, s, h, p, N′, p₁; see <see cref="AstronomicalArguments"/>).</param>
/// <param name="PhaseOffsetDegrees">Constant added to the argument so that the equilibrium tide has a positive coefficient
/// (Schureman's convention: 0 for the semidiurnal and long-period waves, −90° for K1, +90° for O1, P1, Q1).</param>
/// <param name="EquilibriumAmplitude">Equilibrium-tide amplitude in metres (Apel 1987), used only for ratios within a species.</param>
/// <param name="Nodal">Which nodal factor and angle apply (<see cref="NodalCorrections"/>).</param>
/// <remarks>
/// <para>
/// The equilibrium argument at Greenwich is V(t) = n₁τ + n₂s + n₃h + n₄p + n₅N′ + n₆p₁ + offset, with τ = T − s + h the
/// mean lunar time (T the hour angle of the mean Sun) and s, h, p, N′ = −N, p₁ the mean longitudes of Moon, Sun, lunar
/// perigee, (minus) the lunar node, and solar perigee. The speed is the same sum of the rates. Doodson numbers and
/// offsets are those of Schureman (1958, US C&amp;GS Special Publication 98, Table 2, written there with T: e.g.
/// K1 = T + h − 90°, O1 = T − 2s + h + 90°, P1 = T − h + 90°), which are also NOAA CO-OPS's. The speeds they give agree
/// with NOAA's published constituent speeds to 10⁻⁷ °/h (checked in a test). Equilibrium amplitudes are those of Apel
/// (1987, Principles of Ocean Physics), as in Bosboom &amp; Stive, Coastal Dynamics, Table 3.5; their ratios equal those
/// of Cartwright &amp; Edden (1973) to three digits.
/// </para>
/// <list type="table">
/// <listheader><term>constituent</term><description>Doodson number; speed °/h; period h; equilibrium amplitude m</description></listheader>
/// <item><term>M2 principal lunar semidiurnal</term><description>255.555; 28.9841042; 12.4206; 0.242334</description></item>
/// <item><term>S2 principal solar semidiurnal</term><description>273.555; 30.0000000; 12.0000; 0.112841</description></item>
/// <item><term>N2 larger lunar elliptic</term><description>245.655; 28.4397295; 12.6583; 0.046398</description></item>
/// <item><term>K2 lunisolar semidiurnal</term><description>275.555; 30.0821373; 11.9672; 0.030704</description></item>
/// <item><term>K1 lunisolar diurnal</term><description>165.555; 15.0410686; 23.9345; 0.141565</description></item>
/// <item><term>O1 principal lunar diurnal</term><description>145.555; 13.9430356; 25.8193; 0.100514</description></item>
/// <item><term>P1 principal solar diurnal</term><description>163.555; 14.9589314; 24.0659; 0.046843</description></item>
/// <item><term>Q1 larger lunar elliptic diurnal</term><description>135.655; 13.3986609; 26.8684; 0.019256</description></item>
/// <item><term>Mf lunisolar fortnightly</term><description>075.555; 1.0980331; 327.86; 0.041742</description></item>
/// <item><term>Mm lunar monthly</term><description>065.455; 0.5443747; 661.31; 0.022026</description></item>
/// </list>
/// </remarks>
internal sealed record TidalConstituent(string Name, int[] Doodson, double PhaseOffsetDegrees, double EquilibriumAmplitude, NodalGroup Nodal)
{
    private static readonly TidalConstituent[] s_all =
    [
        new("M2", [2, 0, 0, 0, 0, 0], 0, 0.242334, NodalGroup.M2),
        new("S2", [2, 2, -2, 0, 0, 0], 0, 0.112841, NodalGroup.None),
        new("N2", [2, -1, 0, 1, 0, 0], 0, 0.046398, NodalGroup.M2),
        new("K2", [2, 2, 0, 0, 0, 0], 0, 0.030704, NodalGroup.K2),
        new("K1", [1, 1, 0, 0, 0, 0], -90, 0.141565, NodalGroup.K1),
        new("O1", [1, -1, 0, 0, 0, 0], 90, 0.100514, NodalGroup.O1),
        new("P1", [1, 1, -2, 0, 0, 0], 90, 0.046843, NodalGroup.None),
        new("Q1", [1, -2, 0, 1, 0, 0], 90, 0.019256, NodalGroup.O1),
        new("Mf", [0, 2, 0, 0, 0, 0], 0, 0.041742, NodalGroup.Mf),
        new("Mm", [0, 1, 0, -1, 0, 0], 0, 0.022026, NodalGroup.Mm),
    ];

    /// <summary>Every constituent this plugin knows, M2 first.</summary>
    public static IReadOnlyList<TidalConstituent> All => s_all;

    /// <summary>0 long-period, 1 diurnal, 2 semidiurnal: the first Doodson number.</summary>
    public int Species => Doodson[0];

    /// <summary>Angular speed in degrees per mean solar hour.</summary>
    public double SpeedDegreesPerHour => AstronomicalArguments.Speed(Doodson);

    /// <summary>Frequency in cycles per hour.</summary>
    public double CyclesPerHour => SpeedDegreesPerHour / 360.0;

    /// <summary>The constituent named <paramref name="name"/> (case-insensitive), or null.</summary>
    /// <param name="name">A Darwin symbol.</param>
    public static TidalConstituent? Find(string name) =>
        Array.Find(s_all, c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Equilibrium argument V (degrees, not reduced) at <paramref name="hours"/> after J2000.0.</summary>
    /// <param name="hours">Hours after 2000-01-01T12:00:00Z (UT).</param>
    public double Argument(double hours) => AstronomicalArguments.Argument(Doodson, hours) + PhaseOffsetDegrees;
}
