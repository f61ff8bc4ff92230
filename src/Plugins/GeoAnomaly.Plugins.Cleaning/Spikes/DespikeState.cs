using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Spikes;

/// <summary>The state of <see cref="DespikePreprocessor"/>: each call is a whole series, filtered with centred windows.</summary>
/// <remarks>The window of sample i is [i - k, i + k], cut at the ends of the series (so the first and last k samples are
/// judged on k + 1 to 2k samples).</remarks>
internal sealed class DespikeState : IComponentState
{
    private readonly int _halfWidth;
    private readonly HampelRule _rule;
    private readonly SortedWindow _window;

    public DespikeState(DespikeOptions options)
    {
        _halfWidth = options.HalfWidth;
        _rule = new HampelRule(options);
        _window = new SortedWindow((2 * options.HalfWidth) + 1);
    }

    /// <summary><c>value</c> (spikes replaced by the window median), then <c>removed</c> (the original value at replaced
    /// samples, NaN elsewhere).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "removed"];

    /// <summary>k: the look-back of a centred window (it looks as far ahead, hence retrospective).</summary>
    public int WarmUp => _halfWidth;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != 2 * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected 2 x {n}", nameof(output));
        }

        var x = input.Values;
        int k = _halfWidth;
        _window.Clear();
        for (int j = 0; j < Math.Min(k, n); j++)
        {
            AddIfValid(x[j]);
        }

        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (i - k - 1 >= 0 && !double.IsNaN(x[i - k - 1]))
            {
                _window.Remove(x[i - k - 1]);
            }

            if (i + k < n)
            {
                AddIfValid(x[i + k]);
            }

            _rule.Apply(x[i], _window, output, i, n);
        }

        _window.Clear();
    }

    public void Reset() => _window.Clear();

    private void AddIfValid(double value)
    {
        if (!double.IsNaN(value))
        {
            _window.Add(value);
        }
    }
}
