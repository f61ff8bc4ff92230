using System.Collections.Concurrent;

namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>The real matrices of <see cref="DftSaliencyKernel"/>, column-major with padded rows.</summary>
/// <remarks>
/// With L the transform length, <c>half = L / 2</c> and <c>bins = (L - 1) / 2</c>, the half spectrum is laid out as
/// <c>Re X[0..half]</c> then <c>Im X[1..bins]</c> (L numbers). Angles are reduced exactly (<c>j * k mod L</c>) before
/// the cosine and sine are taken. The matrices never change once built, so states with the same shape share one copy
/// (<see cref="Shared"/>): a transform of 512 points costs 2 MB.
/// </remarks>
internal static class DftMatrices
{
    private static readonly ConcurrentDictionary<(int, int, int), (double[] Forward, double[] InverseEven, double[] InverseOdd)> s_shared = new();

    /// <summary>The three matrices for one shape, built on first use and shared afterwards (never written to).</summary>
    /// <param name="windowSize">Samples in the window.</param>
    /// <param name="length">Transform length L.</param>
    /// <param name="outputs">Samples of the saliency map wanted.</param>
    /// <param name="spectrumRows">Rows of storage of the forward matrix.</param>
    /// <param name="outputRows">Rows of storage of the inverse matrices.</param>
    public static (double[] Forward, double[] InverseEven, double[] InverseOdd) Shared(int windowSize, int length, int outputs, int spectrumRows, int outputRows) =>
        s_shared.GetOrAdd((windowSize, length, outputs), _ => (
            Forward(windowSize, length, spectrumRows),
            InverseEven(windowSize, length, outputs, outputRows),
            InverseOdd(windowSize, length, outputs, outputRows)));

    /// <summary>
    /// Forward transform of the window (columns 0..windowSize-1) and of the appended estimate (last column, which
    /// stands for all L - windowSize appended samples at once): <c>Re X[k] = sum x[j] cos(2 pi jk/L)</c>,
    /// <c>Im X[k] = -sum x[j] sin(2 pi jk/L)</c>.
    /// </summary>
    /// <param name="windowSize">Samples in the window.</param>
    /// <param name="length">Transform length L.</param>
    /// <param name="rows">Rows of storage per column (at least L).</param>
    public static double[] Forward(int windowSize, int length, int rows)
    {
        int half = length / 2;
        int bins = (length - 1) / 2;
        double[] matrix = new double[(windowSize + 1) * rows];
        for (int j = 0; j < length; j++)
        {
            int column = Math.Min(j, windowSize);
            int at = column * rows;
            for (int k = 0; k <= half; k++)
            {
                matrix[at + k] += Cos(j, k, length);
            }

            for (int k = 1; k <= bins; k++)
            {
                matrix[at + half + k] -= Sin(j, k, length);
            }
        }

        return matrix;
    }

    /// <summary>
    /// Inverse transform of a conjugate-symmetric half spectrum, rows for the samples
    /// <c>t = windowSize - outputs .. windowSize - 1</c>:
    /// <c>(1/L) (G[0] + 2 sum (Re G[k] cos - Im G[k] sin)(2 pi tk/L) + G[L/2] (-1)^t)</c>.
    /// </summary>
    /// <param name="windowSize">Samples in the window.</param>
    /// <param name="length">Transform length L.</param>
    /// <param name="outputs">Samples of the saliency map wanted (the judgement window).</param>
    /// <param name="rows">Rows of storage per column (at least <paramref name="outputs"/>).</param>
    public static double[] InverseEven(int windowSize, int length, int outputs, int rows)
    {
        int half = length / 2;
        int bins = (length - 1) / 2;
        double[] matrix = new double[length * rows];
        for (int row = 0; row < outputs; row++)
        {
            int t = windowSize - outputs + row;
            matrix[row] = 1.0 / length;
            for (int k = 1; k <= bins; k++)
            {
                matrix[(k * rows) + row] = 2.0 * Cos(t, k, length) / length;
                matrix[((half + k) * rows) + row] = -2.0 * Sin(t, k, length) / length;
            }

            if (half > bins)
            {
                matrix[(half * rows) + row] = (t % 2 == 0 ? 1.0 : -1.0) / length;
            }
        }

        return matrix;
    }

    /// <summary>
    /// Inverse transform of a conjugate-antisymmetric half spectrum <c>H</c> (<c>H[L-k] = -conj(H[k])</c>), divided by
    /// i: <c>(2/L) sum (Re H[k] sin + Im H[k] cos)(2 pi tk/L)</c>; inputs <c>Re H[1..bins]</c> then <c>Im H[1..bins]</c>,
    /// then zero columns up to L columns (so it pairs with <see cref="InverseEven"/> in
    /// <see cref="MatrixVector.MultiplyPair"/>).
    /// </summary>
    /// <param name="windowSize">Samples in the window.</param>
    /// <param name="length">Transform length L.</param>
    /// <param name="outputs">Samples of the saliency map wanted.</param>
    /// <param name="rows">Rows of storage per column.</param>
    public static double[] InverseOdd(int windowSize, int length, int outputs, int rows)
    {
        int bins = (length - 1) / 2;
        double[] matrix = new double[length * rows];
        for (int row = 0; row < outputs; row++)
        {
            int t = windowSize - outputs + row;
            for (int k = 1; k <= bins; k++)
            {
                matrix[((k - 1) * rows) + row] = 2.0 * Sin(t, k, length) / length;
                matrix[((bins + k - 1) * rows) + row] = 2.0 * Cos(t, k, length) / length;
            }
        }

        return matrix;
    }

    private static double Cos(int j, int k, int length) => Math.Cos(2.0 * Math.PI * ((long)j * k % length) / length);

    private static double Sin(int j, int k, int length) => Math.Sin(2.0 * Math.PI * ((long)j * k % length) / length);
}
