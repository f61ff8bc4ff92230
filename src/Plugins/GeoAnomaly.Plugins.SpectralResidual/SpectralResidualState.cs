using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>The running state of <see cref="SpectralResidualDetector"/> on one channel.</summary>
/// <remarks>
/// Keeps the last <c>windowSize</c> samples (gaps included) in a ring stored twice over, so the window is always one
/// contiguous slice, and counts the missing samples in it. A window with gaps is copied and filled
/// (<see cref="GapFilling"/>) before it is scored; the ring itself keeps the NaN, so a filled value never leaks into a
/// later window. Each output depends on the last <c>windowSize</c> samples only.
/// </remarks>
internal sealed class SpectralResidualState : IComponentState
{
    private const int CancellationCheckInterval = 4096;

    private readonly SaliencyKernel _kernel;
    private readonly double _threshold;
    private readonly int _windowSize;
    private readonly double[] _ring;
    private readonly double[] _filled;
    private int _head;
    private int _seen;
    private int _gaps;

    public SpectralResidualState(SpectralResidualOptions options)
    {
        _kernel = SaliencyKernel.Create(options);
        _threshold = options.Threshold;
        _windowSize = options.WindowSize;
        _ring = new double[2 * _windowSize];
        _filled = new double[_windowSize];
        Reset();
    }

    /// <summary>Raw score, alert (0 or 1), saliency of the sample.</summary>
    public IReadOnlyList<string> Outputs { get; } = ["score", "alert", "magnitude"];

    public int WarmUp => _windowSize;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        var values = input.Values;
        int n = values.Length;
        int w = _windowSize;
        for (int i = 0; i < n; i++)
        {
            if (i % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            double x = values[i];
            if (double.IsNaN(_ring[_head]))
            {
                _gaps--;
            }

            if (double.IsNaN(x))
            {
                _gaps++;
            }

            _ring[_head] = x;
            _ring[_head + w] = x;
            var window = new ReadOnlySpan<double>(_ring, _head + 1, w);
            _head = _head + 1 == w ? 0 : _head + 1;
            if (_seen < w)
            {
                _seen++;
            }

            if (double.IsNaN(x) || _seen < w)
            {
                output[i] = double.NaN;
                output[n + i] = double.NaN;
                output[(2 * n) + i] = double.NaN;
                continue;
            }

            if (_gaps > 0)
            {
                window.CopyTo(_filled);
                GapFilling.Fill(_filled);
                window = _filled;
            }

            double saliency = _kernel.Evaluate(window, out double average);
            double score = SpectralResidualMath.RawScore(saliency, average);
            output[i] = score;
            output[n + i] = score > _threshold ? 1 : 0;
            output[(2 * n) + i] = saliency;
        }
    }

    public void Reset()
    {
        Array.Clear(_ring);
        _head = 0;
        _seen = 0;
        _gaps = 0;
    }
}
