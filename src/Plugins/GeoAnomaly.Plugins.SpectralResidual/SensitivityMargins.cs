namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>
/// ML.NET's margins of the entire-series detector: a boundary unit per sample from the local level, a margin of
/// <c>factor(sensitivity) * unit</c>, and an anomaly score from how many margins a value lies from its expectation.
/// </summary>
/// <remarks>
/// <para>The factor of sensitivity <c>s</c> (0..100) falls from 532 to 0; ML.NET lists it as a table and documents the
/// piecewise formulas it came from (in <c>SrCnnEntireAnomalyDetector</c>), which <see cref="Factor"/> evaluates:
/// with <c>i = s + 5</c>, <c>0.8 (i - 30)^2 + 32</c> below 30, then straight lines
/// <c>-1.25 i + 67.5</c>, <c>-0.4 i + 25</c>, <c>-0.04 i + 3.4</c>, <c>-0.03 i + 2.7</c>, <c>-0.015 i + 1.5</c>
/// over the decades 30..89 and <c>-0.0118181818 i + 1.2136363636</c> from 90 (with 99 in place of 98), then
/// 0.012, five steps of 0.001925 down from 0.008, and 0 (bit for bit ML.NET's table). Fractional sensitivities
/// interpolate linearly.</para>
/// <para>The unit is ML.NET's: the trend is a centred running median over <c>min(n / 3, 512)</c> samples (shrinking at
/// the ends); unit = half the mean |trend| of the non-anomalous samples + half the sample's own |trend|, or 0.3 when
/// every such trend is near zero. Margins are therefore proportional to the local level of the series: meaningful for
/// positive quantities such as counts and rates, very wide for channels with a large arbitrary offset (strain,
/// tilt), where <c>score</c> and <c>expected</c> are the outputs to use. ML.NET tests <c>trend &lt; 1e-8</c> for "near
/// zero", which also catches every negative trend; we test <c>|trend| &lt; 1e-8</c>.</para>
/// </remarks>
internal static class SensitivityMargins
{
    /// <summary>Sensitivity of the band within which a normal sample's expected value is kept (ML.NET: 93).</summary>
    public const double BoundSensitivity = 93;

    private const double UnitForZero = 0.3;
    private const double NearZero = 1e-8;
    private const int MaxTrendWindow = 512;

    private static readonly double[] s_factors = BuildFactors();

    /// <summary>The margin factor at integer sensitivity <paramref name="index"/> (0..100).</summary>
    public static double Factor(int index) => s_factors[index];

    /// <summary>The half-width of the band around the expected value.</summary>
    /// <param name="unit">The boundary unit.</param>
    /// <param name="sensitivity">0 to 100.</param>
    public static double Margin(double unit, double sensitivity)
    {
        int lower = (int)Math.Floor(sensitivity);
        if (lower == sensitivity)
        {
            return unit * s_factors[lower];
        }

        return (s_factors[lower + 1] + ((s_factors[lower] - s_factors[lower + 1]) * (1 - sensitivity + lower))) * unit;
    }

    /// <summary>
    /// ML.NET's anomaly score of an anomaly: the sensitivity whose margin reaches the value's distance from its
    /// expectation, over 100 (0 for a normal sample; above 1 beyond the widest margin).
    /// </summary>
    public static double AnomalyScore(double value, double expected, double unit, bool isAnomaly)
    {
        if (!isAnomaly)
        {
            return 0;
        }

        double distance = Math.Abs(expected - value) / unit;

        // the smallest k with factor[100 - k] >= distance (factors fall with the index), 100 when none
        int k = 0;
        int high = 100;
        while (k < high)
        {
            int mid = (k + high) / 2;
            if (s_factors[100 - mid] < distance)
            {
                k = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        if (k == 0 || s_factors[100 - k] == distance)
        {
            return k / 100.0;
        }

        double below = s_factors[101 - k];
        double above = s_factors[100 - k];
        return (k - 1 + ((distance - below) / (above - below))) / 100.0;
    }

    /// <summary>The boundary unit of every sample.</summary>
    /// <param name="values">The batch's values.</param>
    /// <param name="isAnomaly">Which samples are anomalies (left out of the average trend).</param>
    /// <param name="units">Receives the units.</param>
    public static void BoundaryUnits(ReadOnlySpan<double> values, ReadOnlySpan<bool> isAnomaly, Span<double> units)
    {
        int n = values.Length;
        int window = Math.Min(n / 3, MaxTrendWindow);
        RunningMedian.Centred(values, window / 2, units);
        double trendSum = 0;
        int counted = 0;
        bool nearZero = true;
        for (int i = 0; i < n; i++)
        {
            if (!isAnomaly[i])
            {
                nearZero &= Math.Abs(units[i]) < NearZero;
                trendSum += Math.Abs(units[i]);
                counted++;
            }
        }

        double ownShare = counted > 0 ? 0.5 : 1.0;
        double averagePart = counted > 0 ? trendSum / counted * (1 - ownShare) : 0;
        for (int i = 0; i < n; i++)
        {
            units[i] = nearZero ? UnitForZero : averagePart + (Math.Abs(units[i]) * ownShare);
        }
    }

    private static double[] BuildFactors()
    {
        double[] factors = new double[101];
        for (int s = 0; s <= 100; s++)
        {
            int i = s + 5;
            factors[s] = i switch
            {
                < 30 => (0.8 * ((i - 30) * (i - 30))) + 32,
                < 50 => (-1.25 * i) + 67.5,
                < 60 => (-0.4 * i) + 25,
                < 70 => (-0.04 * i) + 3.4,
                < 80 => (-0.03 * i) + 2.7,
                < 90 => (-0.015 * i) + 1.4999999999999998,
                < 98 => (-0.011818181818181818 * i) + 1.2136363636363636,
                98 => (-0.011818181818181818 * 99) + 1.2136363636363636,
                99 => 0.01200000000000001,
                < 105 => (-0.001925 * (i - 100)) + 0.008,
                _ => 0,
            };
        }

        return factors;
    }
}
