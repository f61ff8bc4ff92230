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
/// calibration; a max-ensemble of them is scored too.
/// </remarks>
internal sealed partial class EvaluateCommand : CliCommand<EvaluateCommand.Settings>
{
    private static readonly Option<string?> s_nab = new("--nab") { Description = "A NAB-layout folder (data/<category>/<file>.csv, labels/combined_windows.json, config/profiles.json); or give --labels." };

    private static readonly Option<string?> s_detectors = new("--detectors")
    {
        Description = "Detectors configuration, as for 'detect --detectors' (section * or other); default: every loaded detector, calibrated on the probationary period, and their max-ensemble.",
    };

    private static readonly Option<string?> s_out = new("--out") { Description = "Folder for NAB score tables (<detector>_<profile>_scores.csv) and summary.csv." };

    public override Command Define() => new("evaluate", "Score detectors on a labelled corpus: NAB layout (--nab, NAB's rules beside the published scoreboard, then event-level metrics) or station files against a label file (--labels, event-level metrics).") { s_nab, s_labels, s_stations, s_files, s_detectors, s_out, s_toleranceMinutes, s_timelines };

    protected override Settings Bind(ParseResult result) => BindEvents(result, new(result.GetValue(s_nab), result.GetValue(s_detectors), result.GetValue(s_out)));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
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
        var names = kindPlan.Names.ToList();
        var inv = CultureInfo.InvariantCulture;
        var output = context.Out;
        await output.WriteLineAsync(string.Create(inv, $"NAB: {corpus.Files.Count} files ({corpus.Unavailable.Count} labelled files absent), {corpus.WindowCount} windows; normalised scores (100 = perfect, 0 = null detector)")).ConfigureAwait(false);
        await output.WriteLineAsync($"  {"detector",-28} {"standard",9} {"low FP",9} {"low FN",9}").ConfigureAwait(false);
        var rows = new List<string> { "detector,profile,score,threshold,tp,fp,fn" };
        var standardThresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            var scored = NabBenchmark.Evaluate(corpus, file => ScoresOf(byChannel[(ids[file.Name], name)].FirstOrDefault(), file.Length));
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
            EventMetricsSources.FromNab(p.First, p.Second, name, ScoresOf(byChannel[(p.Second.Channel.Id, name)].FirstOrDefault(), p.First.Length), standardThresholds[name]))).ToList();
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

        var list = new JsonArray([.. detectors.Select(d => (JsonNode)JsonValue.Create(d))]);
        if (detectors.Count >= 2)
        {
            list.Add(new JsonObject { ["name"] = "ensemble", ["options"] = new JsonObject { ["method"] = "max", ["outputName"] = "max-ensemble" } });
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

    private static double[] ScoresOf(DetectorScores? scores, int length)
    {
        double[] values = new double[length];
        if (scores is null)
        {
            return values;
        }

        var calibrated = scores.Calibrated.Values;
        for (int i = 0; i < length && i < calibrated.Length; i++)
        {
            double s = calibrated[i];
            values[i] = double.IsNaN(s) ? 0 : Math.Clamp(s, 0, 1);
        }

        return values;
    }

    internal sealed partial record Settings(string? Nab, string? Detectors, string? Out) : ICommandSettings
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

            if (DetectConfigReader.MissingFile(Detectors) is { } missing)
            {
                yield return missing;
            }
        }
    }
}
