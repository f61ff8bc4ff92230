namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>One day's samples by slot (NaN where missing), with the day's level and range once it has ended.</summary>
internal sealed class DaySlots
{
    /// <summary>Creates an empty day of <paramref name="slots"/> slots.</summary>
    /// <param name="slots">Slots per day.</param>
    public DaySlots(int slots)
    {
        Values = new double[slots];
        Clear(long.MinValue);
    }

    /// <summary>The day held.</summary>
    public long Day { get; private set; }

    /// <summary>Samples by slot, NaN where missing.</summary>
    public double[] Values { get; }

    /// <summary>Valid samples (set by <see cref="Summarise"/>).</summary>
    public int Count { get; private set; }

    /// <summary>Mean of the valid samples (set by <see cref="Summarise"/>).</summary>
    public double Level { get; private set; }

    /// <summary>Largest minus smallest valid sample (set by <see cref="Summarise"/>).</summary>
    public double Range { get; private set; }

    /// <summary>Empties the slots for <paramref name="day"/>.</summary>
    /// <param name="day">The day to hold.</param>
    public void Clear(long day)
    {
        Day = day;
        Count = 0;
        Level = double.NaN;
        Range = double.NaN;
        Array.Fill(Values, double.NaN);
    }

    /// <summary>Computes <see cref="Count"/>, <see cref="Level"/> and <see cref="Range"/> from the slots.</summary>
    public void Summarise()
    {
        int count = 0;
        double sum = 0;
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (double v in Values)
        {
            if (!double.IsNaN(v))
            {
                count++;
                sum += v;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        Count = count;
        Level = count > 0 ? sum / count : double.NaN;
        Range = count > 0 ? max - min : double.NaN;
    }
}
