using GeoAnomaly.Plugins.Ssa;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Ssa;

/// <summary>
/// The SSA change-point detector written the slow, obvious way, as a reference: for every sample it re-builds the
/// trajectory matrix of the training window in effect and takes its full SVD (<see cref="NaiveSsaFit"/>), averages the
/// projections of the recent windows explicitly, computes the kernel p-value with ML.NET's pairwise bandwidth from
/// scratch and sums the martingale's log-bets over the window. Only the documented rules are shared with the fast path.
/// </summary>
internal static class NaiveSsaChangePoint
{
    /// <summary>The outputs, in the detector's order: score, alert, rawScore, pValue, martingale, expected.</summary>
    public static double[][] Run(Series series, SsaChangePointOptions options)
    {
        int count = series.Count;
        int n = options.TrainingWindowSize;
        int h = options.ChangeHistoryLength;
        double[][] outputs = Enumerable.Range(0, 6).Select(_ => Enumerable.Repeat(double.NaN, count).ToArray()).ToArray();
        var (filled, runStart) = Bridge(series.Values.ToArray(), options.MaxGapFill);
        double[] raw = Enumerable.Repeat(double.NaN, count).ToArray();
        double[] bets = new double[count];
        bool[] condition = new bool[count];
        int firstBet = -1;
        double logThreshold = h * LogBet(options, 1 - (options.Confidence / 100));
        for (int t = 0; t < count; t++)
        {
            if (runStart[t] < 0 || double.IsNaN(series[t]))
            {
                continue;
            }

            int start = runStart[t];
            int fitAt = FitTime(series, options, start, t - 1);
            if (fitAt < 0)
            {
                continue;
            }

            var fit = NaiveSsaFit.Fit(filled[(fitAt - n + 1)..(fitAt + 1)], options.SeasonalWindowSize);
            double expected = fit.Forecast(filled.AsSpan(start, t - start));
            raw[t] = ErrorFunctions(options.ErrorFunction, series[t], expected);
            double[] history = Enumerable.Range(Math.Max(start, t - h), t - Math.Max(start, t - h)).Select(s => raw[s]).Where(r => !double.IsNaN(r)).ToArray();
            double p = Math.Clamp(Math.Min(UpperTail(raw[t], history), 1 - UpperTail(raw[t], history)), 1e-8, 1 - 1e-8);
            bets[t] = LogBet(options, p);
            firstBet = firstBet < start ? t : firstBet;
            double logMartingale = Enumerable.Range(t - h + 1, h).Sum(s => s < firstBet ? bets[firstBet] : bets[s]);
            int scored = Enumerable.Range(start, t - start + 1).Count(s => !double.IsNaN(raw[s]));
            condition[t] = options.Martingale != MartingaleType.None && scored >= h && logMartingale >= logThreshold;
            bool quiet = Enumerable.Range(Math.Max(start, t - h + 1), t - Math.Max(start, t - h + 1)).All(s => !condition[s]);
            outputs[0][t] = options.Martingale == MartingaleType.None ? -Math.Log10(p) : logMartingale / Math.Log(10);
            outputs[1][t] = condition[t] && quiet ? 1 : 0;
            outputs[2][t] = raw[t];
            outputs[3][t] = p;
            outputs[4][t] = options.Martingale == MartingaleType.None ? double.NaN : Math.Exp(logMartingale);
            outputs[5][t] = expected;
        }

        return outputs;
    }

    /// <summary>The values the model sees (gaps of up to <paramref name="maxGapFill"/> bridged with the last value) and
    /// where each sample's run began (-1 outside a run: before the first value, or after a longer gap).</summary>
    private static (double[] Filled, int[] RunStart) Bridge(double[] values, int maxGapFill)
    {
        double[] filled = new double[values.Length];
        int[] runStart = new int[values.Length];
        int start = -1;
        int gap = 0;
        for (int t = 0; t < values.Length; t++)
        {
            if (!double.IsNaN(values[t]))
            {
                start = start < 0 ? t : start;
                gap = 0;
                filled[t] = values[t];
            }
            else if (start >= 0 && ++gap <= maxGapFill)
            {
                filled[t] = filled[t - 1];
            }
            else
            {
                start = -1;
                gap = 0;
                filled[t] = double.NaN;
            }

            runStart[t] = start;
        }

        return (filled, runStart);
    }

    /// <summary>The last sample, at or before <paramref name="t"/>, after which the model was fitted: the first with a full
    /// training window in the run, or a later one whose absolute index is a multiple of the re-fit interval; -1 if none.</summary>
    private static int FitTime(Series series, SsaChangePointOptions options, int runStart, int t)
    {
        int first = runStart + options.TrainingWindowSize - 1;
        for (int s = t; s > first; s--)
        {
            if (series.TimeAt(s).UtcTicks / series.Step.Ticks % options.RefitInterval == 0)
            {
                return s;
            }
        }

        return t >= first ? first : -1;
    }

    /// <summary>One minus the mean Gaussian CDF of the history at <paramref name="score"/>, bandwidth h = √2 √(Σᵢ&lt;ⱼ(rᵢ-rⱼ)²)/n.</summary>
    private static double UpperTail(double score, double[] history)
    {
        int n = history.Length;
        if (n == 0)
        {
            return 0.5;
        }

        double pairs = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                pairs += (history[i] - history[j]) * (history[i] - history[j]);
            }
        }

        double bandwidth = Math.Max(n == 1 ? Math.Sqrt(2) : Math.Sqrt(2) * Math.Sqrt(pairs) / n, 1e-6);
        return 1 - history.Average(r => 0.5 * (1 + ErfAbramowitzStegun((score - r) / bandwidth)));
    }

    /// <summary>Abramowitz and Stegun 7.1.26, the approximation ML.NET uses.</summary>
    private static double ErfAbramowitzStegun(double x)
    {
        double t = 1 / (1 + (0.3275911 * Math.Abs(x)));
        double[] a = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];
        double poly = a.Select((c, i) => c * Math.Pow(t, i + 1)).Sum();
        double value = 1 - (poly * Math.Exp(-x * x));
        return x >= 0 ? value : -value;
    }

    private static double LogBet(SsaChangePointOptions options, double p) => options.Martingale switch
    {
        MartingaleType.Power => Math.Log(options.PowerMartingaleEpsilon * Math.Pow(p, options.PowerMartingaleEpsilon - 1)),
        MartingaleType.Mixture => Math.Log(((p * Math.Log(p)) + 1 - p) / (p * Math.Log(p) * Math.Log(p))),
        _ => 0,
    };

    private static double ErrorFunctions(ErrorFunction function, double actual, double forecast) => function switch
    {
        ErrorFunction.SignedDifference => actual - forecast,
        ErrorFunction.AbsoluteDifference => Math.Abs(actual - forecast),
        ErrorFunction.SignedProportion => forecast == 0 ? 0 : (actual - forecast) / forecast,
        ErrorFunction.AbsoluteProportion => forecast == 0 ? 0 : Math.Abs((actual - forecast) / forecast),
        _ => (actual - forecast) * (actual - forecast),
    };
}
