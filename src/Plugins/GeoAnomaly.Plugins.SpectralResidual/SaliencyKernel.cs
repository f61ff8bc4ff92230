namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>
/// Computes, for one trailing window, the saliency of its last sample and the average saliency over the judgement
/// window: extension by the estimated next value, Fourier transform, spectral residual, inverse transform.
/// </summary>
/// <remarks>
/// Two implementations give the same numbers within round-off: <see cref="DftSaliencyKernel"/> (precomputed real DFT
/// matrices, for the short transforms of the default options) and <see cref="FftSaliencyKernel"/> (<see cref="Fft"/>,
/// for long windows). <see cref="Create"/> picks one by transform length, so a given set of options always runs the same
/// arithmetic. The DFT matrices cost O(L * windowSize) per window against O(M log M) for the FFT (M the power of two at
/// or above 2L - 1); measured, they are faster up to about 500 points (about 3 times at L = 305), and past 512 points
/// they would also pass 2 MB.
/// </remarks>
internal abstract class SaliencyKernel
{
    /// <summary>The longest transform (window + appended estimates) computed with <see cref="DftSaliencyKernel"/>.</summary>
    public const int MaxDftLength = 512;

    /// <summary>Returns the kernel for <paramref name="options"/>.</summary>
    /// <param name="options">Valid options.</param>
    public static SaliencyKernel Create(SpectralResidualOptions options) =>
        options.ExtendedLength <= MaxDftLength ? new DftSaliencyKernel(options) : new FftSaliencyKernel(options);

    /// <summary>Evaluates one window.</summary>
    /// <param name="window">The last <c>windowSize</c> samples, oldest first, without NaN.</param>
    /// <param name="average">Receives the average saliency over the last <c>judgementWindowSize</c> samples.</param>
    /// <returns>The saliency of the last sample of <paramref name="window"/>.</returns>
    public abstract double Evaluate(ReadOnlySpan<double> window, out double average);
}
