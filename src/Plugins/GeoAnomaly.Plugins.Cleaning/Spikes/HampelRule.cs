using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Cleaning.Spikes;

/// <summary>The Hampel identifier's decision for one sample against the values of its window.</summary>
/// <remarks>
/// A sample x is a spike when |x - m| &gt; τ with m the window median and τ = max(t · 1.4826 · MAD, d), d the
/// <c>minDeviation</c> floor. A window with no spread (MAD = 0) and no floor gives τ = 0 and flags nothing: in
/// quantised data most windows of a quiet stretch have MAD 0, and the classic rule would then call every change of one
/// resolution step a spike. A window with fewer than k + 1 valid samples (of 2k + 1) decides nothing either.
/// </remarks>
internal readonly struct HampelRule
{
    private readonly double _nSigma;
    private readonly double _minDeviation;
    private readonly int _minCount;

    public HampelRule(DespikeOptions options)
    {
        _nSigma = options.NSigma * Selection.MadToSigma;
        _minDeviation = options.MinDeviation;
        _minCount = options.HalfWidth + 1;
    }

    /// <summary>Writes the outputs of sample <paramref name="i"/>: the value (the window median when x is a spike) and
    /// <c>removed</c> (x when it was replaced, NaN otherwise).</summary>
    /// <param name="x">The sample; NaN gives NaN in both outputs.</param>
    /// <param name="window">The valid values of its window, x included.</param>
    /// <param name="output">Both output columns.</param>
    /// <param name="i">Index of the sample in the block.</param>
    /// <param name="n">Block length (the offset of the second column).</param>
    public void Apply(double x, SortedWindow window, Span<double> output, int i, int n)
    {
        double value = x;
        double removed = double.NaN;
        if (!double.IsNaN(x) && window.Count >= _minCount)
        {
            double median = window.Median();
            double threshold = Math.Max(_nSigma * window.MedianAbsoluteDeviation(median), _minDeviation);
            if (threshold > 0 && Math.Abs(x - median) > threshold)
            {
                value = median;
                removed = x;
            }
        }

        output[i] = value;
        output[n + i] = removed;
    }
}
