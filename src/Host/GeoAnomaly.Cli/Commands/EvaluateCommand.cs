using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// <c>geoanomaly evaluate --nab DIR</c>: runs a detectors configuration over the Numenta Anomaly Benchmark corpus
/// (NAB's own layout) and scores every detector and ensemble with NAB's rules, in its three profiles, beside the
/// published scoreboard, then with event-level metrics (<see cref="EventMetrics"/>); or, with <c>--labels</c>, runs the
/// detect job over station files and scores its events against the project's label file.
/// </summary>
/// <remarks>
/// Each file is one channel (kind <c>other</c>, network <c>NAB</c>, station its category); its rows are taken as
/// consecutive samples at the file's median interval, as NAB's scorer counts rows. Detectors run causally as in
/// <c>detect</c>; their calibrated scores (NaN, before warm-up or where undefined, counts as 0) are what NAB
/// thresholds. Without <c>--detectors</c> every loaded detector runs with its defaults and calibration is fitted on
/// NAB's probationary period (the first 15 % of each file, which NAB does not score), so no scored row informs its own
/// calibration (the isolation forest with a 400-row training window, so that it scores inside the probation of most
/// files); a mean-ensemble of them is scored too. Unless <c>--skip-tuning</c>, an ensemble is then tuned by
/// leave-one-category-out cross-validation (<see cref="NabCrossValidation"/>) and scored the same way.
/// <c>--hold</c> (<see cref="AlertHold"/>) and <c>--rank-window</c> (<see cref="TrailingRank"/>) change how every
/// detector's rows are scored.
/// </remarks>
internal sealed partial class EvaluateCommand : CliCommand<EvaluateCommand.Settings>
{
    private static readonly Option<string?> s_nab = new("--nab") { Description = "A NAB-layout folder (data/<category>/<file>.csv, labels/combined_windows.json, config/profiles.json); or give --labels." };

    private static readonly Option<string?> s_detectors = new("--detectors", "--detector")
    {
        Description = "Detectors configuration, as for 'detect --detectors' (section * or other); default: every loaded detector, calibrated on the probationary period, and their max-ensemble.",
    };

    private static readonly Option<int> s_hold = new("--hold")
    {
        Description = "Alerts only: a sample counts only when its score beats the scores of this many samples before it (one alert per excursion); 0 scores every sample.",
        DefaultValueFactory = _ => 0,
    };

    private static readonly Option<int> s_rankWindow = new("--rank-window")
    {
        Description = "Calibrate causally instead: each raw score's rank among the raw scores of this many samples before it; 0 uses the configured calibration.",
        DefaultValueFactory = _ => 0,
    };

    private static readonly Option<bool> s_skipTuning = new("--skip-tuning")
    {
        Description = "Do not tune and score the cross-validated ensemble (leave-one-category-out over members, max/mean, rank window and hold; about a minute).",
    };

    private static readonly Option<string?> s_out = new("--out") { Description = "Folder for NAB score tables (<detector>_<profile>_scores.csv) and summary.csv." };

    public override Command Define() => InfluxOptions.AddTo(new Command("evaluate", "Score detectors on a labelled corpus: NAB layout (--nab, NAB's rules beside the published scoreboard, a cross-validated ensemble, then event-level metrics), station files against a label file (--labels, event-level metrics), or detector events against analysts' verdicts (--reviews: possible-precursor verdicts are the labels).") { s_nab, s_labels, s_stations, s_files, s_detectors, s_hold, s_rankWindow, s_skipTuning, s_out, s_toleranceMinutes, s_timelines, s_reviews, s_reviewEvents });

