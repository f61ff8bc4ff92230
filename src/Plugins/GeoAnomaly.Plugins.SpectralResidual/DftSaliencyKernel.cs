using System.Numerics;

namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>
/// The saliency of a window's last sample through precomputed real DFT matrices, for short transforms (the default
/// window of 24 plus 5 estimates is a prime length, 29, where an FFT has no fast path).
/// </summary>
/// <remarks>
/// <para>Same convention as <see cref="SaliencyMap"/> (forward unscaled with <c>e^(-i)</c>, inverse scaled by 1/L).
/// Three facts make it cheap:</para>
/// <list type="bullet">
/// <item>The window is real, so its spectrum is conjugate-symmetric: L real numbers (Re X[0..L/2], Im X[1..(L-1)/2])
/// hold it all. The appended estimate is one more linear input, so the forward transform is one
/// (L x (window + 1)) matrix times the window and the estimate.</item>
/// <item>The spectral residual multiplies bin k by a real weight <c>w[k] = exp(-mean log A)</c>, which is not symmetric
/// in k (the average filter trails). Split into an even part <c>(w[k] + w[L-k]) / 2</c> and an odd part
/// <c>(w[k] - w[L-k]) / 2</c>: the even part gives a real inverse, the odd part a purely imaginary one, each from the
/// half spectrum, so the complex inverse costs two real matrix products.</item>
/// <item>Only the last <c>judgementWindowSize</c> samples of the saliency map are needed, so the inverse matrices have
/// that many rows, not L.</item>
/// </list>
/// <para>Matrices are column-major with rows padded to the SIMD width (<see cref="MatrixVector"/>); the log and exp of
/// the spectral residual are vectorised too.</para>
/// </remarks>
internal sealed class DftSaliencyKernel : SaliencyKernel
{
    private readonly int _windowSize;
    private readonly int _length;
    private readonly int _half;
    private readonly int _imaginaryBins;
    private readonly int _lookahead;
    private readonly int _averaging;
    private readonly int _judgement;
    private readonly int _backAdd;
    private readonly int _spectrumRows;
    private readonly int _outputRows;
    private readonly double[] _forward;
    private readonly double[] _inverseEven;
    private readonly double[] _inverseOdd;
    private readonly double[] _input;
    private readonly double[] _spectrum;
    private readonly double[] _power;
    private readonly double[] _logAmplitude;
    private readonly double[] _keep;
    private readonly double[] _averageLog;
    private readonly double[] _weight;
    private readonly double[] _even;
    private readonly double[] _odd;
    private readonly double[] _real;
    private readonly double[] _imaginary;

    /// <summary>Precomputes the matrices for <paramref name="options"/>.</summary>
    /// <param name="options">Valid options.</param>
    public DftSaliencyKernel(SpectralResidualOptions options)
    {
        _windowSize = options.WindowSize;
        _backAdd = options.BackAddWindowSize;
        _lookahead = options.LookaheadWindowSize;
        _averaging = options.AveragingWindowSize;
        _judgement = options.JudgementWindowSize;
        _length = options.ExtendedLength;
        _half = _length / 2;
        _imaginaryBins = (_length - 1) / 2;
        _spectrumRows = PadToVector(_length);
        _outputRows = PadToVector(_judgement);
        (_forward, _inverseEven, _inverseOdd) = DftMatrices.Shared(_windowSize, _length, _judgement, _spectrumRows, _outputRows);
        _input = new double[_windowSize + 1];
        _spectrum = new double[_spectrumRows];
        // padded to whole vectors; the padding is never read back
        int padded = PadToVector(_length);
        _power = new double[padded];
        _logAmplitude = new double[padded];
        _keep = new double[padded];
        _averageLog = new double[padded];
        _weight = new double[padded];
        _even = new double[_length];
        _odd = new double[_length];
        _real = new double[_outputRows];
        _imaginary = new double[_outputRows];
    }

