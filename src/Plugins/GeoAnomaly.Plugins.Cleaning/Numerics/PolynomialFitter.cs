namespace GeoAnomaly.Plugins.Cleaning.Numerics;

/// <summary>Fits a polynomial in scaled time, optionally plus a step, to a run of samples (NaN skipped), by least squares
/// or by Tukey-bisquare iteratively reweighted least squares.</summary>
/// <remarks>
/// <para>Sample <c>j</c> of the run sits at <c>t = (j - origin) / scale</c>; callers choose origin and scale so that t
/// stays within about [-1, 1], which keeps the normal equations of degrees up to 5 well conditioned. The first valid
/// value is subtracted before the fit and added back to the constant term, so large offsets (a magnetometer's 20,000 nT)
/// cost no precision. With a step, the model is Σ a_k t^k + h·u(j), u = 1 from the step's first sample on and 0 before
/// it, and the last coefficient is the step size h.</para>
/// <para><b>Robust fit</b> (Beaton and Tukey 1974; Holland and Welsch 1977): start from least squares, then repeat:
/// residuals r, scale s = 1.4826 · median |r|, weights w = (1 - (r / (c s))²)² for |r| &lt; c s and 0 beyond, with
/// c = 4.685 (95 % efficiency for normal errors), weighted refit; stop when no coefficient moves by more than 1e-8 of
/// its size plus s (far below the noise), after at most 30 rounds, or when s = 0 (more than half the samples lie on
/// the curve).</para>
/// </remarks>
internal sealed class PolynomialFitter
{
    /// <summary>Tukey's bisquare tuning constant (95 % asymptotic efficiency at the normal).</summary>
    public const double BisquareTuning = 4.685;

    /// <summary>Most reweighting rounds of the robust fit.</summary>
    public const int MaxIterations = 30;

    private readonly NormalEquations _equations;
    private readonly double[] _row;
    private readonly double[] _previous;
    private readonly double[] _unit;
    private double[] _scratch = [];