    protected override Settings Bind(ParseResult result) => BindEvents(result, new(result.GetValue(s_nab), result.GetValue(s_detectors), result.GetValue(s_hold), result.GetValue(s_rankWindow), !result.GetValue(s_skipTuning), result.GetValue(s_out)));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        if (settings.Reviews is not null)
        {
            return await ExecuteReviewsAsync(settings, context, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Labels is not null)
        {
            return await ExecuteLabelsAsync(settings, context, cancellationToken).ConfigureAwait(false);
        }

        var log = context.Log;
        var corpus = NabCorpus.Load(settings.Nab!);
        using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), log);
        var guard = new PluginGuard(new PluginGuardOptions(), log);
        var detectors = catalog.Components.Where(c => c.Kind == ComponentKind.Detector).Select(c => c.Name).ToList();
        string config = settings.Detectors ?? DefaultConfig(detectors);
        DetectPlan plan;
        try
        {
            plan = await new DetectPlanBuilder(catalog.Components, guard).BuildAsync(DetectConfigReader.Load(config, "--detectors"), cancellationToken).ConfigureAwait(false);
        }
        catch (DetectConfigException e)
        {
            throw new UsageException(string.Join(Environment.NewLine, e.Problems));
        }

        var kindPlan = plan.For(ChannelKind.Other) ?? throw new UsageException("--detectors: no section for channel kind 'other' (or '*'), which NAB files are");
        var channels = corpus.Files.Select(ToChannel).ToList();
        var result = await new DetectJob(guard, new ChannelRunnerOptions(), log).RunAsync(plan, channels, cancellationToken).ConfigureAwait(false);
        foreach (var fault in result.Faults)
        {
            await context.Error.WriteLineAsync($"error: {fault.Message}").ConfigureAwait(false);
        }

        var byChannel = result.Scores.ToLookup(s => (s.Channel.Id, s.Detector));
        var ids = corpus.Files.Zip(channels).ToDictionary(p => p.First.Name, p => p.Second.Channel.Id, StringComparer.Ordinal);
        double[] NabScores(string name, NabFile file) =>
            AlertHold.Apply(ScoresOf(byChannel[(ids[file.Name], name)].FirstOrDefault(), file.Length, settings.RankWindow), settings.Hold);
        var names = kindPlan.Names.ToList();
        var inv = CultureInfo.InvariantCulture;
        var output = context.Out;
        await output.WriteLineAsync(string.Create(inv, $"NAB: {corpus.Files.Count} files ({corpus.Unavailable.Count} labelled files absent), {corpus.WindowCount} windows; normalised scores (100 = perfect, 0 = null detector)")).ConfigureAwait(false);
        await output.WriteLineAsync($"  {"detector",-28} {"standard",9} {"low FP",9} {"low FN",9}").ConfigureAwait(false);
        var rows = new List<string> { "detector,profile,score,threshold,tp,fp,fn" };
        var standardThresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            var scored = NabBenchmark.Evaluate(corpus, file => NabScores(name, file));
            standardThresholds[name] = scored["standard"].Threshold;
            await output.WriteLineAsync(string.Create(inv, $"  {name,-28} {scored["standard"].NormalizedScore,9:0.00} {scored["reward_low_FP_rate"].NormalizedScore,9:0.00} {scored["reward_low_FN_rate"].NormalizedScore,9:0.00}")).ConfigureAwait(false);
            foreach (var profile in scored.Profiles)
            {
                rows.Add(string.Create(inv, $"{name},{profile.Profile.Name},{profile.NormalizedScore:R},{profile.Threshold:R},{profile.TruePositives},{profile.FalsePositives},{profile.FalseNegatives}"));
                if (settings.Out is not null)
                {
                    Directory.CreateDirectory(settings.Out);
                    await using var writer = File.CreateText(Path.Combine(settings.Out, $"{name}_{profile.Profile.Name}_scores.csv"));
                    NabScoreTable.Write(writer, name, profile);
                }
            }
        }

        if (settings.Tune)
        {
            var detectorNames = kindPlan.Detectors.Select(d => d.Component.Name).ToList();
            var raw = detectorNames.ToDictionary(d => d, d => (IReadOnlyDictionary<string, double[]>)corpus.Files.ToDictionary(
                f => f.Name, f => RawOf(byChannel[(ids[f.Name], d)].FirstOrDefault(), f.Length), StringComparer.Ordinal), StringComparer.Ordinal);
            var tuned = NabCrossValidation.Run(corpus, raw, NabCrossValidation.Grid(detectorNames, TunedRankWindows, TunedHolds));
            await output.WriteLineAsync(string.Create(inv, $"  {"cross-validated ensemble",-28} {tuned.Result["standard"].NormalizedScore,9:0.00} {tuned.Result["reward_low_FP_rate"].NormalizedScore,9:0.00} {tuned.Result["reward_low_FN_rate"].NormalizedScore,9:0.00}")).ConfigureAwait(false);
            foreach (var (fold, choice, training) in tuned.Choices)
            {
                await output.WriteLineAsync(string.Create(inv, $"    {fold}: {choice.Name} (standard {training:0.00} on the other categories)")).ConfigureAwait(false);
            }

            foreach (var profile in tuned.Result.Profiles)
            {
                rows.Add(string.Create(inv, $"cross-validated-ensemble,{profile.Profile.Name},{profile.NormalizedScore:R},{profile.Threshold:R},{profile.TruePositives},{profile.FalsePositives},{profile.FalseNegatives}"));
            }
        }

        string published = Path.Combine(settings.Nab!, "results", "final_results.json");
        if (File.Exists(published))
        {
            await output.WriteLineAsync("  published (NAB scoreboard, all 58 files):").ConfigureAwait(false);
            foreach (var (detector, scores) in NabPublishedJson.ReadFinalResults(published).OrderByDescending(p => p.Value.GetValueOrDefault("standard")))
            {
                await output.WriteLineAsync(string.Create(inv, $"  {detector,-28} {scores.GetValueOrDefault("standard"),9:0.00} {scores.GetValueOrDefault("reward_low_FP_rate"),9:0.00} {scores.GetValueOrDefault("reward_low_FN_rate"),9:0.00}")).ConfigureAwait(false);
            }
        }

        if (settings.Out is not null)
        {
            await File.WriteAllLinesAsync(Path.Combine(settings.Out, "summary.csv"), rows, cancellationToken).ConfigureAwait(false);
        }

        var series = corpus.Files.Zip(channels).SelectMany(p => names.Select(name =>
            EventMetricsSources.FromNab(p.First, p.Second, name, NabScores(name, p.First), standardThresholds[name]))).ToList();
        await ReportEventsAsync(settings, context, series, TimeSpan.Zero, "event-level, at the standard profile's threshold (the detections NAB scored):").ConfigureAwait(false);

        return result.Faults.Count > 0 ? ExitCodes.DataError : ExitCodes.Success;
    }

    /// <summary>The default configuration: every detector, calibrated on NAB's probation, and their max-ensemble.</summary>
    /// <param name="detectors">The loaded detectors.</param>
    internal static string DefaultConfig(IReadOnlyList<string> detectors)
    {
        if (detectors.Count == 0)
        {
            throw new UsageException("no detector plugins are loaded and no --detectors given; give --plugins DIR");
        }

        var list = new JsonArray([.. detectors.Select(d => d == IsolationForestName
            ? new JsonObject { ["name"] = d, ["options"] = JsonNode.Parse(IsolationForestOnNab) }
            : (JsonNode)JsonValue.Create(d))]);
        if (detectors.Count >= 2)
        {
            list.Add(new JsonObject { ["name"] = "ensemble", ["options"] = new JsonObject { ["method"] = "mean", ["outputName"] = "mean-ensemble" } });
        }

        return new JsonObject
        {
            ["*"] = new JsonObject
            {
                ["detectors"] = list,
                ["calibration"] = new JsonObject { ["referenceFraction"] = NabRules.ProbationPercent },
            },
        }.ToJsonString();
    }

    private static ChannelSeries ToChannel(NabFile file)
    {
        var times = file.Timestamps;
        var steps = Enumerable.Range(1, times.Count - 1).Select(i => times[i] - times[i - 1]).Where(d => d > TimeSpan.Zero).Order().ToList();
        var step = steps.Count == 0 ? TimeSpan.FromMinutes(1) : steps[steps.Count / 2];
        string category = file.Name.Contains('/', StringComparison.Ordinal) ? file.Name[..file.Name.IndexOf('/', StringComparison.Ordinal)] : "nab";
        string stem = Path.GetFileNameWithoutExtension(file.Name);
        return new ChannelSeries(new ChannelInfo(new ChannelId("NAB", category, stem), ChannelKind.Other), new Series(times[0], step, file.Values.ToArray()));
    }

    /// <summary>The built-in isolation forest's name; its defaults (a day of minute data to train on, midnight refits)
    /// leave no scores inside most NAB files' probation, so the default configuration shortens them.</summary>
    internal const string IsolationForestName = "isolation-forest";

    /// <summary>The isolation forest's options in the default configuration: 400 rows to train on, refits every 100.</summary>
    internal const string IsolationForestOnNab = """{ "trainingWindowSize": 400, "refitInterval": 100, "featureWindow": 20 }""";

    /// <summary>Rank windows the cross-validation tries.</summary>
    internal static readonly int[] TunedRankWindows = [500, 2000, 100_000];

    /// <summary>Holds the cross-validation tries.</summary>
    internal static readonly int[] TunedHolds = [50, 100, 300];

    private static double[] RawOf(DetectorScores? scores, int length)
    {
        double[] values = new double[length];
        Array.Fill(values, double.NaN);
        var column = scores?.Raw ?? scores?.Calibrated;
        for (int i = 0; column is not null && i < length && i < column.Count; i++)
        {
            values[i] = column[i];
        }

        return values;
    }

    private static double[] ScoresOf(DetectorScores? scores, int length, int rankWindow)
    {
        double[] values = new double[length];
        if (scores is null)
        {
            return values;
        }

        var calibrated = rankWindow > 0 && scores.Raw is { } raw
            ? TrailingRank.Apply(raw.Values, rankWindow, Math.Min(rankWindow, 100))
            : scores.Calibrated.Values;
        for (int i = 0; i < length && i < calibrated.Length; i++)
        {
            double s = calibrated[i];
            values[i] = double.IsNaN(s) ? 0 : Math.Clamp(s, 0, 1);
        }

        return values;
    }

    internal sealed partial record Settings(string? Nab, string? Detectors, int Hold, int RankWindow, bool Tune, string? Out) : ICommandSettings
    {
        public IEnumerable<string> Validate()
        {
            foreach (string problem in InputProblems())
            {
                yield return problem;
            }

            if (Nab is not null && !Directory.Exists(Nab))
            {
                yield return $"--nab: folder {Nab} does not exist";
            }

            if (Hold < 0)
            {
                yield return $"--hold: must be 0 or more samples, got {Hold}";
            }

            if (DetectConfigReader.MissingFile(Detectors) is { } missing)
            {
                yield return missing;
            }
        }
    }
}
