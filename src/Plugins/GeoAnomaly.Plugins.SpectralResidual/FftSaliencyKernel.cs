namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>The saliency of a window's last sample through an FFT (<see cref="SaliencyMap"/>); for long windows.</summary>
/// <remarks>Costs O(L log L) per window (L = window + appended estimates), against O(L * window) for
/// <see cref="DftSaliencyKernel"/>.</remarks>
internal sealed class FftSaliencyKernel : SaliencyKernel
{
    private readonly int _lookahead;
    private readonly int _judgement;
    private readonly double[] _extended;
    private readonly double[] _saliency;
    private readonly SaliencyMap _map;

    /// <summary>Creates the kernel.</summary>
    /// <param name="options">Valid options.</param>
    public FftSaliencyKernel(SpectralResidualOptions options)
    {
        _lookahead = options.LookaheadWindowSize;
        _judgement = options.JudgementWindowSize;
        _extended = new double[options.ExtendedLength];
        _saliency = new double[options.ExtendedLength];
        _map = new SaliencyMap(options.AveragingWindowSize);
    }

    /// <inheritdoc />
    public override double Evaluate(ReadOnlySpan<double> window, out double average)
    {
        int n = window.Length;
        window.CopyTo(_extended);
        _extended.AsSpan(n).Fill(SpectralResidualMath.PredictNext(window, _lookahead));
        _map.Compute(_extended, _saliency);
        double sum = 0;
        for (int i = n - _judgement; i < n; i++)
        {
            sum += _saliency[i];
        }

        average = sum / _judgement;
        return _saliency[n - 1];
    }
}
