namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Solves accumulated normal equations by a pivoted Cholesky factorisation that drops collinear regressors.</summary>
/// <remarks>
/// <para>The equations are first equilibrated (each regressor scaled to unit sum of squares, so a pressure difference of
/// 1e-4 m and a unit intercept weigh alike). The factorisation then takes at each step the regressor with the largest
/// variance not yet explained by those already taken, and stops when that is below <see cref="Tolerance"/> of its own
/// (R² above 1 - 1e-10 on the others): such regressors are collinear and get coefficient 0. A pressure that never
/// changes makes its lag terms identically zero, so they drop and the level passes through uncorrected; nearly
/// collinear nuisances (M2 and S2 over less than 15 days) keep one of the pair, which leaves the fitted span, and so
/// the pressure coefficients, unchanged. Cost O(p³/6) for p regressors, microseconds per refit.</para>
/// </remarks>
internal static class LeastSquaresSolver
{
    /// <summary>Fraction of a regressor's own variance below which its unexplained part counts as zero.</summary>
    public const double Tolerance = 1e-10;

    /// <summary>Solves <paramref name="equations"/>; returns false when they hold no information at all.</summary>
    /// <param name="equations">Accumulated normal equations (upper triangle).</param>
    /// <param name="solution">Receives the coefficients, <see cref="NormalEquations.Size"/> of them (0 for dropped regressors).</param>
    /// <param name="leading">How many leading regressors must all be kept for <paramref name="identified"/>.</param>
    /// <param name="identified">True when none of the first <paramref name="leading"/> regressors was dropped.</param>
    public static bool Solve(NormalEquations equations, Span<double> solution, int leading, out bool identified)
    {
        ArgumentNullException.ThrowIfNull(equations);
        int p = equations.Size;
        var gram = equations.Gram;
        var moment = equations.Moment;
        double[] scale = new double[p];
        double[] a = new double[p * p];
        double[] b = new double[p];
        int[] order = new int[p];
        for (int i = 0; i < p; i++)
        {
            double diagonal = gram[(i * p) + i];
            scale[i] = diagonal > 0 && double.IsFinite(diagonal) ? 1 / Math.Sqrt(diagonal) : 0;
            order[i] = i;
        }

        for (int i = 0; i < p; i++)
        {
            b[i] = moment[i] * scale[i];
            for (int k = i; k < p; k++)
            {
                double value = gram[(i * p) + k] * scale[i] * scale[k];
                a[(i * p) + k] = value;
                a[(k * p) + i] = value;
            }
        }

        int rank = Factor(a, b, order, p);
        solution[..p].Clear();
        identified = true;
        for (int i = rank; i < p; i++)
        {
            identified &= order[i] >= leading;
        }

        if (rank == 0)
        {
            identified = false;
            return false;
        }

        // Forward then back substitution on the kept block: L z = b, Lᵀ x = z.
        double[] x = new double[rank];
        for (int i = 0; i < rank; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++)
            {
                sum -= a[(i * p) + k] * x[k];
            }

            x[i] = sum / a[(i * p) + i];
        }

        for (int i = rank - 1; i >= 0; i--)
        {
            double sum = x[i];
            for (int k = i + 1; k < rank; k++)
            {
                sum -= a[(k * p) + i] * x[k];
            }

            x[i] = sum / a[(i * p) + i];
        }

        for (int i = 0; i < rank; i++)
        {
            solution[order[i]] = x[i] * scale[order[i]];
        }

        return true;
    }

    /// <summary>Pivoted Cholesky in place, permuting <paramref name="b"/> and <paramref name="order"/> alike; returns the
    /// number of regressors kept. The matrix stays symmetric throughout (L in the lower triangle and mirrored above it,
    /// the Schur complement in both triangles), so swapping whole rows and columns keeps both parts consistent.</summary>
    private static int Factor(double[] a, double[] b, int[] order, int p)
    {
        for (int k = 0; k < p; k++)
        {
            int pivot = k;
            for (int i = k + 1; i < p; i++)
            {
                if (a[(i * p) + i] > a[(pivot * p) + pivot])
                {
                    pivot = i;
                }
            }

            if (!(a[(pivot * p) + pivot] > Tolerance))
            {
                return k;
            }

            Swap(a, b, order, p, k, pivot);
            double root = Math.Sqrt(a[(k * p) + k]);
            a[(k * p) + k] = root;
            for (int i = k + 1; i < p; i++)
            {
                a[(i * p) + k] /= root;
                a[(k * p) + i] = a[(i * p) + k];
            }

            for (int j = k + 1; j < p; j++)
            {
                double ljk = a[(j * p) + k];
                for (int i = k + 1; i < p; i++)
                {
                    a[(i * p) + j] -= a[(i * p) + k] * ljk;
                }
            }
        }

        return p;
    }

    /// <summary>Swaps regressors <paramref name="k"/> and <paramref name="q"/> in the symmetric matrix, the right-hand
    /// side and the order.</summary>
    private static void Swap(double[] a, double[] b, int[] order, int p, int k, int q)
    {
        if (k == q)
        {
            return;
        }

        (order[k], order[q]) = (order[q], order[k]);
        (b[k], b[q]) = (b[q], b[k]);
        for (int c = 0; c < p; c++)
        {
            (a[(k * p) + c], a[(q * p) + c]) = (a[(q * p) + c], a[(k * p) + c]);
        }

        for (int r = 0; r < p; r++)
        {
            (a[(r * p) + k], a[(r * p) + q]) = (a[(r * p) + q], a[(r * p) + k]);
        }
    }
}
