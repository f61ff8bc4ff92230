using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tests.Support.Ssa;

/// <summary>An SSA model the plain way: the full trajectory matrix, MathNet's full SVD of it, ML.NET's training rules.</summary>
/// <param name="Window">Embedding window L.</param>
/// <param name="Vectors">The chosen singular vectors (columns).</param>
/// <param name="Alpha">Recurrence coefficients, oldest lag first.</param>
internal sealed record NaiveSsaFit(int Window, Matrix<double> Vectors, double[] Alpha)
{
    /// <summary>Fits a training window as ML.NET's <c>TrainCore</c> with exact rank selection (see SsaTrainer's remarks).</summary>
    public static NaiveSsaFit Fit(double[] series, int window)
    {
        while (true)
        {
            int n = series.Length;
            int k = n - window + 1;
            var x = Matrix<double>.Build.Dense(window, k, (row, column) => series[row + column]);
            var svd = x.Svd(computeVectors: true);
            if (!(svd.S[0] > 0))
            {
                return Averaging(window);
            }

            int candidates = Enumerable.Range(0, window / 2).TakeWhile(i => svd.S[i] > 1e-12 * svd.S[0]).Count();
            var u = svd.U.SubMatrix(0, window, 0, candidates);
            bool vertical = Enumerable.Range(0, candidates).Any(i => 1 - (u[window - 1, i] * u[window - 1, i]) <= 1e-9);
            if (vertical)
            {
                if (window == 2)
                {
                    return Averaging(window);
                }

                window--;
                continue;
            }

            int bestRank = 1;
            double bestError = double.PositiveInfinity;
            for (int rank = 1; rank <= candidates; rank++)
            {
                var ur = u.SubMatrix(0, window, 0, rank);
                double[] alpha = Recurrence(ur);
                double[] reconstruction = DiagonalAverage(ur * ur.Transpose() * x, n);
                double noiseMean = series.Zip(reconstruction, (a, b) => a - b).Average();
                double error = FreeRunError(series, reconstruction, alpha, noiseMean, Math.Min(Math.Max(window, 200), k));
                if (error < bestError)
                {
                    bestError = error;
                    bestRank = rank;
                }
            }

            var chosen = u.SubMatrix(0, window, 0, bestRank);
            double[] coefficients = Recurrence(chosen);
            return coefficients.All(double.IsFinite) ? new NaiveSsaFit(window, chosen, coefficients) : Averaging(window);
        }
    }

    /// <summary>Forecast of the sample after <paramref name="recent"/> (its last 2L-2 values are used).</summary>
    public double Forecast(ReadOnlySpan<double> recent)
    {
        int lags = Window - 1;
        var projector = Vectors * Vectors.Transpose();
        double[] smoothed = new double[lags];
        for (int i = 0; i < lags; i++)
        {
            // Sample lags-1-i steps back lies at position i+1+d of the window ending d steps back, d = 0..lags-1-i.
            double sum = 0;
            for (int d = 0; d <= lags - 1 - i; d++)
            {
                var w = Vector<double>.Build.Dense(recent.Slice(recent.Length - d - Window, Window).ToArray());
                sum += (projector * w)[i + 1 + d];
            }

            smoothed[i] = sum / (lags - i);
        }

        return smoothed.Zip(Alpha, (s, a) => s * a).Sum();
    }

    private static NaiveSsaFit Averaging(int window)
    {
        var u = Matrix<double>.Build.Dense(window, 1, 1 / Math.Sqrt(window));
        return new NaiveSsaFit(window, u, Recurrence(u));
    }

    /// <summary>α = Σ πᵢ uᵢ^∇ / (1 - Σ πᵢ²); NaN when 1 - ν² ≤ 10⁻⁹.</summary>
    private static double[] Recurrence(Matrix<double> u)
    {
        int window = u.RowCount;
        double nu = 0;
        double[] alpha = new double[window - 1];
        for (int i = 0; i < u.ColumnCount; i++)
        {
            double pi = u[window - 1, i];
            nu += pi * pi;
            for (int j = 0; j < window - 1; j++)
            {
                alpha[j] += pi * u[j, i];
            }
        }

        return 1 - nu <= 1e-9 ? alpha.Select(_ => double.NaN).ToArray() : alpha.Select(a => a / (1 - nu)).ToArray();
    }

    /// <summary>Hankelisation: entry n of the series is the mean of the matrix entries on anti-diagonal n.</summary>
    private static double[] DiagonalAverage(Matrix<double> m, int n)
    {
        double[] sums = new double[n];
        int[] counts = new int[n];
        for (int row = 0; row < m.RowCount; row++)
        {
            for (int column = 0; column < m.ColumnCount; column++)
            {
                sums[row + column] += m[row, column];
                counts[row + column]++;
            }
        }

        return sums.Zip(counts, (s, c) => s / c).ToArray();
    }

    private static double FreeRunError(double[] series, double[] reconstruction, double[] alpha, double noiseMean, int evaluation)
    {
        int n = series.Length;
        var run = reconstruction[(n - evaluation - alpha.Length)..(n - evaluation)].ToList();
        double error = 0;
        for (int j = n - evaluation; j < n; j++)
        {
            double forecast = noiseMean;
            for (int lag = 0; lag < alpha.Length; lag++)
            {
                forecast += alpha[lag] * run[run.Count - alpha.Length + lag];
            }

            run.Add(forecast);
            error += Math.Abs(series[j] - forecast);
        }

        return double.IsNaN(error) ? double.PositiveInfinity : error;
    }
}