    /// <inheritdoc />
    public override double Evaluate(ReadOnlySpan<double> window, out double average)
    {
        int n = _windowSize;
        int half = _half;
        int bins = _imaginaryBins;
        window.CopyTo(_input);
        double next = SpectralResidualMath.PredictNext(window, _lookahead);
        _input[n] = next;
        double norm = _backAdd * Math.Abs(next);
        for (int i = 0; i < n; i++)
        {
            norm += Math.Abs(window[i]);
        }

        MatrixVector.Multiply(_forward, _spectrumRows, _input, _spectrum);
        LogAmplitudes(norm);
        SpectralResidualMath.TrailingMean(_logAmplitude.AsSpan(0, _length), _averaging, _averageLog);
        Weights();

        // even part of the weights (real inverse) and odd part (imaginary inverse)
        _even[0] = _spectrum[0] * _weight[0];
        for (int k = 1; k <= bins; k++)
        {
            double evenWeight = 0.5 * (_weight[k] + _weight[_length - k]);
            double oddWeight = 0.5 * (_weight[k] - _weight[_length - k]);
            double re = _spectrum[k];
            double im = _spectrum[half + k];
            _even[k] = re * evenWeight;
            _even[half + k] = im * evenWeight;
            _odd[k - 1] = re * oddWeight;
            _odd[bins + k - 1] = im * oddWeight;
        }

        if (half > bins)
        {
            // even length: the Nyquist bin is real and its own mirror
            _even[half] = _spectrum[half] * _weight[half];
        }

        MatrixVector.MultiplyPair(_inverseEven, _even, _inverseOdd, _odd, _outputRows, _real, _imaginary);

        // padding rows of the inverse matrices are zero, so their saliency is 0 and adds nothing to the sum
        var total = Vector<double>.Zero;
        for (int j = 0; j < _outputRows; j += Vector<double>.Count)
        {
            var re = new Vector<double>(_real, j);
            var im = new Vector<double>(_imaginary, j);
            var saliency = Vector.SquareRoot((re * re) + (im * im));
            saliency.CopyTo(_real, j);
            total += saliency;
        }

        average = Vector.Sum(total) / _judgement;
        return _real[_judgement - 1];
    }

    /// <summary>
    /// Log amplitudes of bins 0..L/2 (vectorised), mirrored onto L/2+1..L-1. A zero amplitude (at most
    /// <see cref="SpectralResidualMath.RelativeAmplitudeFloor"/> times the window's L1 norm) gets log 0 and
    /// <c>_keep</c> 0, which later zeroes its weight.
    /// </summary>
    private void LogAmplitudes(double norm)
    {
        int half = _half;
        int bins = _imaginaryBins;
        double floor = SpectralResidualMath.RelativeAmplitudeFloor * norm;
        _power[0] = _spectrum[0] * _spectrum[0];
        for (int k = 1; k <= half; k++)
        {
            double im = k <= bins ? _spectrum[half + k] : 0;
            _power[k] = (_spectrum[k] * _spectrum[k]) + (im * im);
        }

        var floorPower = new Vector<double>(floor * floor);
        var halfVector = new Vector<double>(0.5);
        int width = Vector<double>.Count;
        for (int k = 0; k <= half; k += width)
        {
            var power = new Vector<double>(_power, k);
            var keep = Vector.GreaterThan(power, floorPower);
            Vector.ConditionalSelect(keep, halfVector * Vector.Log(power), Vector<double>.Zero).CopyTo(_logAmplitude, k);
            Vector.ConditionalSelect(keep, Vector<double>.One, Vector<double>.Zero).CopyTo(_keep, k);
        }

        for (int k = 1; k <= bins; k++)
        {
            _logAmplitude[_length - k] = _logAmplitude[k];
            _keep[_length - k] = _keep[k];
        }
    }

    /// <summary>Spectral residual weights <c>exp(-mean log A)</c> (vectorised), 0 for zero amplitudes.</summary>
    private void Weights()
    {
        int width = Vector<double>.Count;
        for (int k = 0; k < _length; k += width)
        {
            var keep = Vector.GreaterThan(new Vector<double>(_keep, k), Vector<double>.Zero);
            var weight = Vector.Exp(-new Vector<double>(_averageLog, k));
            Vector.ConditionalSelect(keep, weight, Vector<double>.Zero).CopyTo(_weight, k);
        }
    }

    private static int PadToVector(int rows) => (rows + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
}