    /// <summary>Creates a fitter.</summary>
    /// <param name="degree">Polynomial degree, 0 to 6.</param>
    /// <param name="robust">Bisquare IRLS when true, plain least squares otherwise.</param>
    /// <param name="withStep">Adds a step column whose coefficient (the last) is the step size.</param>
    public PolynomialFitter(int degree, bool robust, bool withStep = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, 6);
        Degree = degree;
        Robust = robust;
        WithStep = withStep;
        Columns = degree + (withStep ? 2 : 1);
        _equations = new NormalEquations(Columns);
        _row = new double[Columns];
        _previous = new double[Columns];
        _unit = new double[Columns];
    }

    /// <summary>Polynomial degree.</summary>
    public int Degree { get; }

    /// <summary>Whether the fit is the bisquare IRLS one.</summary>
    public bool Robust { get; }

    /// <summary>Whether the model has a step column (the last coefficient).</summary>
    public bool WithStep { get; }

    /// <summary>Number of coefficients: degree + 1, plus 1 with a step.</summary>
    public int Columns { get; }

    /// <summary>The robust residual scale s of the last robust fit's final round (NaN after a least-squares fit).</summary>
    public double ResidualScale { get; private set; } = double.NaN;

    /// <summary>[(XᵀWX)⁻¹]ᵢᵢ of the last fit: times σ², the variance of coefficient <paramref name="index"/> under
    /// independent errors of standard deviation σ (NaN when singular).</summary>
    /// <param name="index">Coefficient index.</param>
    public double CoefficientVariance(int index)
    {
        Array.Clear(_unit);
        _unit[index] = 1;
        Span<double> solution = stackalloc double[Columns];
        return _equations.TrySolve(_unit, solution) ? solution[index] : double.NaN;
    }

    /// <summary>Fits the polynomial; false when fewer than degree + 1 distinct valid samples make it undetermined.</summary>
    /// <param name="x">The run of samples, NaN where missing.</param>
    /// <param name="origin">Index (into <paramref name="x"/>) where t = 0.</param>
    /// <param name="scale">Samples per unit of t, positive.</param>
    /// <param name="coefficients">Receives <see cref="Columns"/> coefficients: constant first, in powers of t, then
    /// the step size when the model has one.</param>
    /// <param name="stepAt">With a step: index of the first sample at the new level.</param>
    public bool Fit(ReadOnlySpan<double> x, double origin, double scale, Span<double> coefficients, int stepAt = 0)
    {
        int first = FirstValid(x);
        if (first < 0)
        {
            return false;
        }

        ResidualScale = double.NaN;
        double reference = x[first];
        double inverse = 1.0 / scale;
        var frame = new Frame(first, reference, origin, inverse, stepAt);
        if (!Solve(x, frame, 0, coefficients))
        {
            return false;
        }

        if (Robust)
        {
            Reweight(x, frame, coefficients);
        }

        coefficients[0] += reference;
        return true;
    }

    /// <summary>Σ (x - model)² over the valid samples, for coefficients from <see cref="Fit"/> with the same frame.</summary>
    /// <param name="x">The run of samples the fit was made on.</param>
    /// <param name="origin">Index where t = 0, as in the fit.</param>
    /// <param name="scale">Samples per unit of t, as in the fit.</param>
    /// <param name="coefficients">The fitted coefficients.</param>
    /// <param name="stepAt">With a step: its first sample, as in the fit.</param>
    public double SumOfSquares(ReadOnlySpan<double> x, double origin, double scale, ReadOnlySpan<double> coefficients, int stepAt = 0)
    {
        var frame = new Frame(0, 0, origin, 1.0 / scale, stepAt);
        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            if (!double.IsNaN(x[j]))
            {
                double r = x[j] - Model(coefficients, frame, j);
                sum += r * r;
            }
        }

        return sum;
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

    private void Reweight(ReadOnlySpan<double> x, Frame frame, Span<double> coefficients)
    {
        if (_scratch.Length < x.Length)
        {
            _scratch = new double[x.Length];
        }

        for (int round = 0; round < MaxIterations; round++)
        {
            int count = 0;
            for (int j = frame.First; j < x.Length; j++)
            {
                if (!double.IsNaN(x[j]))
                {
                    _scratch[count++] = Math.Abs(x[j] - frame.Reference - Model(coefficients, frame, j));
                }
            }

            double s = Selection.MadToSigma * Selection.Median(_scratch.AsSpan(0, count));
            ResidualScale = s;
            if (!(s > 0))
            {
                return;
            }

            coefficients.CopyTo(_previous);
            if (!Solve(x, frame, BisquareTuning * s, coefficients))
            {
                _previous.CopyTo(coefficients);
                return;
            }

            bool settled = true;
            for (int k = 0; k < coefficients.Length && settled; k++)
            {
                settled = Math.Abs(coefficients[k] - _previous[k]) <= 1e-8 * (Math.Abs(coefficients[k]) + s);
            }

            if (settled)
            {
                return;
            }
        }
    }

    /// <summary>One (weighted) least-squares solve; bisquare weights about the current coefficients when <paramref name="cutoff"/> &gt; 0.</summary>
    private bool Solve(ReadOnlySpan<double> x, Frame frame, double cutoff, Span<double> coefficients)
    {
        _equations.Clear();
        int powers = Degree + 1;
        for (int j = frame.First; j < x.Length; j++)
        {
            double y = x[j];
            if (double.IsNaN(y))
            {
                continue;
            }

            y -= frame.Reference;
            double weight = 1.0;
            if (cutoff > 0)
            {
                double u = (y - Model(coefficients, frame, j)) / cutoff;
                weight = Math.Abs(u) < 1 ? (1 - (u * u)) * (1 - (u * u)) : 0;
            }

            double t = (j - frame.Origin) * frame.Inverse;
            double power = 1;
            for (int k = 0; k < powers; k++)
            {
                _row[k] = power;
                power *= t;
            }

            if (WithStep)
            {
                _row[powers] = j >= frame.StepAt ? 1 : 0;
            }

            _equations.Add(_row, y, weight);
        }

        return _equations.TrySolve(coefficients);
    }

    /// <summary>The model at sample <paramref name="j"/>, without the reference level.</summary>
    private double Model(ReadOnlySpan<double> coefficients, Frame frame, int j)
    {
        int powers = Degree + 1;
        double value = Evaluate(coefficients[..powers], (j - frame.Origin) * frame.Inverse);
        return WithStep && j >= frame.StepAt ? value + coefficients[powers] : value;
    }

    /// <summary>Where the fit sits: first valid sample, reference level, time origin and 1/scale, step position.</summary>
    private readonly record struct Frame(int First, double Reference, double Origin, double Inverse, int StepAt);

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
