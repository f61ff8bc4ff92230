using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>Least-squares fit of a mean, a slope, sinusoids at given frequencies and extra regressors.</summary>
/// <remarks>Columns: 1, t, then cos and sin for each frequency, then the extra regressors; NaN rows are skipped.</remarks>
internal sealed class HarmonicFit
{
    private readonly Vector<double> _coefficients;
    private readonly int _frequencies;

    private HarmonicFit(Vector<double> coefficients, int frequencies, double residualRms)
    {
        _coefficients = coefficients;
        _frequencies = frequencies;
        ResidualRms = residualRms;
    }

    /// <summary>Root mean square of the residual.</summary>
    public double ResidualRms { get; }

    /// <summary>Fits <paramref name="y"/>, sampled every <paramref name="stepHours"/> from <paramref name="startHours"/>.</summary>
    /// <param name="y">Samples (NaN skipped).</param>
    /// <param name="startHours">Time of sample 0 in hours since any fixed epoch.</param>
    /// <param name="stepHours">Step in hours.</param>
    /// <param name="degreesPerHour">Angular speeds of the sinusoids.</param>
    /// <param name="extra">Extra regressors, each as long as <paramref name="y"/>.</param>
    public static HarmonicFit Fit(ReadOnlySpan<double> y, double startHours, double stepHours, IReadOnlyList<double> degreesPerHour, params double[][] extra)
    {
        var rows = new List<int>();
        for (int i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(y[i]) && extra.All(e => !double.IsNaN(e[i])))
            {
                rows.Add(i);
            }
        }

        int columns = 2 + (2 * degreesPerHour.Count) + extra.Length;
        var x = Matrix<double>.Build.Dense(rows.Count, columns);
        var target = Vector<double>.Build.Dense(rows.Count);
        double mid = stepHours * y.Length / 2;
        for (int r = 0; r < rows.Count; r++)
        {
            int i = rows[r];
            double local = (i * stepHours) - mid;
            x[r, 0] = 1;
            x[r, 1] = local / 24;
            for (int k = 0; k < degreesPerHour.Count; k++)
            {
                double phase = Math.IEEERemainder(degreesPerHour[k] * (startHours + (i * stepHours)), 360) * Math.PI / 180;
                x[r, 2 + (2 * k)] = Math.Cos(phase);
                x[r, 3 + (2 * k)] = Math.Sin(phase);
            }

            for (int e = 0; e < extra.Length; e++)
            {
                x[r, 2 + (2 * degreesPerHour.Count) + e] = extra[e][i];
            }

            target[r] = y[i];
        }

        var coefficients = x.QR().Solve(target);
        var residual = target - (x * coefficients);
        return new HarmonicFit(coefficients, degreesPerHour.Count, Math.Sqrt(residual.DotProduct(residual) / rows.Count));
    }

    /// <summary>Amplitude of sinusoid <paramref name="k"/>.</summary>
    /// <param name="k">Index into the frequencies.</param>
    public double Amplitude(int k) => Math.Sqrt((_coefficients[2 + (2 * k)] * _coefficients[2 + (2 * k)]) + (_coefficients[3 + (2 * k)] * _coefficients[3 + (2 * k)]));

    /// <summary>Coefficient of extra regressor <paramref name="e"/>.</summary>
    /// <param name="e">Index into the extra regressors.</param>
    public double Extra(int e) => _coefficients[2 + (2 * _frequencies) + e];
}
