using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>The state of <see cref="StepRemovalPreprocessor"/>: each call is a whole series, searched and corrected.</summary>
internal sealed class StepRemovalState : IComponentState
{
    /// <summary>Rounds of re-fitting each step with its neighbours' offsets removed.</summary>
    private const int RefineRounds = 2;

    private readonly StepRemovalOptions _options;
    private readonly StepStatistic _scan;
    private readonly StepStatistic _refine;
    private readonly StepLocator _locator;
    private readonly List<(int Before, int After, double Size)> _steps = [];
    private readonly List<(int After, int Gap)> _gaps = [];

    public StepRemovalState(StepRemovalOptions options)
    {
        _options = options;
        _scan = new StepStatistic(options, robust: false);
        _refine = new StepStatistic(options, robust: true);
        _locator = new StepLocator(options);
    }

    /// <summary><c>value</c> (the series with every step after the first sample undone), then <c>step</c> (the size
    /// removed, at the first sample after each step; NaN elsewhere).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "step"];

    /// <summary>The look-back of a step decision: the window plus the longest gap bridged (it looks as far ahead,
    /// hence retrospective).</summary>
    public int WarmUp => _options.Window + _options.MaxGap;

    /// <summary>The noise scales of the statistic in the last call (for tests and diagnostics).</summary>
    public StepNoise Noise { get; } = new();

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != 2 * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected 2 x {n}", nameof(output));
        }

        // The two output columns serve as scratch for the statistic h and its standardised size z until the end.
        var x = input.Values;
        var value = output[..n];
        var step = output[n..];
        _gaps.Clear();
        _steps.Clear();
        _scan.Compute(x, value, _gaps, cancellationToken);
        Noise.Measure(x, value, _gaps, _scan, cancellationToken);
        Standardise(value, step);
        FindCandidates(x, value, step, cancellationToken);
        Refine(x, cancellationToken);

        step.Fill(double.NaN);
        double offset = 0;
        int next = 0;
        for (int j = 0; j < n; j++)
        {
            while (next < _steps.Count && _steps[next].After == j)
            {
                offset += _steps[next].Size;
                step[j] = _steps[next].Size;
                next++;
            }

            value[j] = x[j] - offset;
        }
    }

    public void Reset()
    {
        _steps.Clear();
        _gaps.Clear();
    }

    /// <summary>z = |h| / S(gap) at every tested boundary (0/0 = 0 on a constant stretch, h/0 = ∞), NaN elsewhere.</summary>
    private void Standardise(ReadOnlySpan<double> h, Span<double> z)
    {
        double scale = Noise.Scale;
        for (int j = 0; j < h.Length; j++)
        {
            z[j] = Ratio(Math.Abs(h[j]), scale);
        }

        foreach (var (after, gap) in _gaps)
        {
            z[after] = Ratio(Math.Abs(h[after]), Noise.For(gap));
        }
    }

    private static double Ratio(double size, double scale) =>
        double.IsNaN(size) ? double.NaN : size == 0 ? 0 : scale > 0 ? size / scale : double.PositiveInfinity;

    /// <summary>Boundaries whose z exceeds the threshold (and |h| <c>minStep</c>) and whose z is the largest within
    /// ±window samples (ties go to the larger |h|, then to the earlier sample).</summary>
    private void FindCandidates(ReadOnlySpan<double> x, ReadOnlySpan<double> h, ReadOnlySpan<double> z, CancellationToken cancellationToken)
    {
        int n = z.Length;
        int w = _options.Window;
        for (int j = 0; j < n; j++)
        {
            double score = z[j];
            if (!(score > _options.Threshold) || !(Math.Abs(h[j]) > _options.MinStep))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            bool peak = true;
            double size = Math.Abs(h[j]);
            for (int m = Math.Max(0, j - w); m <= Math.Min(n - 1, j + w) && peak; m++)
            {
                // Larger z wins; equal z (∞ when the noise scale is 0) is decided by |h|, then by the earlier sample.
                int order = z[m] > score ? 1 : z[m] < score ? -1 : Math.Abs(h[m]).CompareTo(size);
                peak = m == j || (m < j ? order < 0 : order <= 0);
            }

            if (peak)
            {
                int before = j - 1;
                while (double.IsNaN(x[before]))
                {
                    before--;
                }

                var (at, first) = _locator.Locate(x, before, j);
                if (_steps.Count == 0 || _steps[^1].After < first)
                {
                    _steps.Add((at, first, h[j]));
                }
            }
        }
    }

    /// <summary>Re-fits each step robustly, with the other steps' offsets taken out of its window, twice over; then
    /// drops steps no larger than <c>minStep</c> or than <c>threshold</c> local standard errors, and pairs that return.</summary>
    private void Refine(ReadOnlySpan<double> x, CancellationToken cancellationToken)
    {
        int w = _options.Window;
        double[] segment = new double[(2 * w) + _options.MaxGap + 1];
        var significant = new bool[_steps.Count];
        for (int round = 0; round < RefineRounds; round++)
        {
            for (int k = 0; k < _steps.Count; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (before, after, size) = _steps[k];
                int from = Math.Max(0, before - w + 1);
                int to = Math.Min(x.Length, after + w);
                var window = segment.AsSpan(0, to - from);
                x[from..to].CopyTo(window);
                for (int other = 0; other < _steps.Count; other++)
                {
                    int at = _steps[other].After;
                    if (other != k && at > from && at < to)
                    {
                        foreach (ref double v in window[(at - from)..])
                        {
                            v -= _steps[other].Size;
                        }
                    }
                }

                if (_refine.TryFit(window, before - from, after - from, out double refined, out double error))
                {
                    _steps[k] = (before, after, refined);
                    significant[k] = !(Math.Abs(refined) <= _options.Threshold * error);
                }
            }
        }

        int kept = 0;
        for (int k = 0; k < _steps.Count; k++)
        {
            if (significant[k] && Math.Abs(_steps[k].Size) > _options.MinStep)
            {
                _steps[kept++] = _steps[k];
            }
        }

        _steps.RemoveRange(kept, _steps.Count - kept);
        DropReturns();
    }

    /// <summary>Removes consecutive pairs of steps, at most <c>returnSpan</c> apart, where the second undoes 75 % to
    /// 125 % of the first: a level shift that came back.</summary>
    private void DropReturns()
    {
        if (_options.ReturnSpan == 0)
        {
            return;
        }

        int kept = 0;
        for (int k = 0; k < _steps.Count; k++)
        {
            if (k + 1 < _steps.Count && _steps[k + 1].After - _steps[k].After <= _options.ReturnSpan)
            {
                double ratio = -_steps[k + 1].Size / _steps[k].Size;
                if (ratio >= 0.75 && ratio <= 1.25)
                {
                    k++;
                    continue;
                }
            }

            _steps[kept++] = _steps[k];
        }

        _steps.RemoveRange(kept, _steps.Count - kept);
    }
}
