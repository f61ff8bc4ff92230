using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Sdk;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tests.Support.Barometric;

/// <summary>
/// The distributed-lag fit of one window done the plain way: the design matrix written out row by row (lagged pressure
/// differences, intercept, solar harmonics from exact trigonometry) and solved by MathNet's QR, or, with barometer noise,
/// by the corrected normal equations formed from that matrix. A reference for the streaming fit, which accumulates
/// per-interval normal equations and solves them by pivoted Cholesky.
/// </summary>
internal static class NaiveDistributedLag
{
    /// <summary>Fits rows <paramref name="from"/> .. <paramref name="to"/> - 1 of the series.</summary>
    /// <param name="level">Level samples.</param>
    /// <param name="pressure">Pressure samples (pressure units).</param>
    /// <param name="options">The component's options (lags, terms, tides, venting, noise).</param>
    /// <param name="scale">Level units per pressure unit.</param>
    /// <param name="from">First row (sample index).</param>
    /// <param name="to">One past the last row.</param>
    /// <returns>The bin coefficients and the mean scaled pressure over the rows' samples.</returns>
    public static (double[] Coefficients, double MeanPressure) Fit(Series level, Series pressure, BarometricOptions options, double scale, int from, int to)
    {
        var bins = new LagBins(options.Lags, options.LagTerms);
        int m = bins.Count;
        int size = m + 1 + (options.EarthTides ? 4 : 0);
        var rows = new List<double[]>();
        var responses = new List<double>();
        double pressureSum = 0;
        int pressureCount = 0;
        for (int t = from; t < to; t++)
        {
            double p = pressure[t] * scale;
            if (double.IsFinite(p))
            {
                pressureSum += p;
                pressureCount++;
            }

            double change = Height(level, pressure, options, scale, t) - Height(level, pressure, options, scale, t - 1);
            double[] row = new double[size];
            bool complete = double.IsFinite(change);
            for (int j = 0; j < m && complete; j++)
            {
                row[j] = (pressure[t - bins.Edges[j]] - pressure[t - bins.Edges[j + 1]]) * scale;
                complete = double.IsFinite(row[j]);
            }

            if (!complete)
            {
                continue;
            }

            row[m] = 1;
            if (options.EarthTides)
            {
                double days = (level.TimeAt(t) - new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero)).TotalDays;
                for (int c = 0; c < 2; c++)
                {
                    row[m + 1 + (2 * c)] = Math.Cos(2 * Math.PI * (c + 1) * days);
                    row[m + 2 + (2 * c)] = Math.Sin(2 * Math.PI * (c + 1) * days);
                }
            }

            rows.Add(row);
            responses.Add(change);
        }

        var x = Matrix<double>.Build.DenseOfRowArrays(rows);
        var y = Vector<double>.Build.DenseOfEnumerable(responses);
        Vector<double> solution;
        if (options.PressureNoise > 0)
        {
            var gram = x.TransposeThisAndMultiply(x);
            var moment = x.TransposeThisAndMultiply(y);
            double total = rows.Count * Math.Pow(options.PressureNoise * scale, 2);
            for (int j = 0; j < m; j++)
            {
                gram[j, j] -= 2 * total;
                if (j + 1 < m)
                {
                    gram[j, j + 1] += total;
                    gram[j + 1, j] += total;
                }
            }

            if (!options.Vented)
            {
                moment[0] += 2 * total;
                moment[1] -= total;
            }

            solution = gram.Solve(moment);
        }
        else
        {
            solution = x.QR().Solve(y);
        }

        return ([.. solution.Take(m)], pressureSum / pressureCount);
    }

    private static double Height(Series level, Series pressure, BarometricOptions options, double scale, int t)
    {
        double water = options.Vented ? level[t] : level[t] - (pressure[t] * scale);
        return options.LevelSense == LevelSense.Depth ? -water : water;
    }
}
