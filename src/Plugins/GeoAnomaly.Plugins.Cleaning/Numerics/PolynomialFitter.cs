namespace GeoAnomaly.Plugins.Cleaning.Numerics;

/// <summary>Fits a polynomial in scaled time to a run of samples (NaN skipped), by least squares or by Tukey-bisquare
/// iteratively reweighted least squares.</summary>
/// <remarks>
/// <para>Sample <c>j</c> of the run sits at <c>t = (j - origin) / scale</c>; callers choose origin and scale so that t
/// stays within about [-1, 1], which keeps the normal equations of degrees up to 5 well conditioned. The first valid
/// value is subtracted before the fit and added back to the constant term, so large offsets (a magnetometer's 20,000 nT)
/// cost no precision.</para>
/// <para><b>Robust fit</b> (Beaton and Tukey 1974; Holland and Welsch 1977): start from least squares, then repeat:
/// residuals r, scale s = 1.4826 · median |r|, weights w = (1 - (r / (c s))²)² for |r| &lt; c s and 0 beyond, with
/// c = 4.685 (95 % efficiency for normal errors), weighted refit; stop when no coefficient moves by more than 1e-10 of
/// its size (plus s), after at most 50 rounds, or when s = 0 (more than half the samples lie on the curve).</para>
/// </remarks>
internal sealed class PolynomialFitter
{
    /// <summary>Tukey's bisquare tuning constant (95 % asymptotic efficiency at the normal).</summary>
    public const double BisquareTuning = 4.685;

    /// <summary>Most reweighting rounds of the robust fit.</summary>
    public const int MaxIterations = 50;

    private readonly NormalEquations _equations;
    private readonly double[] _row;
    private readonly double[] _previous;
    private double[] _scratch = [];

    /// <summary>Creates a fitter.</summary>
    /// <param name="degree">Polynomial degree, 0 to 6.</param>
    /// <param name="robust">Bisquare IRLS when true, plain least squares otherwise.</param>
    public PolynomialFitter(int degree, bool robust)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, 6);
        Degree = degree;
        Robust = robust;
        _equations = new NormalEquations(degree + 1);
        _row = new double[degree + 1];
        _previous = new double[degree + 1];
    }

    /// <summary>Polynomial degree.</summary>
    public int Degree { get; }

    /// <summary>Whether the fit is the bisquare IRLS one.</summary>
    public bool Robust { get; }

    /// <summary>Fits the polynomial; false when fewer than degree + 1 distinct valid samples make it undetermined.</summary>
    /// <param name="x">The run of samples, NaN where missing.</param>
    /// <param name="origin">Index (into <paramref name="x"/>) where t = 0.</param>
    /// <param name="scale">Samples per unit of t, positive.</param>
    /// <param name="coefficients">Receives degree + 1 coefficients, constant first, in powers of t.</param>
    public bool Fit(ReadOnlySpan<double> x, double origin, double scale, Span<double> coefficients)
    {
        int first = FirstValid(x);
        if (first < 0)
        {
            return false;
        }

        double reference = x[first];
        double inverse = 1.0 / scale;
        if (!Solve(x, first, reference, origin, inverse, 0, coefficients))
        {
            return false;
        }

        if (Robust)
        {
            Reweight(x, first, reference, origin, inverse, coefficients);
        }

        coefficients[0] += reference;
        return true;
    }

    /// <summary>The polynomial at <paramref name="t"/> (Horner).</summary>
    /// <param name="coefficients">Constant first.</param>
    /// <param name="t">Scaled time.</param>
    public static double Evaluate(ReadOnlySpan<double> coefficients, double t)
    {
        double value = 0;
        for (int k = coefficients.Length - 1; k >= 0; k--)
        {
            value = (value * t) + coefficients[k];
        }

        return value;
    }

    /// <summary>The derivative d/dt of the polynomial at <paramref name="t"/>.</summary>
    /// <param name="coefficients">Constant first.</param>
    /// <param name="t">Scaled time.</param>
    public static double Derivative(ReadOnlySpan<double> coefficients, double t)
    {
        double value = 0;
        for (int k = coefficients.Length - 1; k >= 1; k--)
        {
            value = (value * t) + (k * coefficients[k]);
        }

        return value;
    }

    private void Reweight(ReadOnlySpan<double> x, int first, double reference, double origin, double inverse, Span<double> coefficients)
    {
        if (_scratch.Length < x.Length)
        {
            _scratch = new double[x.Length];
        }

        for (int round = 0; round < MaxIterations; round++)
        {
            int count = 0;
            for (int j = first; j < x.Length; j++)
            {
                if (!double.IsNaN(x[j]))
                {
                    _scratch[count++] = Math.Abs(x[j] - reference - Evaluate(coefficients, (j - origin) * inverse));
                }
            }

            double s = Selection.MadToSigma * Selection.Median(_scratch.AsSpan(0, count));
            if (!(s > 0))
            {
                return;
            }

            coefficients.CopyTo(_previous);
            if (!Solve(x, first, reference, origin, inverse, BisquareTuning * s, coefficients))
            {
                _previous.CopyTo(coefficients);
                return;
            }

            bool settled = true;
            for (int k = 0; k < coefficients.Length && settled; k++)
            {
                settled = Math.Abs(coefficients[k] - _previous[k]) <= 1e-10 * (Math.Abs(coefficients[k]) + s);
            }

            if (settled)
            {
                return;
            }
        }
    }

    /// <summary>One (weighted) least-squares solve; bisquare weights about the current coefficients when <paramref name="cutoff"/> &gt; 0.</summary>
    private bool Solve(ReadOnlySpan<double> x, int first, double reference, double origin, double inverse, double cutoff, Span<double> coefficients)
    {
        _equations.Clear();
        for (int j = first; j < x.Length; j++)
        {
            double y = x[j];
            if (double.IsNaN(y))
            {
                continue;
            }

            double t = (j - origin) * inverse;
            y -= reference;
            double weight = 1.0;
            if (cutoff > 0)
            {
                double u = (y - Evaluate(coefficients, t)) / cutoff;
                weight = Math.Abs(u) < 1 ? (1 - (u * u)) * (1 - (u * u)) : 0;
            }

            double power = 1;
            for (int k = 0; k < _row.Length; k++)
            {
                _row[k] = power;
                power *= t;
            }

            _equations.Add(_row, y, weight);
        }

        return _equations.TrySolve(coefficients);
    }

    private static int FirstValid(ReadOnlySpan<double> x)
    {
        for (int j = 0; j < x.Length; j++)
        {
            if (!double.IsNaN(x[j]))
            {
                return j;
            }
        }

        return -1;
    }
}
