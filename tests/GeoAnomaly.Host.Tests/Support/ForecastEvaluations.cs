using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Forecasting.Reporting;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Small seeded walk-forward evaluations for report tests: a grid of cells, weekly issues, a 14-day horizon,
/// labels drawn with a probability rising with feature <c>x</c>; feature <c>anomaly_count_7d</c> is noise.</summary>
internal static class ForecastEvaluations
{
    public static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The informative candidate (it scores by <c>x</c>).</summary>
    public const string Informative = "first/seismicity";

    /// <summary>The uninformative candidate (it scores by the noise column).</summary>
    public const string Noise = "first/anomaly";

    /// <summary>Dataset of <paramref name="side"/>² cells × <paramref name="issues"/> weekly issues.</summary>
    public static ForecastDataset Dataset(int side = 4, int issues = 150, int seed = 7)
    {
        var random = new Random(seed);
        var keys = new List<ForecastRowKey>();
        var values = new List<double>();
        for (int r = 0; r < side; r++)
        {
            for (int c = 0; c < side; c++)
            {
                for (int k = 0; k < issues; k++)
                {
                    double x = random.NextDouble();
                    bool label = random.NextDouble() < 0.02 + (0.3 * x * x);
                    var issue = Start.AddDays(7 * k);
                    keys.Add(new ForecastRowKey($"r{r}c{c}", 35 + (0.5 * r), 139 + (0.5 * c), issue, label, label ? issue.AddDays(3) : null));
                    values.Add(x);
                    values.Add(k % 5 == 0 ? double.NaN : random.NextDouble());
                }
            }
        }

        return new ForecastDataset("test.csv", ["x", "anomaly_count_7d"], [.. values], keys, horizonDays: 14);
    }

    /// <summary>Two folds of 25 weeks after 100 training weeks, with the informative and the noise candidate.</summary>
    public static WalkForwardEvaluation Run(ForecastDataset? dataset = null)
    {
        dataset ??= Dataset();
        var model = new FirstFeatureModel();
        ForecastCandidate[] candidates =
        [
            new(Informative, model, new FirstFeatureOptions(), new ForecastTrainingSpec { Features = FeatureSet.Seismicity }),
            new(Noise, model, new FirstFeatureOptions(), new ForecastTrainingSpec { Features = FeatureSet.Anomaly }),
        ];
        var plan = new WalkForwardPlan(Start.AddDays(7 * 100), TimeSpan.FromDays(7 * 25));
        return WalkForwardEvaluation.Run(dataset, candidates, plan, new SilentContext(1), null, TestContext.Current.CancellationToken);
    }

    /// <summary>The scorecard with a few bootstrap resamples, and the context a report states.</summary>
    public static (IReadOnlyList<ScoreLine> Lines, ReportContext Context) Score(WalkForwardEvaluation evaluation)
    {
        var options = new ScorecardOptions { BootstrapIterations = 20 };
        string[] references = [WalkForwardEvaluation.ClimatologyName];
        var lines = Scorecard.Compute(evaluation, references, options);
        return (lines, new ReportContext("test.csv", "full", Start.AddDays(7 * 100), 7 * 25, options, references));
    }
}
