using GeoAnomaly.Plugins.Cleaning.Numerics;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>The state of <see cref="DetrendEntirePreprocessor"/>: each call is a whole series, with one trend fitted to all of it.</summary>
/// <remarks>Time is scaled to t ∈ [-1, 1] over the series (t = (j - (n - 1)/2) / ((n - 1)/2)). A series with fewer
/// than degree + 1 valid samples, or with them all at too few distinct times, gets NaN in every output.</remarks>
internal sealed class DetrendEntireState : IComponentState
{
    private readonly PolynomialFitter _fitter;
    private readonly double[] _coefficients;

    public DetrendEntireState(DetrendEntireOptions options)
    {
        _fitter = new PolynomialFitter(options.Degree, options.Method == DetrendMethod.Bisquare);
        _coefficients = new double[options.Degree + 1];
    }

    /// <summary><c>value</c> (the residual x - trend), <c>trend</c> (the fitted trend) and <c>slope</c> (its derivative,
    /// channel units per day).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "trend", "slope"];

    /// <summary>0: the fit uses the whole series (look-back and look-ahead alike).</summary>
    public int WarmUp => 0;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != 3 * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected 3 x {n}", nameof(output));
        }

        double origin = 0.5 * (n - 1);
        double scale = Math.Max(origin, 1);
        if (n == 0 || !_fitter.Fit(input.Values, origin, scale, _coefficients))
        {
            output.Fill(double.NaN);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        double perDay = (double)TimeSpan.TicksPerDay / input.Step.Ticks / scale;
        var x = input.Values;
        for (int j = 0; j < n; j++)
        {
            double t = (j - origin) / scale;
            double trend = PolynomialFitter.Evaluate(_coefficients, t);
            output[j] = x[j] - trend;
            output[n + j] = trend;
            output[(2 * n) + j] = PolynomialFitter.Derivative(_coefficients, t) * perDay;
        }
    }

    public void Reset()
    {
    }
}
