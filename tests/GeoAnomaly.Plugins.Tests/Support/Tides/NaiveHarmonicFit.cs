using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Tides;

/// <summary>The textbook harmonic fit, written the slow and obvious way as a reference: normal equations XᵀXβ = Xᵀy over
/// every valid sample (constant, linear trend, cosine and sine per speed), solved by Gaussian elimination with partial
/// pivoting. No blocks, no QR, no selection, no inference: fit only constituents the data resolve.</summary>
internal static class NaiveHarmonicFit
{
    /// <summary>NOAA CO-OPS published speeds, degrees per hour.</summary>
    public static readonly IReadOnlyDictionary<string, double> NoaaSpeeds = new Dictionary<string, double>
    {
        ["M2"] = 28.9841042,
        ["S2"] = 30.0,
        ["N2"] = 28.4397295,
        ["K2"] = 30.0821373,
        ["K1"] = 15.0410686,
        ["O1"] = 13.9430356,
        ["P1"] = 14.9589314,
        ["Q1"] = 13.3986609,
        ["Mf"] = 1.0980331,
        ["Mm"] = 0.5443747,
    };

    private static readonly DateTimeOffset s_j2000 = new(2000, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Amplitude of a sinusoid fitted to noise alone near <paramref name="speed"/>: the RMS amplitude fitted to
    /// <paramref name="residual"/> at eight frequencies 0.3 to 1.2 °/h either side (between the tidal lines of the band),
    /// an estimate of the standard error of an amplitude fitted at <paramref name="speed"/> (T_TIDE does the same from
    /// the residual spectrum).</summary>
    /// <param name="residual">A series with the tide removed.</param>
    /// <param name="speed">Degrees per hour.</param>
    public static double NoiseAmplitude(Series residual, double speed)
    {
        double[] offsets = [-1.2, -0.9, -0.6, -0.3, 0.3, 0.6, 0.9, 1.2];
        double sum = 0;
        foreach (double offset in offsets)
        {
            double amplitude = Fit(residual, [speed + offset])[0].Amplitude;
            sum += amplitude * amplitude;
        }

        return Math.Sqrt(sum / offsets.Length);
    }

    /// <summary>Epoch amplitude A and phase φ (degrees) of each named constituent: x ≈ c₀ + c₁t + Σ A·cos(ω(t − J2000) − φ).</summary>
    /// <param name="series">The data; NaN samples are skipped.</param>
    /// <param name="names">Constituents (keys of <see cref="NoaaSpeeds"/>).</param>
    public static Dictionary<string, (double Amplitude, double Phase)> Fit(Series series, IReadOnlyList<string> names)
    {
        var fit = Fit(series, [.. names.Select(n => NoaaSpeeds[n])]);
        return names.Select((n, c) => (n, fit[c])).ToDictionary(x => x.n, x => x.Item2);
    }

    /// <summary>Epoch amplitude and phase (degrees) at each of <paramref name="speeds"/> (degrees per hour).</summary>
    /// <param name="series">The data; NaN samples are skipped.</param>
    /// <param name="speeds">Angular speeds, degrees per hour.</param>
    public static (double Amplitude, double Phase)[] Fit(Series series, IReadOnlyList<double> speeds)
    {
        int p = 2 + (2 * speeds.Count);
        double[,] normal = new double[p, p + 1];
        double[] row = new double[p];
        double middle = (series.Count - 1) / 2.0;
        for (int i = 0; i < series.Count; i++)
        {
            double y = series[i];
            if (double.IsNaN(y))
            {
                continue;
            }

            double hours = (series.TimeAt(i) - s_j2000).TotalHours;
            row[0] = 1;
            row[1] = (i - middle) / series.Count;
            for (int c = 0; c < speeds.Count; c++)
            {
                double angle = speeds[c] * hours * Math.PI / 180.0;
                row[2 + (2 * c)] = Math.Cos(angle);
                row[3 + (2 * c)] = Math.Sin(angle);
            }

            for (int a = 0; a < p; a++)
            {
                for (int b = 0; b < p; b++)
                {
                    normal[a, b] += row[a] * row[b];
                }

                normal[a, p] += row[a] * y;
            }
        }

        double[] beta = Solve(normal, p);
        var result = new (double, double)[speeds.Count];
        for (int c = 0; c < speeds.Count; c++)
        {
            double a = beta[2 + (2 * c)];
            double b = beta[3 + (2 * c)];
            double phase = Math.Atan2(b, a) * 180.0 / Math.PI;
            result[c] = (Math.Sqrt((a * a) + (b * b)), phase < 0 ? phase + 360 : phase);
        }

        return result;
    }

    private static double[] Solve(double[,] m, int n)
    {
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (int k = 0; k <= n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            for (int r = col + 1; r < n; r++)
            {
                double factor = m[r, col] / m[col, col];
                for (int k = col; k <= n; k++)
                {
                    m[r, k] -= factor * m[col, k];
                }
            }
        }

        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--)
        {
            double sum = m[r, n];
            for (int k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * x[k];
            }

            x[r] = sum / m[r, r];
        }

        return x;
    }
}
