namespace GeoAnomaly.Plugins.IsolationForest.Features;

/// <summary>The trailing-window features of one channel, sample by sample.</summary>
/// <remarks>
/// <para>Keeps the last <see cref="Span"/> samples in a doubled ring (each sample written twice, <c>Span</c> apart), so
/// the window is always one contiguous, oldest-first run. Every feature is recomputed from that run in a fixed order,
/// never updated incrementally: the same window gives bitwise the same features, however long the state has run
/// (which is what lets a state resumed <c>WarmUp</c> samples early agree with one that saw everything).</para>
/// <para>Features of sample t, in this order when selected: value x[t]; diff x[t] - x[t-1]; mean m = Σ x[t-w+1..t] / w
/// (summed oldest first); std sqrt(Σ (x - m)² / w), the population deviation; deviation x[t] - m. A vector exists only
/// when the last <see cref="Span"/> samples are all present (1 for value alone, 2 with diff, w with a rolling feature).</para>
/// </remarks>
internal sealed class ChannelFeatures
{
    private readonly FeatureKinds _kinds;
    private readonly int _window;
    private readonly double[] _ring;
    private int _next;
    private int _validRun;

    /// <summary>Creates the features of one channel.</summary>
    /// <param name="kinds">Features to compute.</param>
    /// <param name="window">Rolling window w, at least 2.</param>
    public ChannelFeatures(FeatureKinds kinds, int window)
    {
        _kinds = kinds;
        _window = window;
        Count = FeatureKindsParser.Count(kinds);
        Span = SpanOf(kinds, window);
        _ring = new double[2 * Span];
    }

    /// <summary>Features per vector from this channel.</summary>
    public int Count { get; }

    /// <summary>Samples a vector depends on: the current one and those before it.</summary>
    public int Span { get; }

    /// <summary>Samples a vector of <paramref name="kinds"/> depends on.</summary>
    /// <param name="kinds">Selected features.</param>
    /// <param name="window">Rolling window.</param>
    public static int SpanOf(FeatureKinds kinds, int window) =>
        (kinds & (FeatureKinds.Mean | FeatureKinds.Std | FeatureKinds.Deviation)) != 0 ? window
        : (kinds & FeatureKinds.Diff) != 0 ? 2
        : 1;

    /// <summary>Adds the next sample (NaN when missing).</summary>
    /// <param name="x">The sample.</param>
    public void Push(double x)
    {
        _ring[_next] = x;
        _ring[_next + Span] = x;
        _next = _next + 1 == Span ? 0 : _next + 1;
        _validRun = double.IsNaN(x) ? 0 : Math.Min(_validRun + 1, Span);
    }

    /// <summary>Writes the features of the newest sample to <paramref name="destination"/>; false when a sample in the span is missing.</summary>
    /// <param name="destination">At least <see cref="Count"/> values.</param>
    public bool TryWrite(Span<double> destination)
    {
        if (_validRun < Span)
        {
            return false;
        }

        ReadOnlySpan<double> window = _ring.AsSpan(_next, Span);
        double x = window[^1];
        double mean = 0;
        double std = 0;
        if ((_kinds & (FeatureKinds.Mean | FeatureKinds.Std | FeatureKinds.Deviation)) != 0)
        {
            var rolling = window[^_window..];
            double sum = 0;
            foreach (double v in rolling)
            {
                sum += v;
            }

            mean = sum / _window;
            if ((_kinds & FeatureKinds.Std) != 0)
            {
                double squares = 0;
                foreach (double v in rolling)
                {
                    double d = v - mean;
                    squares += d * d;
                }

                std = Math.Sqrt(squares / _window);
            }
        }

        int k = 0;
        if ((_kinds & FeatureKinds.Value) != 0)
        {
            destination[k++] = x;
        }

        if ((_kinds & FeatureKinds.Diff) != 0)
        {
            destination[k++] = x - window[^2];
        }

        if ((_kinds & FeatureKinds.Mean) != 0)
        {
            destination[k++] = mean;
        }

        if ((_kinds & FeatureKinds.Std) != 0)
        {
            destination[k++] = std;
        }

        if ((_kinds & FeatureKinds.Deviation) != 0)
        {
            destination[k] = x - mean;
        }

        return true;
    }

    /// <summary>Forgets every sample.</summary>
    public void Reset()
    {
        Array.Fill(_ring, double.NaN);
        _next = 0;
        _validRun = 0;
    }
}
