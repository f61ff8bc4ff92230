namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>The small formulas both spectral residual detectors share, with ML.NET's conventions.</summary>
internal static class SpectralResidualMath
{
    /// <summary>
    /// An amplitude at most this fraction of the window's L1 norm (sum of |x|) counts as zero: its log is taken as 0
    /// and the bin is dropped from the inverse transform, as ML.NET does for zero amplitudes.
    /// </summary>
    /// <remarks>
    /// ML.NET tests <c>amplitude != 0</c> (streaming, single precision) or <c>amplitude &gt; 1e-8</c> (entire series).
    /// Neither suits double precision and arbitrary units: the DFT of a constant window leaves round-off of about
    /// 1e-15 times the L1 norm in every non-zero bin (which the log and the residual would blow up into a random
    /// saliency map), and an absolute 1e-8 would erase a whole spectrum measured in strain (1e-9) rather than
    /// microstrain. Any amplitude can be at most the L1 norm, so a relative floor of 1e-12 is scale-free and sits
    /// a thousand times above round-off.
    /// </remarks>
    public const double RelativeAmplitudeFloor = 1e-12;

    /// <summary>The smallest average saliency divided by (ML.NET's safe divisor, 1e-8).</summary>
    public const double MinimumAverageSaliency = 1e-8;

    /// <summary>ML.NET divides the saliency ratio by 10 to give the raw score.</summary>
    public const double ScoreScale = 10;

    /// <summary>
    /// ML.NET's estimate of the next value, appended <c>backAddWindowSize</c> times after the window: with
    /// <c>d</c> the <c>lookahead + 1</c> samples that end one sample before the last of <paramref name="window"/>,
    /// <c>d[1] + sum over i &lt; lookahead of (d[lookahead] - d[i]) / (lookahead - i)</c> (the paper's
    /// <c>x[n-m+1] + g * m</c> with <c>g</c> the average gradient).
    /// </summary>
    /// <param name="window">The window, oldest first; at least <paramref name="lookahead"/> + 2 samples.</param>
    /// <param name="lookahead">ML.NET's <c>lookaheadWindowSize</c>.</param>
    public static double PredictNext(ReadOnlySpan<double> window, int lookahead)
    {
        var d = window.Slice(window.Length - lookahead - 2, lookahead + 1);
        double last = d[lookahead];
        double slopeSum = 0;
        for (int i = 0; i < lookahead; i++)
        {
            slopeSum += (last - d[i]) / (lookahead - i);
        }

        return d[1] + slopeSum;
    }

    /// <summary>
    /// Trailing mean: <c>result[i]</c> is the mean of <c>values[max(0, i - width + 1) .. i]</c>, so the first
    /// <c>width - 1</c> results average fewer values (ML.NET's <c>AverageFilter</c>).
    /// </summary>
    /// <param name="values">The input.</param>
    /// <param name="width">Values per mean, at least 1.</param>
    /// <param name="result">Receives the means; as long as <paramref name="values"/>, and not overlapping it.</param>
    public static void TrailingMean(ReadOnlySpan<double> values, int width, Span<double> result)
    {
        double sum = 0;
        int i = 0;
        for (; i < Math.Min(width, values.Length); i++)
        {
            sum += values[i];
            result[i] = sum / (i + 1);
        }

        double scale = 1.0 / width;
        for (; i < values.Length; i++)
        {
            sum += values[i] - values[i - width];
            result[i] = sum * scale;
        }
    }

    /// <summary>
    /// The raw score: <c>|s - mean| / max(mean, 1e-8) / 10</c>, the saliency of a sample against the average saliency
    /// of the judgement window, as ML.NET computes it.
    /// </summary>
    /// <param name="saliency">The sample's saliency.</param>
    /// <param name="average">The average saliency over the judgement window.</param>
    public static double RawScore(double saliency, double average) =>
        Math.Abs(saliency - average) / Math.Max(average, MinimumAverageSaliency) / ScoreScale;
}
