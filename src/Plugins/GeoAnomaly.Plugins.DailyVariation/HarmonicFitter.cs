namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>The least-squares fit of the harmonic model over the days of a span, optionally down-weighting disturbed
/// days.</summary>
/// <remarks>
/// <para>Each day d brings its terms <c>G_d = XᵀX</c>, <c>v_d = Xᵀ(y - Y)</c>, <c>S_d = Σ(y - Y)²</c> and <c>n_d</c>
/// (<see cref="HarmonicDay.Terms"/>). The fit solves <c>(Σ w_d G_d) β = Σ w_d v_d</c> by Cholesky.</para>
/// <para>Robust weighting (day-level iteratively reweighted least squares): a magnetic storm or substorm adds tens
/// to hundreds of nT over hours, which least squares would spread over the harmonics. After each solution a day's
/// residual mean square is <c>m_d = (S_d - 2βᵀv_d + βᵀG_dβ) / n_d</c>; with M the median over the span's days, a day
/// with <c>m_d &gt; 4M</c> (residual rms above twice the typical) gets <c>w_d = (4M / m_d)²</c>, and the fit is repeated,
/// at most <see cref="Iterations"/> times or until no weight changes. Needs three days or more.</para>
/// </remarks>
internal sealed class HarmonicFitter
{
    /// <summary>Most re-weighted solutions after the first.</summary>
    public const int Iterations = 3;

    /// <summary>Residual mean square, relative to the span's median, above which a day is down-weighted.</summary>
    public const double Threshold = 4;

    private readonly int _p;
    private readonly bool _robust;
    private readonly double[][] _grams;
    private readonly double[][] _moments;
    private readonly double[] _squares;
    private readonly int[] _counts;
    private readonly double[] _weights;
    private readonly double[] _meanSquares;
    private readonly double[] _sorted;
    private readonly double[] _matrix;
    private int _days;

    /// <summary>Creates a fitter for <paramref name="regressors"/> regressors and up to <paramref name="maxDays"/> days.</summary>
    /// <param name="regressors">p.</param>
    /// <param name="maxDays">Most days in a span.</param>
    /// <param name="robust">Down-weight disturbed days.</param>
    public HarmonicFitter(int regressors, int maxDays, bool robust)
    {
        _p = regressors;
        _robust = robust;
        _grams = new double[maxDays][];
        _moments = new double[maxDays][];
        for (int d = 0; d < maxDays; d++)
        {
            _grams[d] = new double[regressors * regressors];
            _moments[d] = new double[regressors];
        }

        _squares = new double[maxDays];
        _counts = new int[maxDays];
        _weights = new double[maxDays];
        _meanSquares = new double[maxDays];
        _sorted = new double[maxDays];
        _matrix = new double[regressors * regressors];
    }

    /// <summary>Forgets the days added.</summary>
    public void Clear() => _days = 0;

    /// <summary>Adds a day with at least one valid sample.</summary>
    /// <param name="day">The day's accumulator.</param>
    /// <param name="origin">The fit's value origin.</param>
    /// <param name="shift">Days from the fitted day's start to this day's start.</param>
    /// <param name="trend">True when the basis has the time regressor.</param>
    /// <param name="ownLevel">Give the day its own level: the constant regressor is eliminated from its terms (each
    /// day's regressors and values taken about the day's means), and its row and column become the identity.</param>
    public void Add(HarmonicDay day, double origin, double shift, bool trend, bool ownLevel)
    {
        int k = _days++;
        var g = _grams[k];
        var v = _moments[k];
        _squares[k] = day.Terms(g, v, origin, shift, trend);
        _counts[k] = day.Count;
        _weights[k] = 1;
        if (ownLevel)
        {
            // Schur complement of the constant: G - g gᵀ / n, v - g·v₀ / n, S - v₀² / n, with g the first column.
            int p = _p;
            double n = g[0];
            double v0 = v[0];
            _squares[k] -= v0 * v0 / n;
            for (int i = 1; i < p; i++)
            {
                v[i] -= g[i * p] * v0 / n;
            }

            for (int i = 1; i < p; i++)
            {
                for (int j = 1; j < p; j++)
                {
                    g[(i * p) + j] -= g[i * p] * g[j] / n;
                }
            }

            for (int i = 0; i < p; i++)
            {
                g[i * p] = 0;
                g[i] = 0;
            }

            g[0] = 1;
            v[0] = 0;
        }
    }

    /// <summary>Solves for β.</summary>
    /// <param name="beta">Receives the p coefficients.</param>
    /// <returns>False when the system is singular.</returns>
    public bool Solve(Span<double> beta)
    {
        if (!SolveWeighted(beta))
        {
            return false;
        }

        if (!_robust || _days < 3)
        {
            return true;
        }

        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int k = 0; k < _days; k++)
            {
                _meanSquares[k] = Math.Max(0, ResidualSquares(k, beta)) / _counts[k];
                _sorted[k] = _meanSquares[k];
            }

            Array.Sort(_sorted, 0, _days);
            double median = (_days % 2) == 1
                ? _sorted[_days / 2]
                : 0.5 * (_sorted[(_days / 2) - 1] + _sorted[_days / 2]);
            double limit = Threshold * median;
            bool changed = false;
            for (int k = 0; k < _days; k++)
            {
                double weight = _meanSquares[k] > limit ? (limit / _meanSquares[k]) * (limit / _meanSquares[k]) : 1;
                changed |= weight != _weights[k];
                _weights[k] = weight;
            }

            if (!changed || !SolveWeighted(beta))
            {
                return !changed;
            }
        }

        return true;
    }

    private bool SolveWeighted(Span<double> beta)
    {
        int p = _p;
        Array.Clear(_matrix);
        beta[..p].Clear();
        for (int k = 0; k < _days; k++)
        {
            double w = _weights[k];
            var g = _grams[k];
            var v = _moments[k];
            for (int i = 0; i < p * p; i++)
            {
                _matrix[i] += w * g[i];
            }

            for (int i = 0; i < p; i++)
            {
                beta[i] += w * v[i];
            }
        }

        return Cholesky.Solve(_matrix, beta, p);
    }

    /// <summary><c>S - 2βᵀv + βᵀGβ</c> of day <paramref name="k"/>.</summary>
    private double ResidualSquares(int k, ReadOnlySpan<double> beta)
    {
        int p = _p;
        var g = _grams[k];
        var v = _moments[k];
        double quadratic = 0;
        double linear = 0;
        for (int i = 0; i < p; i++)
        {
            double row = 0;
            for (int j = 0; j < p; j++)
            {
                row += g[(i * p) + j] * beta[j];
            }

            quadratic += beta[i] * row;
            linear += beta[i] * v[i];
        }

        return _squares[k] - (2 * linear) + quadratic;
    }
}
