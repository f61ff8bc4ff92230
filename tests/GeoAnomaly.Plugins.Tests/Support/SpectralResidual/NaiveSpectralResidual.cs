namespace GeoAnomaly.Plugins.Tests.Support.SpectralResidual;

/// <summary>
/// Spectral residual written the slow, obvious way from the paper's formulas (Ren et al., KDD 2019, section 4.1), with
/// ML.NET's conventions (trailing average filter, extension by the average-gradient estimate, score ratio over 10):
/// plain O(n^2) complex DFT, amplitude and phase, log amplitude, average filter, residual, exp(R + iP), O(n^2)
/// inverse DFT, magnitude. A reference for the fast paths, sharing no code with them.
/// </summary>
internal static class NaiveSpectralResidual
{
    /// <summary>Amplitudes at most this fraction of sum |x| count as zero (the same floor the plugin documents).</summary>
    public const double ZeroFloor = 1e-12;

    /// <summary>The saliency map <c>S = |F^-1(exp(R + iP))|</c> of <paramref name="x"/>.</summary>
    public static double[] SaliencyMap(double[] x, int averaging)
    {
        int n = x.Length;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++)
        {
            for (int j = 0; j < n; j++)
            {
                double angle = -2 * Math.PI * j * k / n;
                re[k] += x[j] * Math.Cos(angle);
                im[k] += x[j] * Math.Sin(angle);
            }
        }

        double norm = x.Sum(Math.Abs);
        double[] logAmplitude = new double[n];
        double[] phase = new double[n];
        bool[] zero = new bool[n];
        for (int k = 0; k < n; k++)
        {
            double amplitude = Math.Sqrt((re[k] * re[k]) + (im[k] * im[k]));
            zero[k] = amplitude <= ZeroFloor * norm;
            logAmplitude[k] = zero[k] ? 0 : Math.Log(amplitude);
            phase[k] = Math.Atan2(im[k], re[k]);
        }

        double[] saliency = new double[n];
        for (int t = 0; t < n; t++)
        {
            double sumRe = 0;
            double sumIm = 0;
            for (int k = 0; k < n; k++)
            {
                if (zero[k])
                {
                    continue;
                }

                double averaged = Mean(logAmplitude, Math.Max(0, k - averaging + 1), k);
                double residual = logAmplitude[k] - averaged;
                double magnitude = Math.Exp(residual);
                double angle = phase[k] + (2 * Math.PI * t * k / n);
                sumRe += magnitude * Math.Cos(angle);
                sumIm += magnitude * Math.Sin(angle);
            }

            saliency[t] = Math.Sqrt((sumRe * sumRe) + (sumIm * sumIm)) / n;
        }

        return saliency;
    }

    /// <summary>
    /// The paper's extension estimate <c>x[n-m+1] + g * m</c>, <c>g = (1/m) sum_{i=1..m} (x[n] - x[n-i]) / i</c>, where (as
    /// ML.NET does) <c>x[n]</c> is the sample before the last one of <paramref name="window"/>.
    /// </summary>
    public static double Estimate(double[] window, int m)
    {
        int last = window.Length - 2;
        double gradient = 0;
        for (int i = 1; i <= m; i++)
        {
            gradient += (window[last] - window[last - i]) / i;
        }

        gradient /= m;
        return window[last - m + 1] + (gradient * m);
    }

    /// <summary>The window extended by <paramref name="backAdd"/> copies of <see cref="Estimate"/>.</summary>
    public static double[] Extend(double[] window, int backAdd, int lookahead)
    {
        double estimate = Estimate(window, lookahead);
        return [.. window, .. Enumerable.Repeat(estimate, backAdd)];
    }

    /// <summary>ML.NET's raw score of a saliency against an average saliency.</summary>
    public static double Score(double saliency, double average) => Math.Abs(saliency - average) / Math.Max(average, 1e-8) / 10;

    /// <summary>
    /// Fills NaN: linear interpolation between valid neighbours, nearest valid value at the ends (the documented rule).
    /// </summary>
    public static double[] Filled(double[] values)
    {
        double[] filled = (double[])values.Clone();
        int[] valid = Enumerable.Range(0, values.Length).Where(i => !double.IsNaN(values[i])).ToArray();
        for (int i = 0; i < filled.Length; i++)
        {
            if (!double.IsNaN(filled[i]) || valid.Length == 0)
            {
                continue;
            }

            int before = valid.LastOrDefault(v => v < i, -1);
            int after = valid.FirstOrDefault(v => v > i, -1);
            filled[i] = before < 0 ? values[after]
                : after < 0 ? values[before]
                : values[before] + ((values[after] - values[before]) * (i - before) / (after - before));
        }

        return filled;
    }

    /// <summary>Mean of <c>values[from..to]</c> (inclusive).</summary>
    public static double Mean(double[] values, int from, int to)
    {
        double sum = 0;
        for (int i = from; i <= to; i++)
        {
            sum += values[i];
        }

        return sum / (to - from + 1);
    }
}
