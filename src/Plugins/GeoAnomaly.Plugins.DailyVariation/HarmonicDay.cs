namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>One day of the harmonic fit: its samples by slot and, once it has ended, its contribution to the normal
/// equations: <c>XᵀX</c>, <c>Xᵀ(y - y₀)</c> and <c>Σ(y - y₀)²</c> over its valid samples, with the time regressor
/// counted from the day's start.</summary>
/// <remarks>
/// Values are taken relative to the day's first valid value y₀ so that sums stay small whatever the field's baseline
/// (tens of thousands of nT). <see cref="Terms"/> moves the day into the frame of a fit: values relative to a common
/// origin Y (<c>Xᵀ(y - Y) = Xᵀ(y - y₀) + (y₀ - Y)·Xᵀ1</c>, and <c>Xᵀ1</c> is the first column of <c>XᵀX</c>) and time
/// counted from the fitted day's start (<c>t' = t + δ</c>, a row and column operation on <c>XᵀX</c>).
/// </remarks>
internal sealed class HarmonicDay
{
    private readonly int _p;
    private readonly double[] _gram;
    private readonly double[] _moments;
    private double _squares;

    /// <summary>Creates an empty day of <paramref name="slots"/> slots for <paramref name="regressors"/> regressors.</summary>
    /// <param name="slots">Slots per day.</param>
    /// <param name="regressors">Number of regressors.</param>
    public HarmonicDay(int slots, int regressors)
    {
        _p = regressors;
        _gram = new double[regressors * regressors];
        _moments = new double[regressors];
        Values = new double[slots];
        Clear(long.MinValue);
    }

    /// <summary>The day held.</summary>
    public long Day { get; private set; }

    /// <summary>Samples by slot, NaN where missing.</summary>
    public double[] Values { get; }

    /// <summary>Valid samples (set by <see cref="Summarise"/>).</summary>
    public int Count { get; private set; }

    /// <summary>The first valid value of the day, the origin of its sums (set by <see cref="Summarise"/>).</summary>
    public double Origin { get; private set; }

    /// <summary>Empties the day for <paramref name="day"/>.</summary>
    /// <param name="day">The day to hold.</param>
    public void Clear(long day)
    {
        Day = day;
        Count = 0;
        Origin = 0;
        _squares = 0;
        Array.Clear(_gram);
        Array.Clear(_moments);
        Array.Fill(Values, double.NaN);
    }

    /// <summary>Computes the day's sums from its slots: <c>XᵀX</c> as the whole-day Gram minus the missing slots' outer
    /// products (or, when most are missing, from the valid ones), the moments from the valid slots.</summary>
    /// <param name="table">The regressors by slot.</param>
    public void Summarise(HarmonicTable table)
    {
        int p = _p;
        int count = 0;
        Origin = 0;
        _squares = 0;
        Array.Clear(_moments);
        foreach (double v in Values)
        {
            if (!double.IsNaN(v))
            {
                if (count++ == 0)
                {
                    Origin = v;
                }
            }
        }

        Count = count;
        bool fromValid = count < Values.Length / 2;
        if (fromValid)
        {
            Array.Clear(_gram);
        }
        else
        {
            table.Gram.CopyTo(_gram, 0);
        }

        for (int s = 0; s < Values.Length; s++)
        {
            double v = Values[s];
            var x = table.Row(s);
            if (double.IsNaN(v))
            {
                if (!fromValid)
                {
                    HarmonicTable.AddOuter(_gram, x, p, -1);
                }

                continue;
            }

            double dy = v - Origin;
            _squares += dy * dy;
            for (int a = 0; a < p; a++)
            {
                _moments[a] += x[a] * dy;
            }

            if (fromValid)
            {
                HarmonicTable.AddOuter(_gram, x, p, 1);
            }
        }
    }

    /// <summary>This day's terms in the frame of a fit with origin <paramref name="origin"/>: <c>XᵀX</c>, <c>Xᵀ(y - Y)</c> and
    /// <c>Σ(y - Y)²</c>.</summary>
    /// <param name="gram">Receives the full row-major p×p <c>XᵀX</c>.</param>
    /// <param name="moments">Receives the p entries of <c>Xᵀ(y - Y)</c>.</param>
    /// <param name="origin">The fit's value origin Y.</param>
    /// <param name="shift">Days from the fitted day's start to this day's start (negative), applied to the time
    /// regressor at index 1; ignored when <paramref name="trend"/> is false.</param>
    /// <param name="trend">True when index 1 is the time regressor.</param>
    /// <returns><c>Σ(y - Y)²</c>.</returns>
    public double Terms(Span<double> gram, Span<double> moments, double origin, double shift, bool trend)
    {
        int p = _p;
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                gram[(i * p) + j] = _gram[(i * p) + j];
                gram[(j * p) + i] = _gram[(i * p) + j];
            }
        }

        // Xᵀ(y - Y) = Xᵀ(y - y₀) + (y₀ - Y)·Xᵀ1; Σ(y - Y)² = Σ(y - y₀)² + 2(y₀ - Y)·Σ(y - y₀) + n(y₀ - Y)².
        double offset = Origin - origin;
        for (int i = 0; i < p; i++)
        {
            moments[i] = _moments[i] + (offset * gram[i * p]);
        }

        double squares = _squares + (2 * offset * _moments[0]) + (Count * offset * offset);
        if (trend)
        {
            // t' = t + shift: row 1 of XᵀX gains shift × row 0, then column 1 gains shift × column 0.
            moments[1] += shift * moments[0];
            for (int j = 0; j < p; j++)
            {
                gram[p + j] += shift * gram[j];
            }

            for (int i = 0; i < p; i++)
            {
                gram[(i * p) + 1] += shift * gram[i * p];
            }
        }

        return squares;
    }

    /// <summary>The day's level under a fit: the mean over its valid samples of <c>y - Σ β_j x_j</c>, j running over the
    /// harmonic regressors (from <paramref name="first"/> on).</summary>
    /// <param name="beta">Coefficients.</param>
    /// <param name="first">First harmonic regressor.</param>
    public double Level(ReadOnlySpan<double> beta, int first)
    {
        // Σx_j is the first column of XᵀX; Σ(y - y₀) is the first moment.
        double sum = _moments[0];
        for (int j = first; j < _p; j++)
        {
            sum -= beta[j] * _gram[j * _p];
        }

        return (sum / Count) + Origin;
    }
}
