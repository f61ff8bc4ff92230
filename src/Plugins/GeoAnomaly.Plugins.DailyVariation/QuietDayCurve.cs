namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>A quiet-day reference curve: the mean, slot by slot, of chosen days with each day's level removed, gaps
/// filled and a circular running mean applied; and the mean level of those days.</summary>
internal sealed class QuietDayCurve
{
    /// <summary>Creates an empty curve of <paramref name="slots"/> slots.</summary>
    /// <param name="slots">Slots per day.</param>
    public QuietDayCurve(int slots) => Values = new double[slots];

    /// <summary>The curve by slot of the day, channel units, level removed.</summary>
    public double[] Values { get; }

    /// <summary>Mean level of the days averaged, channel units.</summary>
    public double Level { get; private set; }

    /// <summary>Builds the curve from <paramref name="days"/> (each summarised and with at least one valid sample).</summary>
    /// <param name="days">The quiet days.</param>
    /// <param name="halfWidth">Running-mean half-width, slots each side (0 = none).</param>
    /// <param name="sums">Scratch of one slot per entry.</param>
    /// <param name="counts">Scratch of one slot per entry.</param>
    public void Build(IReadOnlyList<DaySlots> days, int halfWidth, double[] sums, int[] counts)
    {
        int slots = Values.Length;
        Array.Clear(sums);
        Array.Clear(counts);
        double level = 0;
        foreach (var day in days)
        {
            level += day.Level;
            for (int s = 0; s < slots; s++)
            {
                double v = day.Values[s];
                if (!double.IsNaN(v))
                {
                    sums[s] += v - day.Level;
                    counts[s]++;
                }
            }
        }

        Level = level / days.Count;
        for (int s = 0; s < slots; s++)
        {
            Values[s] = counts[s] > 0 ? sums[s] / counts[s] : double.NaN;
        }

        FillGaps(Values);
        Smooth(Values, halfWidth, sums);
    }

    /// <summary>Fills NaN runs by linear interpolation between their valid neighbours, around the day's end (the curve
    /// is periodic). At least one entry must be valid.</summary>
    /// <param name="curve">The curve.</param>
    public static void FillGaps(double[] curve)
    {
        int slots = curve.Length;
        int anchor = Array.FindIndex(curve, v => !double.IsNaN(v));
        if (anchor < 0)
        {
            throw new ArgumentException("the curve has no valid entry", nameof(curve));
        }

        int last = anchor;
        for (int k = 1; k <= slots; k++)
        {
            int s = (anchor + k) % slots;
            if (double.IsNaN(curve[s]))
            {
                continue;
            }

            int gap = k - (((last - anchor) % slots + slots) % slots) - 1;
            for (int g = 1; g <= gap; g++)
            {
                double f = (double)g / (gap + 1);
                curve[(last + g) % slots] = curve[last] + (f * (curve[s] - curve[last]));
            }

            last = s;
        }
    }

    /// <summary>Replaces the curve by its circular running mean over <c>2·halfWidth + 1</c> slots (at most the whole day).</summary>
    /// <param name="curve">The curve, no NaN.</param>
    /// <param name="halfWidth">Slots each side.</param>
    /// <param name="scratch">At least as long as the curve.</param>
    public static void Smooth(double[] curve, int halfWidth, double[] scratch)
    {
        int slots = curve.Length;
        int m = Math.Min(halfWidth, (slots - 1) / 2);
        if (m <= 0)
        {
            return;
        }

        int width = (2 * m) + 1;
        double sum = 0;
        for (int j = -m; j <= m; j++)
        {
            sum += curve[((j % slots) + slots) % slots];
        }

        for (int s = 0; s < slots; s++)
        {
            scratch[s] = sum / width;
            sum += curve[(s + m + 1) % slots] - curve[(((s - m) % slots) + slots) % slots];
        }

        Array.Copy(scratch, curve, slots);
    }
}
