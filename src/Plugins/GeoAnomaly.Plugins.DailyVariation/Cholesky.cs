namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>Solves small symmetric positive definite systems (normal equations) in place by Cholesky factorisation.</summary>
internal static class Cholesky
{
    /// <summary>A pivot below this fraction of its diagonal entry marks the system as singular (a regressor that the
    /// data cannot tell from the others, for example a harmonic over too short a stretch).</summary>
    public const double RelativePivot = 1e-10;

    /// <summary>Solves <c>A x = b</c>; <paramref name="a"/> (row-major n×n, lower triangle read) is overwritten by its factor
    /// and <paramref name="b"/> by the solution.</summary>
    /// <param name="a">The matrix, row-major; only the lower triangle is read.</param>
    /// <param name="b">The right-hand side; receives the solution.</param>
    /// <param name="n">The order.</param>
    /// <returns>False when the matrix is not (numerically) positive definite; <paramref name="b"/> is then garbage.</returns>
    public static bool Solve(Span<double> a, Span<double> b, int n)
    {
        for (int j = 0; j < n; j++)
        {
            double diagonal = a[(j * n) + j];
            double sum = diagonal;
            for (int k = 0; k < j; k++)
            {
                sum -= a[(j * n) + k] * a[(j * n) + k];
            }

            if (!(sum > RelativePivot * diagonal) || !(diagonal > 0))
            {
                return false;
            }

            double pivot = Math.Sqrt(sum);
            a[(j * n) + j] = pivot;
            for (int i = j + 1; i < n; i++)
            {
                double s = a[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    s -= a[(i * n) + k] * a[(j * n) + k];
                }

                a[(i * n) + j] = s / pivot;
            }
        }

        for (int i = 0; i < n; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++)
            {
                s -= a[(i * n) + k] * b[k];
            }

            b[i] = s / a[(i * n) + i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int k = i + 1; k < n; k++)
            {
                s -= a[(k * n) + i] * b[k];
            }

            b[i] = s / a[(i * n) + i];
        }

        return true;
    }
}
