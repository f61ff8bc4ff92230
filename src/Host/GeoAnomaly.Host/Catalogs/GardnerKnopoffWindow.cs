namespace GeoAnomaly.Host.Catalogs;

/// <summary>Which magnitude-dependent space-time window a window declustering uses.</summary>
internal enum GardnerKnopoffWindow
{
    /// <summary>Gardner &amp; Knopoff (1974): the fit to their Table 1 that ZMAP and van Stiphout et al. (2012, CORSSA)
    /// use: d = 10^(0.1238 M + 0.983) km; t = 10^(0.032 M + 2.7389) days for M ≥ 6.5, else 10^(0.5409 M − 0.547) days.
    /// The default.</summary>
    GardnerKnopoff1974,

    /// <summary>Gardner &amp; Knopoff (1974) Table 1 itself (M 2.5..8.0 in steps of 0.5), interpolated linearly in
    /// log10 of distance and time between rows and held at the end rows outside that range.</summary>
    GardnerKnopoff1974Table,

    /// <summary>Grünthal (pers. comm., in van Stiphout et al. 2012): d = e^(1.77 + sqrt(0.037 + 1.02 M)) km;
    /// t = |e^(−3.95 + sqrt(0.62 + 17.32 M))| days for M &lt; 6.5, else 10^(2.8 + 0.024 M) days.</summary>
    Gruenthal,

    /// <summary>Uhrhammer (1986, Earthquake Notes 57, 21): d = e^(−1.024 + 0.804 M) km; t = e^(−2.87 + 1.235 M) days.</summary>
    Uhrhammer1986,
}

/// <summary>The window sizes of each <see cref="GardnerKnopoffWindow"/>.</summary>
internal static class GardnerKnopoffWindows
{
    // Gardner & Knopoff (1974, BSSA 64, 1363-1367) Table 1: magnitude, distance (km), time (days).
    private static readonly (double M, double Km, double Days)[] s_table =
    [
        (2.5, 19.5, 6), (3.0, 22.5, 11.5), (3.5, 26, 22), (4.0, 30, 42), (4.5, 35, 83), (5.0, 40, 155),
        (5.5, 47, 290), (6.0, 54, 510), (6.5, 61, 790), (7.0, 70, 915), (7.5, 81, 960), (8.0, 94, 985),
    ];

    /// <summary>The window half-width in km and length in days for a mainshock of magnitude <paramref name="magnitude"/>.</summary>
    /// <param name="window">The variant.</param>
    /// <param name="magnitude">The mainshock magnitude.</param>
    public static (double Km, double Days) Of(GardnerKnopoffWindow window, double magnitude) => window switch
    {
        GardnerKnopoffWindow.GardnerKnopoff1974 => (
            Math.Pow(10, (0.1238 * magnitude) + 0.983),
            magnitude >= 6.5 ? Math.Pow(10, (0.032 * magnitude) + 2.7389) : Math.Pow(10, (0.5409 * magnitude) - 0.547)),
        GardnerKnopoffWindow.GardnerKnopoff1974Table => FromTable(magnitude),
        GardnerKnopoffWindow.Gruenthal => (
            Math.Exp(1.77 + Math.Sqrt(0.037 + (1.02 * magnitude))),
            magnitude >= 6.5 ? Math.Pow(10, 2.8 + (0.024 * magnitude)) : Math.Abs(Math.Exp(-3.95 + Math.Sqrt(0.62 + (17.32 * magnitude))))),
        GardnerKnopoffWindow.Uhrhammer1986 => (Math.Exp(-1.024 + (0.804 * magnitude)), Math.Exp(-2.87 + (1.235 * magnitude))),
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "unknown window"),
    };

    private static (double Km, double Days) FromTable(double magnitude)
    {
        if (magnitude <= s_table[0].M)
        {
            return (s_table[0].Km, s_table[0].Days);
        }

        for (int i = 1; i < s_table.Length; i++)
        {
            if (magnitude <= s_table[i].M)
            {
                var (m0, d0, t0) = s_table[i - 1];
                var (m1, d1, t1) = s_table[i];
                double f = (magnitude - m0) / (m1 - m0);
                return (
                    Math.Pow(10, Math.Log10(d0) + (f * (Math.Log10(d1) - Math.Log10(d0)))),
                    Math.Pow(10, Math.Log10(t0) + (f * (Math.Log10(t1) - Math.Log10(t0)))));
            }
        }

        return (s_table[^1].Km, s_table[^1].Days);
    }
}
