using System.Globalization;

namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>
/// Reyes, Morales-Esteban &amp; Martínez-Álvarez's (2013) seven inputs x1..x7 at an issue time t.
/// </summary>
/// <remarks>
/// <para>Source: J. Reyes, A. Morales-Esteban and F. Martínez-Álvarez, "Neural networks to predict earthquakes in
/// Chile", Applied Soft Computing 13, 1314-1328 (2013). With b_i the Aki-Utsu b-value of the last 50 events before t
/// (<see cref="AkiUtsuBValue"/>) and b_{i-k} that of the 50 events ending k events earlier:</para>
/// <list type="bullet">
/// <item>x1 = b_i - b_{i-4}, x2 = b_{i-4} - b_{i-8}, x3 = b_{i-8} - b_{i-12}, x4 = b_{i-12} - b_{i-16},
/// x5 = b_{i-16} - b_{i-20} (x_k needs 50 + 4k events).</item>
/// <item>x6 = the largest magnitude in [t - 7 days, t) (NaN, with a reason, when there is none; EQPgen writes 0).</item>
/// <item>x7 = 10^(-3 b_i), the Gutenberg-Richter probability of M ≥ 6 given M ≥ 3.</item>
/// </list>
/// <para>The counts, step, window and the 3 are options (<see cref="IndicatorOptions"/>). When
/// <see cref="IndicatorOptions.CompletenessMagnitude"/> is set, the b windows count only events at or above it.</para>
/// </remarks>
internal static class ReyesIndicators
{
    private static readonly Indicator[] s_increments = [Indicator.X1, Indicator.X2, Indicator.X3, Indicator.X4, Indicator.X5];

    /// <summary>Writes x1..x7 into <paramref name="row"/>.</summary>
    /// <param name="row">The row to fill.</param>
    /// <param name="events">Events in time order; only <c>events[0..cut)</c> (all strictly before t) are read.</param>
    /// <param name="cut">Number of events strictly before t.</param>
    /// <param name="time">The issue time t.</param>
    /// <param name="options">Counts, windows, Mc and bin width.</param>
    public static void Fill(IndicatorValues row, IReadOnlyList<Earthquake> events, int cut, DateTimeOffset time, IndicatorOptions options)
    {
        int window = options.BValueEventCount;
        int step = options.BValueStep;
        int needed = window + (step * s_increments.Length);
        double[] magnitudes = EligibleTail(events, cut, needed, options.CompletenessMagnitude);
        int count = magnitudes.Length; // min(needed, eligible events)
        double[] b = new double[s_increments.Length + 1];
        string?[] reasons = new string?[b.Length];
        for (int k = 0; k < b.Length; k++)
        {
            int end = count - (step * k);
            if (end - window < 0)
            {
                b[k] = double.NaN;
                reasons[k] = string.Create(CultureInfo.InvariantCulture,
                    $"needs {window + (step * k)} events{McText(options)} before t, has {count}");
                continue;
            }

            b[k] = AkiUtsuBValue.Estimate(magnitudes.AsSpan(end - window, window), options.MagnitudeBinWidth,
                options.CompletenessMagnitude, out reasons[k]);
        }

        for (int k = 0; k < s_increments.Length; k++)
        {
            row.Set(s_increments[k], b[k] - b[k + 1], reasons[k + 1] ?? reasons[k] ?? "b difference not finite");
        }

        row.Set(Indicator.X7, Math.Pow(10, -options.X7MagnitudeDifference * b[0]), reasons[0] ?? "x7 not finite");
        FillMaximum(row, events, cut, time, options.MaximumMagnitudeWindow);
    }

    /// <summary>The magnitudes of the last <paramref name="needed"/> events before the cut at or above Mc, in time order.</summary>
    private static double[] EligibleTail(IReadOnlyList<Earthquake> events, int cut, int needed, double? completeness)
    {
        double[] tail = new double[needed];
        int k = needed;
        for (int i = cut - 1; i >= 0 && k > 0; i--)
        {
            SeismicityIndicators.CheckEvent(events, i);
            double m = events[i].Magnitude;
            if (completeness is not { } mc || m >= mc - 1e-9)
            {
                tail[--k] = m;
            }
        }

        return k == 0 ? tail : tail[k..];
    }

    private static void FillMaximum(IndicatorValues row, IReadOnlyList<Earthquake> events, int cut, DateTimeOffset time, TimeSpan window)
    {
        DateTimeOffset from = time - window;
        double max = double.NegativeInfinity;
        for (int i = cut - 1; i >= 0 && events[i].Time >= from; i--)
        {
            SeismicityIndicators.CheckEvent(events, i);
            max = Math.Max(max, events[i].Magnitude);
        }

        if (double.IsFinite(max))
        {
            row.Set(Indicator.X6, max, string.Empty);
        }
        else
        {
            row.Missing(Indicator.X6, string.Create(CultureInfo.InvariantCulture,
                $"no events in the x6 window [t - {window.TotalDays} days, t)"));
        }
    }

    private static string McText(IndicatorOptions options) =>
        options.CompletenessMagnitude is { } mc ? string.Create(CultureInfo.InvariantCulture, $" with M ≥ {mc}") : string.Empty;
}
