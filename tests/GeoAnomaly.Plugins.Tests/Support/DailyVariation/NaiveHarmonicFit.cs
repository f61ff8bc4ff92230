using GeoAnomaly.Plugins.DailyVariation;
using GeoAnomaly.Sdk;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tests.Support.DailyVariation;

/// <summary>
/// The harmonic fit written the obvious way, as a reference for the fast path: the design matrix of every valid sample
/// of the <c>span</c> UTC days before a day (regressors straight from the definition: cos/sin of k·2π·UT/24 h, a level
/// per day, one line or one constant), solved by MathNet's QR decomposition (no normal equations, no day sums).
/// </summary>
internal static class NaiveHarmonicFit
{
    /// <summary>The fit for the day starting at sample <paramref name="dayStart"/> (a UTC midnight).</summary>
    /// <param name="series">Minute series starting at a UTC midnight.</param>
    /// <param name="dayStart">Index of the fitted day's first sample.</param>
    /// <param name="span">Days before it.</param>
    /// <param name="harmonics">Harmonics.</param>
    /// <param name="level">Level model.</param>
    /// <returns>The level removed on the day and the cos/sin coefficients, harmonic after harmonic.</returns>
    public static (double Level, double[] Coefficients) Fit(Series series, int dayStart, int span, int harmonics, DailyVariationLevel level)
    {
        const int Day = 1440;
        int from = dayStart - (span * Day);
        var rows = new List<double[]>();
        var ys = new List<double>();
        int levels = level == DailyVariationLevel.Daily ? span : level == DailyVariationLevel.Trend ? 2 : 1;
        for (int i = from; i < dayStart; i++)
        {
            if (double.IsNaN(series[i]))
            {
                continue;
            }

            double[] row = new double[levels + (2 * harmonics)];
            double days = (double)(i - dayStart) / Day;
            switch (level)
            {
                case DailyVariationLevel.Daily:
                    row[(i - from) / Day] = 1;
                    break;
                case DailyVariationLevel.Trend:
                    row[0] = 1;
                    row[1] = days;
                    break;
                default:
                    row[0] = 1;
                    break;
            }

            double hours = series.TimeAt(i).UtcDateTime.TimeOfDay.TotalHours;
            for (int k = 1; k <= harmonics; k++)
            {
                row[levels + (2 * (k - 1))] = Math.Cos(k * 2 * Math.PI * hours / 24);
                row[levels + (2 * (k - 1)) + 1] = Math.Sin(k * 2 * Math.PI * hours / 24);
            }

            rows.Add(row);
            ys.Add(series[i]);
        }

        var x = Matrix<double>.Build.DenseOfRowArrays(rows);
        var y = Vector<double>.Build.DenseOfEnumerable(ys);
        var beta = x.QR().Solve(y);

        // The level removed: the last day's own level, or the line at the fitted day's start (t = 0), or the constant.
        double removed = level == DailyVariationLevel.Daily ? beta[span - 1] : beta[0];
        return (removed, [.. beta.Skip(levels)]);
    }
}
