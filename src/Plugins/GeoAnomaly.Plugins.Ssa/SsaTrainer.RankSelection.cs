namespace GeoAnomaly.Plugins.Ssa;

internal sealed partial class SsaTrainer
{
    /// <summary>
    /// The R factor of a Householder QR of the K × L column-major matrix <paramref name="a"/> (overwritten) into the
    /// L × L column-major <paramref name="r"/> (zero below the diagonal). False when a value is not finite.
    /// </summary>
    private static bool TriangularFactor(double[] a, int rows, int columns, double[] r)
    {
        for (int j = 0; j < columns; j++)
        {
            var column = a.AsSpan(j * rows, rows);
            double norm2 = VectorMath.Dot(column[j..], column[j..]);

            double norm = Math.Sqrt(norm2);
            if (!double.IsFinite(norm))
            {
                return false;
            }

            double diagonal = column[j];
            double beta = diagonal >= 0 ? -norm : norm;
            if (norm > 0)
            {
                // Reflector v = x - beta e₁, kept in place of x; H = I - 2vvᵀ/(vᵀv) with vᵀv = 2(‖x‖² - x₀beta).
                column[j] = diagonal - beta;
                double scale = 2 / ((2 * norm2) - (2 * diagonal * beta));
                for (int c = j + 1; c < columns; c++)
                {
                    var other = a.AsSpan((c * rows) + j, rows - j);
                    VectorMath.Axpy(-VectorMath.Dot(column[j..], other) * scale, column[j..], other);
                }
            }

            r[j + (j * columns)] = norm > 0 ? beta : 0;
            for (int c = j + 1; c < columns; c++)
            {
                r[j + (c * columns)] = a[j + (c * rows)];
            }
        }

        return true;
    }

    /// <summary>ML.NET's exact rank selection (<c>DetermineSignalRank</c>); returns the rank, 1..<paramref name="candidates"/>.</summary>
    private int SelectRank(ReadOnlySpan<double> series, int window, int candidates, double[] vectors)
    {
        int n = _length;
        int k = n - window + 1;
        int evaluation = Math.Min(Math.Max(window, 200), k);
        var x = _reconstruction.AsSpan(0, n);
        var alpha = _alpha.AsSpan(0, window - 1);
        x.Clear();
        alpha.Clear();
        double nu = 0;
        double minError = double.MaxValue;
        int best = candidates - 1;
        for (int i = 0; i < candidates; i++)
        {
            var u = vectors.AsSpan(i * window, window);
            double last = u[window - 1];
            for (int j = 0; j < window - 1; j++)
            {
                alpha[j] += last * u[j];
            }

            nu += last * last;
            AddReconstruction(series, u, k, x);

            double noiseMean = 0;
            for (int j = 0; j < n; j++)
            {
                noiseMean += series[j] - x[j];
            }

            noiseMean /= n;
            double error = FreeRunError(series, x, alpha, 1 - nu, noiseMean, evaluation, minError);
            if (error < minError)
            {
                minError = error;
                best = i;
            }
        }

        return best + 1;
    }

    /// <summary>Adds the diagonal average of <c>u (Xᵀu)ᵀ</c>, the rank-one component along <paramref name="u"/>, to <paramref name="x"/>.</summary>
    private void AddReconstruction(ReadOnlySpan<double> series, ReadOnlySpan<double> u, int k, Span<double> x)
    {
        int window = u.Length;
        int n = x.Length;
        var v = _projection.AsSpan(0, k);
        v.Clear();
        for (int l = 0; l < window; l++)
        {
            VectorMath.Axpy(u[l], series.Slice(l, k), v);
        }

        var sums = _hankel.AsSpan(0, n);
        sums.Clear();
        for (int l = 0; l < window; l++)
        {
            VectorMath.Axpy(u[l], v, sums.Slice(l, k));
        }

        for (int j = 0; j < n; j++)
        {
            int count = Math.Min(Math.Min(j + 1, n - j), Math.Min(window, k));
            x[j] += sums[j] / count;
        }
    }

    /// <summary>
    /// Sum of |series - forecast| over the last <paramref name="evaluation"/> samples when the recurrence runs on its own
    /// forecasts from the reconstruction just before them; stops early once it exceeds <paramref name="giveUp"/>.
    /// </summary>
    private double FreeRunError(
        ReadOnlySpan<double> series, ReadOnlySpan<double> x, ReadOnlySpan<double> alpha, double denominator, double noiseMean, int evaluation, double giveUp)
    {
        int n = series.Length;
        int lags = alpha.Length;
        var run = _freeRun.AsSpan(0, lags + evaluation);
        x.Slice(n - evaluation - lags, lags).CopyTo(run);
        double error = 0;
        for (int m = 0; m < evaluation; m++)
        {
            var recent = run.Slice(m, lags);
            double forecast = 0;
            for (int j = 0; j < lags; j++)
            {
                forecast += alpha[j] * recent[j];
            }

            forecast = (forecast / denominator) + noiseMean;
            run[lags + m] = forecast;
            error += Math.Abs(series[n - evaluation + m] - forecast);
            if (error > giveUp)
            {
                break;
            }
        }

        return error;
    }
}
