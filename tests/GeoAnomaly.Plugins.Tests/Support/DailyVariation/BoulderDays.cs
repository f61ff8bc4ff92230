using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.DailyVariation;

/// <summary>Whole UTC days of a minute series with their quietness measures, and variance-reduction factors over them.</summary>
internal static class BoulderDays
{
    private const int Day = 1440;
    private const int HalfHour = 30;

    /// <summary>The whole UTC days from <paramref name="firstDay"/> on (day 0 starts at the series' first sample, a UTC midnight).</summary>
    /// <param name="series">Minute series.</param>
    /// <param name="firstDay">First candidate day.</param>
    public static List<(int Index, double Activity, double Range, double Variance)> Candidates(Series series, int firstDay)
    {
        var days = new List<(int, double, double, double)>();
        for (int d = firstDay; (d + 1) * Day <= series.Count; d++)
        {
            double[] values = series.Values.Slice(d * Day, Day).ToArray();
            var valid = values.Where(v => !double.IsNaN(v)).ToArray();
            days.Add((d, Activity(values), valid.Max() - valid.Min(), Variance(values)));
        }

        return days;
    }

    /// <summary>Short-period activity of a day: rms of the values about their centred running mean over ±30 minutes
    /// (windows inside the day only; NaN skipped).</summary>
    /// <param name="values">One day of minutes.</param>
    public static double Activity(double[] values)
    {
        double sum = 0;
        int n = 0;
        for (int i = HalfHour; i < values.Length - HalfHour; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            var window = values[(i - HalfHour)..(i + HalfHour + 1)].Where(v => !double.IsNaN(v)).ToArray();
            double deviation = values[i] - window.Average();
            sum += deviation * deviation;
            n++;
        }

        return Math.Sqrt(sum / n);
    }

    /// <summary>Raw variance over <paramref name="days"/> divided by the variance of <paramref name="cleaned"/> over the
    /// same days, each day's variance taken about its own mean and pooled.</summary>
    /// <param name="raw">The raw series.</param>
    /// <param name="cleaned">The cleaned values, same grid.</param>
    /// <param name="days">The days.</param>
    public static double Factor(Series raw, double[] cleaned, IEnumerable<(int Index, double Activity, double Range, double Variance)> days)
    {
        double before = 0;
        double after = 0;
        foreach (var day in days)
        {
            before += Variance(raw.Values.Slice(day.Index * Day, Day).ToArray());
            after += Variance(cleaned[(day.Index * Day)..((day.Index + 1) * Day)]);
        }

        return before / after;
    }

    /// <summary>Population variance of the valid values.</summary>
    /// <param name="values">Values, NaN skipped.</param>
    public static double Variance(double[] values)
    {
        var valid = values.Where(v => !double.IsNaN(v)).ToArray();
        double mean = valid.Average();
        return valid.Sum(v => (v - mean) * (v - mean)) / valid.Length;
    }
}
