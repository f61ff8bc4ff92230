using System.Globalization;

namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>
/// The fifteen seismicity indicators of one cell at one issue time t, from the cell's events strictly before t:
/// Panakkat &amp; Adeli's (2007) eight (<see cref="PanakkatAdeli"/>) and Reyes et al.'s (2013) seven
/// (<see cref="ReyesIndicators"/>), plus the least-squares a that comes with Panakkat &amp; Adeli's b.
/// </summary>
/// <remarks>
/// <para><b>No look-ahead.</b> Only events with origin time strictly before t are read; events at or after t in the
/// input are ignored, so appending events at or after t never changes a row issued at t.</para>
/// <para><b>Where the public EQPgen generator deviates from the papers</b> (gualbe/orange-earthquakes-etl,
/// <c>EarthquakesETL/eqmodel/EQPgen.py</c>, <c>EQInstance.py</c>, <c>EQBDerivedAttributes.py</c>), and which we follow:</para>
/// <list type="number">
/// <item>EQPgen issues one row per event; its dE^1/2 sums n + 1 events (the current one too) while T, the mean
/// magnitude and μ use the n before it. We issue rows at times t and use the same n events strictly before t for all.</item>
/// <item>EQPgen's Reyes b ("Morales") is 1 / (ln 10 (mean M - 3.0)) with a fixed reference magnitude 3.0 and no
/// binning correction; we use Aki-Utsu with Utsu's ΔM/2 and Mc = each window's minimum (or an option). Set
/// <see cref="IndicatorOptions.MagnitudeBinWidth"/> = 0 and <see cref="IndicatorOptions.CompletenessMagnitude"/> = 3
/// for EQPgen's formula (we then also leave events below 3 out of the b windows, which EQPgen does not).</item>
/// <item>EQPgen's default n for Panakkat &amp; Adeli is 4 (nAdeli) and it computes T, μ and c once per class cut-off
/// (T = time span of the last n events above each cut-off; characteristic = |M - cut-off| ≤ 0.1). We follow the paper:
/// one T over the last n = 50 events, and one characteristic band (options).</item>
/// <item>EQPgen writes 0 (or b = 1) where a value is undefined (no event in 7 days, equal magnitudes, ±∞); we write NaN
/// with a reason (<see cref="IndicatorValues.Reason"/>).</item>
/// <item>EQPgen's least-squares b takes the n events ending with the current one while its a, η and ΔM take the n
/// before it; we use one window for all four.</item>
/// <item>Both write c with the population standard deviation (divided by the number of intervals), and both include an
/// event exactly 7 days old in x6.</item>
/// </list>
/// <para>Characteristics: no training; causal; warm-up max(n, 50 + 4·5 = 70) events; NaN with a reason when too few
/// events; O(n log n) per row in the window length plus O(log N) to find the cut.</para>
/// </remarks>
internal static class SeismicityIndicators
{
    private static readonly Indicator[] s_panakkatAdeli =
    [
        Indicator.T, Indicator.MeanMagnitude, Indicator.SqrtEnergyRate, Indicator.B, Indicator.A, Indicator.Eta,
        Indicator.DeltaM, Indicator.Mu, Indicator.C,
    ];

    /// <summary>The columns in <see cref="Indicator"/> order, with names and units for a CSV header.</summary>
    public static IReadOnlyList<IndicatorColumn> Columns { get; } =
    [
        new(Indicator.T, "pa_t", "day", "Panakkat & Adeli 2007: time span of the last n events"),
        new(Indicator.MeanMagnitude, "pa_mean_mag", "magnitude", "Panakkat & Adeli 2007: mean magnitude of the last n events"),
        new(Indicator.SqrtEnergyRate, "pa_de_half", "erg^0.5/day", "Panakkat & Adeli 2007: sum of E^1/2 over T, E = 10^(11.8 + 1.5 M) erg"),
        new(Indicator.B, "pa_b", "1", "Panakkat & Adeli 2007: least-squares b of the cumulative frequency-magnitude curve"),
        new(Indicator.A, "pa_a", "1", "Panakkat & Adeli 2007: least-squares a of the same line (log10 count)"),
        new(Indicator.Eta, "pa_eta", "1", "Panakkat & Adeli 2007: mean square deviation of log10 N from the line"),
        new(Indicator.DeltaM, "pa_delta_m", "magnitude", "Panakkat & Adeli 2007: observed maximum magnitude minus a/b"),
        new(Indicator.Mu, "pa_mu", "day", "Panakkat & Adeli 2007: mean time between characteristic events"),
        new(Indicator.C, "pa_c", "1", "Panakkat & Adeli 2007: coefficient of variation of the times between characteristic events"),
        new(Indicator.X1, "reyes_x1", "1", "Reyes et al. 2013: b_i - b_(i-4), Aki-Utsu b over 50 events"),
        new(Indicator.X2, "reyes_x2", "1", "Reyes et al. 2013: b_(i-4) - b_(i-8)"),
        new(Indicator.X3, "reyes_x3", "1", "Reyes et al. 2013: b_(i-8) - b_(i-12)"),
        new(Indicator.X4, "reyes_x4", "1", "Reyes et al. 2013: b_(i-12) - b_(i-16)"),
        new(Indicator.X5, "reyes_x5", "1", "Reyes et al. 2013: b_(i-16) - b_(i-20)"),
        new(Indicator.X6, "reyes_x6", "magnitude", "Reyes et al. 2013: maximum magnitude in the last 7 days"),
        new(Indicator.X7, "reyes_x7", "1", "Reyes et al. 2013: 10^(-3 b_i), Gutenberg-Richter probability of M >= 6 given M >= 3"),
    ];

