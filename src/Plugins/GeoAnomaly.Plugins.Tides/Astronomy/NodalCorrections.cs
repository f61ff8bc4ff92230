namespace GeoAnomaly.Plugins.Tides.Astronomy;

/// <summary>Which nodal factor and angle a constituent takes.</summary>
internal enum NodalGroup
{
    /// <summary>Solar constituents (S2, P1): f = 1, u = 0.</summary>
    None,

    /// <summary>M2 and N2.</summary>
    M2,

    /// <summary>K1.</summary>
    K1,

    /// <summary>O1 and Q1.</summary>
    O1,

    /// <summary>K2.</summary>
    K2,

    /// <summary>Mf.</summary>
    Mf,

    /// <summary>Mm.</summary>
    Mm,
}

/// <summary>Nodal factor f and nodal angle u: the 18.61-year modulation of the lunar constituents by the regression
/// of the Moon's node.</summary>
/// <remarks>
/// <para>A constituent's tide is <c>f·H·cos(V + u − g)</c>, H and g its harmonic constants. The series in the node
/// longitude N are Schureman's (1958, US C&amp;GS Special Publication 98), in the form tabulated by Doodson and used by
/// Foreman's (1977) and the T_TIDE-era analysis programs:</para>
/// <list type="table">
/// <listheader><term>group</term><description>f; u (degrees)</description></listheader>
/// <item><term>M2, N2</term><description>1.0004 − 0.0373 cos N + 0.0002 cos 2N; −2.14 sin N</description></item>
/// <item><term>K1</term><description>1.0060 + 0.1150 cos N − 0.0088 cos 2N + 0.0006 cos 3N; −8.86 sin N + 0.68 sin 2N − 0.07 sin 3N</description></item>
/// <item><term>O1, Q1</term><description>1.0089 + 0.1871 cos N − 0.0147 cos 2N + 0.0014 cos 3N; 10.80 sin N − 1.34 sin 2N + 0.19 sin 3N</description></item>
/// <item><term>K2</term><description>1.0241 + 0.2863 cos N + 0.0083 cos 2N − 0.0015 cos 3N; −17.74 sin N + 0.68 sin 2N − 0.04 sin 3N</description></item>
/// <item><term>Mf</term><description>1.0429 + 0.4135 cos N − 0.0040 cos 2N; −23.74 sin N + 2.68 sin 2N − 0.38 sin 3N</description></item>
/// <item><term>Mm</term><description>1.0000 − 0.1300 cos N + 0.0013 cos 2N; 0</description></item>
/// <item><term>S2, P1</term><description>1; 0</description></item>
/// </list>
/// <para>The UK Admiralty's tables (NP 159) differ in the constant term by up to 0.009 (O1); that is below what a
/// month of data resolves and cancels in ratios within a group.</para>
/// </remarks>
internal static class NodalCorrections
{
    /// <summary>Nodal factor f and angle u (degrees) of <paramref name="group"/> at node longitude <paramref name="nodeDegrees"/>.</summary>
    /// <param name="group">The constituent's group.</param>
    /// <param name="nodeDegrees">N, the longitude of the Moon's ascending node, degrees.</param>
    public static (double F, double U) At(NodalGroup group, double nodeDegrees)
    {
        double n = nodeDegrees * Math.PI / 180.0;
        double c1 = Math.Cos(n);
        double c2 = Math.Cos(2 * n);
        double c3 = Math.Cos(3 * n);
        double s1 = Math.Sin(n);
        double s2 = Math.Sin(2 * n);
        double s3 = Math.Sin(3 * n);
        return group switch
        {
            NodalGroup.M2 => (1.0004 - (0.0373 * c1) + (0.0002 * c2), -2.14 * s1),
            NodalGroup.K1 => (1.0060 + (0.1150 * c1) - (0.0088 * c2) + (0.0006 * c3), (-8.86 * s1) + (0.68 * s2) - (0.07 * s3)),
            NodalGroup.O1 => (1.0089 + (0.1871 * c1) - (0.0147 * c2) + (0.0014 * c3), (10.80 * s1) - (1.34 * s2) + (0.19 * s3)),
            NodalGroup.K2 => (1.0241 + (0.2863 * c1) + (0.0083 * c2) - (0.0015 * c3), (-17.74 * s1) + (0.68 * s2) - (0.04 * s3)),
            NodalGroup.Mf => (1.0429 + (0.4135 * c1) - (0.0040 * c2), (-23.74 * s1) + (2.68 * s2) - (0.38 * s3)),
            NodalGroup.Mm => (1.0000 - (0.1300 * c1) + (0.0013 * c2), 0.0),
            _ => (1.0, 0.0),
        };
    }

    /// <summary>Nodal factor and angle of <paramref name="constituent"/> at <paramref name="hours"/> after J2000.0.</summary>
    /// <param name="constituent">The constituent.</param>
    /// <param name="hours">Hours after J2000.0.</param>
    public static (double F, double U) At(TidalConstituent constituent, double hours) =>
        At(constituent.Nodal, AstronomicalArguments.NodeLongitude(hours));
}
