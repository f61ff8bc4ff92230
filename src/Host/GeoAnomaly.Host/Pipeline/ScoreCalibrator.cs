using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>
/// Maps a detector's raw score on a channel to 0..1 so that one threshold means the same for every detector and
/// channel: a calibrated score of 0.99 means "rarer than 1 in 100 samples of the quiet reference stretch".
/// </summary>
/// <remarks>
/// <para><b>Reference stretch.</b> The map is fitted on the valid (non-NaN) raw scores of a stretch assumed quiet,
/// after the detector's warm-up <c>w</c> (samples before it are never used): the explicit range
/// <see cref="ScoreCalibrationOptions.ReferenceFrom"/>..<see cref="ScoreCalibrationOptions.ReferenceTo"/> when given
/// (clipped to the series and to samples from <c>w</c> on); otherwise, with <c>f</c> the first valid score from
/// <c>w</c> on (a preprocessing chain's own warm-up or missing data at the start leave earlier scores NaN), the first
/// <see cref="ScoreCalibrationOptions.ReferenceDays"/> days from <c>f</c>, or the first
/// <see cref="ScoreCalibrationOptions.ReferenceFraction"/> of the samples from <c>f</c> to the last valid score (so
/// leading and trailing missing samples, as when a range reaches past the data, do not move the reference). With fewer than
/// <see cref="ScoreCalibrationOptions.MinReferenceScores"/> valid scores there the fit fails and says why.</para>
/// <para><b>Empirical map with a fitted tail</b> (peaks over threshold, as in extreme-value statistics). With the
/// <c>n</c> reference scores sorted, <c>k = ceil(tailFraction · n)</c> (at most n/2) and the tail threshold
/// <c>u</c> = the (n − k)-th smallest score:</para>
/// <list type="bullet">
/// <item>for <c>x ≤ u</c>: the empirical distribution, continuous and non-decreasing — each distinct reference value
/// maps to its mid-rank <c>(rank)/(n + 1)</c> (tied values share the mean of their ranks), values between two
/// reference values are interpolated linearly, values below the smallest map to 0;</item>
/// <item>for <c>x &gt; u</c>: <c>p(x) = 1 − (1 − F_u) · S((x − u)/σ)</c>, where <c>F_u = (number of reference scores ≤
/// u)/(n + 1)</c> and <c>S</c> is the survival function of the excesses over u: exponential <c>S(z) = e^(−z)</c>, or
/// generalized Pareto <c>S(z) = (1 + ξz)^(−1/ξ)</c>. The shape ξ comes from probability-weighted moments (Hosking
/// and Wallis 1987: <c>ξ = 2 − a0/(a0 − 2a1)</c>, <c>a0</c> the mean excess, <c>a1</c> = mean of excess × (1 −
/// plotting position)), is clipped to <c>0..maxTailShape</c> (0 when fewer than 10 excesses), and the scale matches
/// the mean excess: <c>σ = mean · (1 − ξ)</c> (for ξ = 0 the exponential maximum-likelihood scale).</item>
/// </list>
/// <para>So the largest reference score maps below 1 (at most <c>1 − S(max − u)/(n + 1)</c>), and larger scores keep
/// rising towards 1 instead of saturating: the tail has no upper end because ξ ≥ 0.</para>
/// <para><b>Degenerate references.</b> When no reference score lies above u (a constant reference, or ties at the
/// top) or the excesses have no spread, σ falls back to the standard deviation of the reference, then to 0.1 % of
/// |u|, then to 1e-9: any score above a constant reference is then far in the tail (close to 1), and the constant
/// itself maps to its mid-rank (about 0.5). NaN raw scores stay NaN.</para>
/// <para><b>Probabilities and raw units.</b> <see cref="CalibrationMethod.Probability"/> keeps scores that are already
/// 0..1 as they are (clipping and counting any outside); <see cref="CalibrationMethod.None"/> leaves raw scores.</para>
/// <para>The fitted <see cref="ScoreCalibration"/> is a fixed monotone map: applying it is causal and streaming-friendly.
/// Fitting is O(n log n) in the reference length.</para>
/// </remarks>
internal static class ScoreCalibrator
{
    /// <summary>Excesses needed to estimate a generalized Pareto shape; with fewer the tail is exponential.</summary>
    public const int MinExcessesForShape = 10;

