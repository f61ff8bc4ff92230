using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Spikes;

/// <summary>The running state of <see cref="CausalDespikePreprocessor"/> on one channel: the last 2k + 1 samples.</summary>
/// <remarks>The window of sample i is [i - 2k, i]. A ring holds those raw samples (NaN included) so the oldest can be
/// dropped from the sorted window when a new one arrives; the sorted window holds the valid ones.</remarks>
internal sealed class CausalDespikeState : IComponentState
{
    private readonly HampelRule _rule;
    private readonly SortedWindow _window;
    private readonly double[] _ring;
    private int _next;
    private int _filled;

    public CausalDespikeState(DespikeOptions options)
    {
        _rule = new HampelRule(options);
        _ring = new double[(2 * options.HalfWidth) + 1];
        _window = new SortedWindow(_ring.Length);
    }

    /// <summary><c>value</c> (spikes replaced by the window median), then <c>removed</c> (the original value at replaced
    /// samples, NaN elsewhere).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "removed"];

    /// <summary>2k: after that many earlier samples the window is the same whatever came before.</summary>
    public int WarmUp => _ring.Length - 1;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != 2 * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected 2 x {n}", nameof(output));
        }

        var x = input.Values;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (_filled == _ring.Length)
            {
                double oldest = _ring[_next];
                if (!double.IsNaN(oldest))
                {
                    _window.Remove(oldest);
                }
            }
            else
            {
                _filled++;
            }

            double value = x[i];
            _ring[_next] = value;
            _next = _next + 1 == _ring.Length ? 0 : _next + 1;
            if (!double.IsNaN(value))
            {
                _window.Add(value);
            }

            _rule.Apply(value, _window, output, i, n);
        }
    }

    public void Reset()
    {
        _window.Clear();
        _next = 0;
        _filled = 0;
    }
}
