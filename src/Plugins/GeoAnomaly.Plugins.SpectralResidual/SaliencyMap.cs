namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>
/// The saliency map of a series of any length through <see cref="Fft"/>: log-amplitude spectrum, its trailing average,
/// the spectral residual, and the magnitude of the inverse transform.
/// </summary>
/// <remarks>
/// FFT convention: forward unscaled with <c>e^(-i)</c>, inverse scaled by <c>1/n</c> (MathNet's
/// <c>FourierOptions.Matlab</c>, ML.NET's <c>FftUtils</c>), so magnitudes compare directly with ML.NET's. Tables and
/// buffers are kept for the last length used.
/// </remarks>
internal sealed class SaliencyMap
{
    private readonly int _averagingWindowSize;
    private Fft _fft = new(1);
    private double[] _re = [];
    private double[] _im = [];
    private double[] _logAmplitude = [];
    private double[] _average = [];
    private bool[] _zero = [];

    /// <summary>Creates a map builder.</summary>
    /// <param name="averagingWindowSize">Bins in the trailing average of the log-amplitude spectrum.</param>
    public SaliencyMap(int averagingWindowSize)
    {
        _averagingWindowSize = averagingWindowSize;
    }

    /// <summary>Computes the saliency map of <paramref name="series"/>.</summary>
    /// <param name="series">The (already extended) series, without NaN.</param>
    /// <param name="saliency">Receives one saliency per sample; as long as <paramref name="series"/>.</param>
    public void Compute(ReadOnlySpan<double> series, Span<double> saliency)
    {
        int n = series.Length;
        if (_fft.Length != n)
        {
            _fft = new Fft(n);
            _re = new double[n];
            _im = new double[n];
            _logAmplitude = new double[n];
            _average = new double[n];
            _zero = new bool[n];
        }

        double norm = 0;
        for (int i = 0; i < n; i++)
        {
            norm += Math.Abs(series[i]);
        }

        series.CopyTo(_re);
        Array.Clear(_im);
        _fft.Forward(_re, _im);
        double floor = SpectralResidualMath.RelativeAmplitudeFloor * norm;
        for (int k = 0; k < n; k++)
        {
            double amplitude = Math.Sqrt((_re[k] * _re[k]) + (_im[k] * _im[k]));
            // a zero amplitude: log taken as 0 and the bin left out of the inverse (ML.NET does the same)
            _zero[k] = amplitude <= floor;
            _logAmplitude[k] = _zero[k] ? 0 : Math.Log(amplitude);
        }

        SpectralResidualMath.TrailingMean(_logAmplitude, _averagingWindowSize, _average);
        for (int k = 0; k < n; k++)
        {
            // exp(R + iP) = exp(log A - mean log A) * X / A = X * exp(-mean log A)
            double weight = _zero[k] ? 0 : Math.Exp(-_average[k]);
            _re[k] *= weight;
            _im[k] *= weight;
        }

        _fft.Inverse(_re, _im);
        for (int i = 0; i < n; i++)
        {
            saliency[i] = Math.Sqrt((_re[i] * _re[i]) + (_im[i] * _im[i]));
        }
    }
}
