namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>The regressors of every slot of the day, and their Gram matrix over a whole day, computed once.</summary>
/// <remarks>
/// The step divides the day, so sample times fall on the same times of day every day: slot s is at
/// <c>s·step + offset</c> after the day's start, where the offset (below one step) is that of the series' first sample.
/// A day's normal equations are then the whole-day Gram minus the outer products of its missing slots, and a model's
/// curve is a table lookup.
/// </remarks>
internal sealed class HarmonicTable
{
    private readonly double[] _rows;

    /// <summary>Builds the table.</summary>
    /// <param name="clock">Day boundaries and slots.</param>
    /// <param name="basis">The regressors.</param>
    /// <param name="offsetTicks">Time of slot 0 after the day's start, ticks (0 to one step exclusive).</param>
    public HarmonicTable(DayClock clock, HarmonicBasis basis, long offsetTicks)
    {
        Basis = basis;
        OffsetTicks = offsetTicks;
        Slots = clock.SlotsPerDay;
        int p = basis.Count;
        _rows = new double[Slots * p];
        Gram = new double[p * p];
        for (int s = 0; s < Slots; s++)
        {
            long into = (s * clock.StepTicks) + offsetTicks;
            var row = _rows.AsSpan(s * p, p);
            basis.Fill(row, DayClock.UtcAngle(clock.OffsetTicks + into), (double)into / DayClock.DayTicks);
            AddOuter(Gram, row, p, 1);
        }
    }

    /// <summary>The regressors.</summary>
    public HarmonicBasis Basis { get; }

    /// <summary>Time of slot 0 after the day's start, ticks.</summary>
    public long OffsetTicks { get; }

    /// <summary>Slots per day.</summary>
    public int Slots { get; }

    /// <summary>Σ xxᵀ over every slot of a day, lower triangle of a row-major p×p matrix.</summary>
    public double[] Gram { get; }

    /// <summary>The regressors of slot <paramref name="slot"/>.</summary>
    /// <param name="slot">0 to <see cref="Slots"/> - 1.</param>
    public ReadOnlySpan<double> Row(int slot) => _rows.AsSpan(slot * Basis.Count, Basis.Count);

    /// <summary>Adds <c>sign·x xᵀ</c> to the lower triangle of <paramref name="gram"/>.</summary>
    /// <param name="gram">Row-major p×p.</param>
    /// <param name="x">p regressors.</param>
    /// <param name="p">Order.</param>
    /// <param name="sign">+1 or -1.</param>
    public static void AddOuter(Span<double> gram, ReadOnlySpan<double> x, int p, double sign)
    {
        for (int a = 0; a < p; a++)
        {
            double xa = sign * x[a];
            int row = a * p;
            for (int b = 0; b <= a; b++)
            {
                gram[row + b] += xa * x[b];
            }
        }
    }
}