    /// <summary>The indicators at <paramref name="time"/> with the papers' defaults.</summary>
    /// <param name="before">The cell's events in time order; those at or after <paramref name="time"/> are ignored.</param>
    /// <param name="time">The issue time t.</param>
    public static IndicatorValues Compute(IReadOnlyList<Earthquake> before, DateTimeOffset time) =>
        Compute(before, time, new IndicatorOptions());

    /// <summary>The indicators at <paramref name="time"/>.</summary>
    /// <param name="before">The cell's events in time order (already filtered to the cell); those at or after
    /// <paramref name="time"/> are ignored.</param>
    /// <param name="time">The issue time t.</param>
    /// <param name="options">Windows, counts and cut-offs.</param>
    /// <exception cref="ArgumentException">The options are invalid (every problem named), or the events read are not
    /// in time order.</exception>
    public static IndicatorValues Compute(IReadOnlyList<Earthquake> before, DateTimeOffset time, IndicatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid indicator options: " + string.Join("; ", problems), nameof(options));
        }

        int cut = CountBefore(before, time);
        var row = new IndicatorValues(time);
        FillPanakkatAdeli(row, before, cut, time, options);
        ReyesIndicators.Fill(row, before, cut, time, options);
        return row;
    }

    private static void FillPanakkatAdeli(IndicatorValues row, IReadOnlyList<Earthquake> events, int cut, DateTimeOffset time, IndicatorOptions options)
    {
        // Walk back from the cut to find how far the window reaches, then copy it forwards.
        DateTimeOffset from = options.TimeWindow is { } w ? time - w : DateTimeOffset.MinValue;
        int limit = options.TimeWindow is null ? options.EventCount : int.MaxValue;
        int count = 0;
        int first = cut;
        for (int i = cut - 1; i >= 0 && count < limit && events[i].Time >= from; i--)
        {
            CheckEvent(events, i);
            if (Counts(events[i], options))
            {
                count++;
                first = i;
            }
        }

        int needed = options.TimeWindow is null ? options.EventCount : 2;
        if (count < needed)
        {
            string reason = $"needs {needed} events{MagnitudeText(options)}{WindowText(options)} before t, has {count}";
            foreach (Indicator indicator in s_panakkatAdeli)
            {
                row.Missing(indicator, reason);
            }

            return;
        }

        double[] days = new double[count];
        double[] magnitudes = new double[count];
        int k = 0;
        for (int i = first; i < cut; i++)
        {
            if (Counts(events[i], options))
            {
                days[k] = (events[i].Time - time).Ticks / (double)TimeSpan.TicksPerDay;
                magnitudes[k++] = events[i].Magnitude;
            }
        }

        PanakkatAdeli.Fill(row, days, magnitudes, options);
    }

    private static bool Counts(Earthquake e, IndicatorOptions options) =>
        options.MinimumMagnitude is not { } min || e.Magnitude >= min;

    private static string MagnitudeText(IndicatorOptions options) =>
        options.MinimumMagnitude is { } m ? string.Create(CultureInfo.InvariantCulture, $" with M ≥ {m}") : string.Empty;

    private static string WindowText(IndicatorOptions options) =>
        options.TimeWindow is { } w ? string.Create(CultureInfo.InvariantCulture, $" in the last {w.TotalDays} days") : string.Empty;

    /// <summary>
    /// Throws when event <paramref name="i"/> comes before its predecessor (the walks go backwards from the cut) or has
    /// no finite magnitude.
    /// </summary>
    /// <exception cref="ArgumentException">The events are not in time order, or a magnitude is NaN or infinite.</exception>
    internal static void CheckEvent(IReadOnlyList<Earthquake> events, int i)
    {
        if (!double.IsFinite(events[i].Magnitude))
        {
            string which = events[i].Id ?? events[i].Time.ToString("O", CultureInfo.InvariantCulture);
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"event {i} ({which}) has magnitude {events[i].Magnitude}"),
                nameof(events));
        }

        if (i > 0 && events[i].Time < events[i - 1].Time)
        {
            throw new ArgumentException(
                $"events must be in time order: event {i} ({events[i].Time:O}) is before event {i - 1} ({events[i - 1].Time:O})",
                nameof(events));
        }
    }

    /// <summary>The number of events strictly before <paramref name="time"/> (binary search; the events are in time order).</summary>
    private static int CountBefore(IReadOnlyList<Earthquake> events, DateTimeOffset time)
    {
        int lo = 0;
        int hi = events.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (events[mid].Time < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