    /// <summary>Fits the calibration of <paramref name="raw"/> (one detector on one channel).</summary>
    /// <param name="raw">The raw score series.</param>
    /// <param name="warmUp">The detector state's warm-up in samples; earlier scores are never used.</param>
    /// <param name="options">Method, reference stretch and tail model.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static CalibrationFit Fit(Series raw, int warmUp, ScoreCalibrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException("calibration: " + string.Join("; ", errors), nameof(options));
        }

        switch (options.Method)
        {
            case CalibrationMethod.None:
                return new CalibrationFit(ScoreCalibration.None, null);
            case CalibrationMethod.Probability:
                int outside = 0;
                foreach (double s in raw.Values)
                {
                    outside += s is < 0 or > 1 ? 1 : 0;
                }

                return new CalibrationFit(ScoreCalibration.Probability,
                    outside == 0 ? null : $"{outside} raw score(s) outside 0..1 were clipped (calibration method probability)");
        }

        var (from, to) = ReferenceRange(raw, warmUp, options);
        var reference = new List<double>(Math.Max(0, to - from));
        for (int i = from; i < to; i++)
        {
            if (!double.IsNaN(raw[i]))
            {
                reference.Add(raw[i]);
            }
        }

        if (reference.Count < options.MinReferenceScores)
        {
            return new CalibrationFit(null, string.Create(CultureInfo.InvariantCulture,
                $"cannot calibrate: {reference.Count} valid reference score(s) in {raw.TimeAt(from):O}..{raw.TimeAt(to):O} (warm-up {warmUp} samples), need {options.MinReferenceScores}"));
        }

        return new CalibrationFit(FitScores([.. reference], options, raw.TimeAt(from), raw.TimeAt(to)), null);
    }

    /// <summary>The reference stretch as sample indices <c>[From, To)</c>, possibly empty.</summary>
    /// <param name="raw">The raw score series.</param>
    /// <param name="warmUp">The detector's warm-up in samples.</param>
    /// <param name="options">The reference choice.</param>
    internal static (int From, int To) ReferenceRange(Series raw, int warmUp, ScoreCalibrationOptions options)
    {
        int n = raw.Count;
        int first = Math.Clamp(warmUp, 0, n);
        if (options.ReferenceFrom is { } start && options.ReferenceTo is { } end)
        {
            long a = (long)Math.Ceiling((double)(start.UtcTicks - raw.Start.UtcTicks) / raw.Step.Ticks);
            long b = (long)Math.Ceiling((double)(end.UtcTicks - raw.Start.UtcTicks) / raw.Step.Ticks);
            int from = (int)Math.Clamp(a, first, n);
            return (from, (int)Math.Clamp(b, from, n));
        }

        // A preprocessing chain with a warm-up of its own (a trailing fit span) or missing data at the start leaves the
        // first scores NaN: the reference starts at the first valid score, not inside that stretch.
        while (first < n && double.IsNaN(raw[first]))
        {
            first++;
        }

        int scored = n;
        while (scored > first && double.IsNaN(raw[scored - 1]))
        {
            scored--;
        }

        long length = options.ReferenceDays is { } days
            ? (long)Math.Ceiling(TimeSpan.FromDays(days).Ticks / (double)raw.Step.Ticks)
            : (long)Math.Ceiling(options.ReferenceFraction * (scored - first));
        return (first, (int)Math.Min(n, first + length));
    }

    /// <summary>Fits the empirical map with its tail on valid reference scores (the array is sorted in place).</summary>
    /// <param name="reference">The reference scores, none NaN, at least two.</param>
    /// <param name="options">Tail options.</param>
    /// <param name="from">Reference start, for the record.</param>
    /// <param name="to">Reference end, for the record.</param>
    internal static ScoreCalibration FitScores(double[] reference, ScoreCalibrationOptions options, DateTimeOffset from, DateTimeOffset to)
    {
        Array.Sort(reference);
        int n = reference.Length;
        int k = Math.Clamp((int)Math.Ceiling(options.TailFraction * n), 1, Math.Max(1, n / 2));
        double u = reference[n - k - 1];
        int atOrBelow = UpperBound(reference, u);

        var knots = new List<double>();
        var levels = new List<double>();
        for (int i = 0; i < atOrBelow;)
        {
            int j = i;
            while (j < atOrBelow && reference[j] == reference[i])
            {
                j++;
            }

            knots.Add(reference[i]);
            levels.Add(((i + j + 1) / 2.0) / (n + 1)); // mean of the 1-based ranks i+1..j, over n+1
            i = j;
        }

        var (scale, shape) = FitTail(reference.AsSpan(atOrBelow), u, reference, options);
        double tailLevel = atOrBelow / (double)(n + 1);
        return ScoreCalibration.Empirical([.. knots], [.. levels], tailLevel, scale, shape, n, from, to);
    }

    private static (double Scale, double Shape) FitTail(ReadOnlySpan<double> above, double u, double[] reference, ScoreCalibrationOptions options)
    {
        int m = above.Length;
        double mean = 0;
        foreach (double x in above)
        {
            mean += x - u;
        }

        mean = m == 0 ? 0 : mean / m;
        double shape = 0;
        if (options.Tail == TailModel.GeneralizedPareto && m >= MinExcessesForShape && mean > 0)
        {
            // b1 = mean of excess × (i - 1)/(m - 1) over the sorted excesses; a1 = b0 - b1; a0 - 2 a1 = 2 b1 - b0.
            double b1 = 0;
            for (int i = 0; i < m; i++)
            {
                b1 += (above[i] - u) * i / (m - 1);
            }

            b1 /= m;
            double denominator = (2 * b1) - mean;
            shape = denominator > 0 ? Math.Clamp(2 - (mean / denominator), 0, options.MaxTailShape) : 0;
        }

        double scale = mean * (1 - shape);
        if (!(scale > 0))
        {
            scale = Fallback(reference, u);
        }

        return (scale, shape);
    }

    private static double Fallback(double[] reference, double u)
    {
        double average = reference.Average();
        double variance = reference.Sum(x => (x - average) * (x - average)) / reference.Length;
        double deviation = Math.Sqrt(variance);
        return deviation > 0 ? deviation : Math.Abs(u) > 0 ? Math.Abs(u) * 1e-3 : 1e-9;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>The outcome of <see cref="ScoreCalibrator.Fit"/>: a map, or why there is none, and any warning.</summary>
/// <param name="Calibration">The fitted map, or null when the reference was too thin.</param>
/// <param name="Warning">Why there is no map, or what was clipped; null when all went well.</param>
internal sealed record CalibrationFit(ScoreCalibration? Calibration, string? Warning);
