namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>One daily harmonic fit: the level at the start of the fitted day and the cos/sin coefficients of each
/// harmonic, with their amplitudes and phases.</summary>
internal sealed class HarmonicModel
{
    /// <summary>Creates an empty model for <paramref name="harmonics"/> harmonics.</summary>
    /// <param name="harmonics">Number of harmonics.</param>
    /// <param name="slots">Slots per day.</param>
    public HarmonicModel(int harmonics, int slots)
    {
        Curve = new double[slots];
        Coefficients = new double[2 * harmonics];
        Amplitudes = new double[harmonics];
        Phases = new double[harmonics];
    }

    /// <summary>The level (channel units): the fitted line's value at the start of the day with a trend, the span's
    /// mean level without.</summary>
    public double Level { get; private set; }

    /// <summary>cos and sin coefficients of harmonics 1, 2, ... in turn.</summary>
    public double[] Coefficients { get; }

    /// <summary>The daily curve (harmonics, no level) at each slot of the day, channel units.</summary>
    public double[] Curve { get; }

    /// <summary>Amplitude of each harmonic, channel units.</summary>
    public double[] Amplitudes { get; }

    /// <summary>Phase of each harmonic, degrees 0 to 360 of UTC time (see <see cref="HarmonicBasis"/>).</summary>
    public double[] Phases { get; }

    /// <summary>Sets the model from a solution of the normal equations.</summary>
    /// <param name="level">The level.</param>
    /// <param name="coefficients">cos/sin coefficients, harmonic after harmonic.</param>
    /// <param name="table">The regressors by slot, for <see cref="Curve"/>.</param>
    public void Set(double level, ReadOnlySpan<double> coefficients, HarmonicTable table)
    {
        Level = level;
        coefficients.CopyTo(Coefficients);
        int first = table.Basis.First;
        for (int s = 0; s < Curve.Length; s++)
        {
            var x = table.Row(s);
            double sum = 0;
            for (int j = 0; j < Coefficients.Length; j++)
            {
                sum += Coefficients[j] * x[first + j];
            }

            Curve[s] = sum;
        }

        for (int k = 0; k < Amplitudes.Length; k++)
        {
            double a = Coefficients[2 * k];
            double b = Coefficients[(2 * k) + 1];
            Amplitudes[k] = Math.Sqrt((a * a) + (b * b));
            double phase = Math.Atan2(b, a) * 180 / Math.PI;
            Phases[k] = phase < 0 ? phase + 360 : phase;
        }
    }
}
