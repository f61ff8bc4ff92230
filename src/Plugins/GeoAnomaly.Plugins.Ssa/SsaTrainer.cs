using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace GeoAnomaly.Plugins.Ssa;

/// <summary>Fits an <see cref="SsaModel"/> to a training window the way ML.NET's adaptive SSA modeler trains.</summary>
/// <remarks>
/// <para>Steps (ML.NET's <c>AdaptiveSingularSpectrumSequenceModelerInternal.TrainCore</c> with exact rank selection,
/// no stabilisation and no forecast intervals, as <c>SsaChangePointDetector</c> configures it):</para>
/// <list type="number">
/// <item>Trajectory matrix <c>X</c> (L × K, <c>K = N - L + 1</c>, column k = samples k..k+L-1).</item>
/// <item>Left singular vectors of <c>X</c>: a Householder QR of <c>Xᵀ</c> gives the L × L factor R, and MathNet's SVD of R
/// gives them as R's right singular vectors. This equals the SVD of X (Xᵀ = QR, R = UΣVᵀ, so X = VΣ(QU)ᵀ) at
/// O(KL²) cost, without the K × K factor a full SVD of X computes and without squaring the condition number as an
/// eigen-decomposition of XXᵀ would (a series with an offset of 10⁵ times its noise keeps its small components).</item>
/// <item>If a candidate singular vector is a standard basis vector in its last component (<c>1 - πᵢ² ≤ 10⁻⁹</c>; ML.NET
/// tests <c>πᵢ² == 1</c> in single precision) the recurrence would divide by zero: the window shrinks by one and the fit
/// starts again, down to L = 2, as in ML.NET.</item>
/// <item>Rank selection (<c>DetermineSignalRank</c>): for r = 1..L/2, reconstruct the series from the first r components
/// by diagonal averaging, then run the recurrence freely over the last <c>min(max(L, 200), K)</c> samples starting from the
/// reconstruction just before them, adding the mean reconstruction residual; the r with the smallest sum of absolute
/// errors wins. Components at or below 10⁻¹² of the largest singular value are not candidates (their vectors are
/// arbitrary; ML.NET does not exclude them).</item>
/// <item>Recurrence coefficients from the chosen r (see <see cref="SsaModel"/>).</item>
/// </list>
/// <para>When the decomposition fails, gives non-finite values, the window is all zeros, or <c>1 - ν² ≤ 10⁻⁹</c>, the
/// model falls back to ML.NET's naive one: rank 1 with <c>u = (1/√L, …)</c>, a forecast that averages the recent smoothed
/// values.</para>
/// </remarks>
internal sealed partial class SsaTrainer
{
    /// <summary>How close to 1 the verticality <c>ν²</c> (or one <c>πᵢ²</c>) may come.</summary>
    public const double VerticalityTolerance = 1e-9;

    /// <summary>Singular values at or below this fraction of the largest are numerically zero.</summary>
    public const double RankTolerance = 1e-12;

    private readonly int _length;
    private readonly int _window;
    private readonly double[] _trajectory;
    private readonly double[] _reconstruction;
    private readonly double[] _hankel;
    private readonly double[] _projection;
    private readonly double[] _freeRun;
    private readonly double[] _alpha;

    /// <summary>Creates a trainer for windows of <paramref name="length"/> samples and embedding window <paramref name="window"/>.</summary>
    public SsaTrainer(int length, int window)
    {
        _length = length;
        _window = window;
        _trajectory = new double[length * window];
        _reconstruction = new double[length];
        _hankel = new double[length];
        _projection = new double[length];
        _freeRun = new double[length + window];
        _alpha = new double[window];
    }

    private enum Outcome
    {
        Fitted,
        ReduceWindow,
        Naive,
    }

    /// <summary>Fits <paramref name="model"/> to <paramref name="series"/> (exactly the training length, no NaN).</summary>
    public void Fit(ReadOnlySpan<double> series, SsaModel model)
    {
        for (int window = _window; ; window--)
        {
            var outcome = TryFit(series, window, model);
            if (outcome == Outcome.Fitted)
            {
                return;
            }

            if (outcome == Outcome.Naive || window <= 2)
            {
                FitNaive(window, model);
                return;
            }
        }
    }

    /// <summary>ML.NET's fallback: rank 1, <c>u = 1/√L</c>, so <c>α = 1/(L-1)</c> for every lag.</summary>
    private static void FitNaive(int window, SsaModel model)
    {
        double u = 1 / Math.Sqrt(window);
        Array.Fill(model.Vectors, u, 0, window);
        double nu = u * u;
        for (int j = 0; j < window - 1; j++)
        {
            model.Alpha[j] = u * u / (1 - nu);
        }

        model.Window = window;
        model.Rank = 1;
        model.IsNaive = true;
    }

    private Outcome TryFit(ReadOnlySpan<double> series, int window, SsaModel model)
    {
        int k = _length - window + 1;
        for (int l = 0; l < window; l++)
        {
            series.Slice(l, k).CopyTo(_trajectory.AsSpan(l * k, k));
        }

        double[] r = new double[window * window];
        if (!TriangularFactor(_trajectory, k, window, r))
        {
            return Outcome.Naive;
        }

        Svd<double> svd;
        try
        {
            svd = Matrix<double>.Build.Dense(window, window, r).Svd(computeVectors: true);
        }
        catch (NonConvergenceException)
        {
            return Outcome.Naive;
        }

        double largest = svd.S[0];
        if (!(largest > 0) || !double.IsFinite(largest))
        {
            return Outcome.Naive;
        }

        int candidates = 0;
        while (candidates < window / 2 && svd.S[candidates] > RankTolerance * largest)
        {
            candidates++;
        }

        var vt = svd.VT;
        for (int i = 0; i < candidates; i++)
        {
            for (int l = 0; l < window; l++)
            {
                double v = vt[i, l];
                if (!double.IsFinite(v))
                {
                    return Outcome.Naive;
                }

                model.Vectors[(i * window) + l] = v;
            }

            double last = model.Vectors[(i * window) + window - 1];
            if (1 - (last * last) <= VerticalityTolerance)
            {
                return Outcome.ReduceWindow;
            }
        }

        int rank = SelectRank(series, window, candidates, model.Vectors);
        return SetRecurrence(model, window, rank) ? Outcome.Fitted : Outcome.Naive;
    }

    /// <summary>α from the first <paramref name="rank"/> vectors; false when <c>1 - ν²</c> is too small or α is not finite.</summary>
    private static bool SetRecurrence(SsaModel model, int window, int rank)
    {
        double nu = 0;
        Array.Clear(model.Alpha, 0, window - 1);
        for (int i = 0; i < rank; i++)
        {
            double last = model.Vectors[(i * window) + window - 1];
            nu += last * last;
            for (int j = 0; j < window - 1; j++)
            {
                model.Alpha[j] += last * model.Vectors[(i * window) + j];
            }
        }

        if (1 - nu <= VerticalityTolerance)
        {
            return false;
        }

        for (int j = 0; j < window - 1; j++)
        {
            model.Alpha[j] /= 1 - nu;
            if (!double.IsFinite(model.Alpha[j]))
            {
                return false;
            }
        }

        model.Window = window;
        model.Rank = rank;
        model.IsNaive = false;
        return true;
    }
}
