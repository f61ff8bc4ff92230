using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Jobs;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// <c>geoanomaly demo</c>: generates a synthetic network (tides, daily variation, storms, barometric response, gaps,
/// steps, injected anomalies) to files, reads it back as any network's files would be read, optionally goes through
/// InfluxDB, screens it with every loaded detector and scores the events against the injected labels.
/// </summary>
internal sealed class DemoCommand : CliCommand<DemoCommand.Settings>
{
    private static readonly Option<string> s_out = new("--out") { Description = "Output folder.", DefaultValueFactory = _ => "demo-out" };
    private static readonly Option<long> s_seed = new("--seed") { Description = "Seed of the synthetic network.", DefaultValueFactory = _ => NetworkSpec.Defaults.Seed };
    private static readonly Option<int> s_stations = new("--stations") { Description = "Number of stations.", DefaultValueFactory = _ => NetworkSpec.Defaults.StationCount };
    private static readonly Option<double> s_days = new("--days") { Description = "Days of minute data.", DefaultValueFactory = _ => NetworkSpec.Defaults.Duration.TotalDays };
    private static readonly Option<double> s_threshold = new("--threshold")
    {
        Description = "Calibrated score (0..1) at or above which samples form events: 0.9998 = rarer than 2 in 10,000 samples of the quiet reference.",
        DefaultValueFactory = _ => DemoPlan.Threshold,
    };

    private static readonly Option<string?> s_detectors = new("--detectors")
    {
        Description = "Detectors per channel kind, as for 'detect --detectors' (a JSON file or inline JSON); default: the demo plan written to OUT/detectors.json.",
    };

    private static readonly Option<bool> s_preprocess = new("--preprocess")
    {
        Description = "Put the per-kind preprocessing chains of the loaded built-in preprocessors in the demo plan (earth tides, daily variation, trends removed before screening; see detectors.json for the chains).",
    };

    private static readonly Option<int> s_forecastNulls = new("--forecast-nulls")
    {
        Description = "Shuffled-anomaly datasets for the forecast null test (0 skips the null test).",
        DefaultValueFactory = _ => 20,
    };

    private static readonly Option<bool> s_noForecast = new("--no-forecast") { Description = "Screen only: skip the forecast half (ETAS catalog, features, walk-forward evaluation)." };

    private static readonly Option<int> s_toleranceMinutes = new("--tolerance-minutes")
    {
        Description = "An event within this many minutes of a labelled window counts as finding it.",
        DefaultValueFactory = _ => 30,
    };

    public override Command Define()
    {
        return InfluxOptions.AddTo(new Command("demo", "Generate a synthetic station network and run the whole job on it, on files or (with --influx) through InfluxDB.")
        {
            s_out, s_seed, s_stations, s_days, s_threshold, s_detectors, s_preprocess, s_toleranceMinutes, s_forecastNulls, s_noForecast,
        });
    }

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_out) ?? "demo-out",
        result.GetValue(s_seed),
        result.GetValue(s_stations),
        result.GetValue(s_days),
        result.GetValue(s_threshold),
        result.GetValue(s_detectors),
        result.GetValue(s_preprocess),
        result.GetValue(s_toleranceMinutes),
        InfluxOptions.Bind(result))
    {
        ForecastNulls = result.GetValue(s_forecastNulls),
        Forecast = !result.GetValue(s_noForecast),
    };

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var log = context.Log;
        var output = context.Out;
        string folder = Path.GetFullPath(settings.Out);
        string dataFolder = Path.Combine(folder, "network");
        Directory.CreateDirectory(dataFolder);

        // 1. Generate and write the network as station files.
        var spec = new NetworkSpec { Seed = settings.Seed, StationCount = settings.Stations, Duration = TimeSpan.FromDays(settings.Days) };
        var specProblems = spec.Validate();
        if (specProblems.Count > 0)
        {
            throw new UsageException(string.Join("; ", specProblems));
        }

        var network = SyntheticNetworkGenerator.Generate(spec);
        NetworkWriter.Write(network, dataFolder, cancellationToken: cancellationToken);
        log.Information("Generated {Stations} station(s), {Channels} channel(s), {Labels} injected anomalies into {Folder}",
            network.Stations.Count, network.Channels.Count, network.Labels.Count, dataFolder);
        var quakes = DemoLocalQuakes.Write(spec, dataFolder);
        log.Information("Simulated {Count} local earthquakes over the stations' box and days into {Path}", quakes.Count, quakes.Path);

        // 2. Read it back as an analyst's files: the station list completes what the files do not say.
        var stations = StationList.Read(Path.Combine(dataFolder, "stations.csv"));
        var files = stations.Files
            .Select(file => (File: file, Channels: StationFiles.Read(file, null, new ChannelDefaults(spec.Network, Path.GetFileNameWithoutExtension(file)), spec.Network, cancellationToken)
                .Select(stations.Complete).ToList()))
            .ToList();
        var channels = files.SelectMany(f => f.Channels).ToList();

        var labels = LabelCsv.Read(Path.Combine(dataFolder, "labels.csv"));
        string source = "files";

        // 3. Optionally through InfluxDB: ingest, then screen what comes back from the server.
        InfluxClient? client = null;
        try
        {
            if (settings.Influx.Url is not null)
            {
                client = new InfluxClient(settings.Influx.Connection);
                var ingest = new IngestJob(client, settings.Influx.Batching, settings.Influx.Schema, log, settings.Influx.Ga);
                await ingest.PrepareAsync(createDatabase: true, cancellationToken).ConfigureAwait(false);
                foreach (var (file, read) in files)
                {
                    var result = await ingest.IngestAsync(file, _ => read, cancellationToken).ConfigureAwait(false);
                    if (!result.Succeeded)
                    {
                        throw new InvalidOperationException($"{file}: {result.Error}");
                    }
                }

                var reader = new InfluxSeriesReader(client, settings.Influx.Schema);
                var fromServer = new List<ChannelSeries>();
                foreach (var c in channels)
                {
                    var back = await reader.ReadAsync(c.Channel, c.Series.Start, c.Series.End, c.Series.Step, cancellationToken).ConfigureAwait(false);
                    fromServer.Add(back with { Channel = c.Channel });
                }

                channels = fromServer;
                source = $"InfluxDB {settings.Influx.Connection.DisplayUrl} database '{settings.Influx.Database}'";
                await DemoLocalQuakes.IngestAsync(quakes.Path, settings.Influx, context, cancellationToken).ConfigureAwait(false);
            }

            // 4. Screen with every loaded detector.
            using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), log);
            foreach (var error in catalog.Errors)
            {
                await context.Error.WriteLineAsync($"warning: {error}").ConfigureAwait(false);
            }

            var detectors = catalog.Components.Where(c => c.Kind == ComponentKind.Detector).ToList();
            var guard = new PluginGuard(new PluginGuardOptions(), log);
            var preprocessors = !settings.Preprocess ? [] : catalog.Components.Where(c => c.Kind == ComponentKind.Preprocessor).Select(c => c.Name);
            string planText = settings.Detectors ?? DemoPlan.Json(detectors.Select(d => d.Name), preprocessors, settings.Threshold);
            if (settings.Detectors is null)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "detectors.json"), planText, cancellationToken).ConfigureAwait(false);
            }

            DetectPlan plan;
            try
            {
                plan = detectors.Count == 0
                    ? new DetectPlan(new Dictionary<ChannelKind, KindPlan>())
                    : await new DetectPlanBuilder(catalog.Components, guard).BuildAsync(DetectConfigReader.Load(planText, "--detectors"), cancellationToken).ConfigureAwait(false);
            }
            catch (DetectConfigException e)
            {
                throw new UsageException(string.Join(Environment.NewLine, e.Problems));
            }

            // 5. Scores go to files (and InfluxDB) as channels are done; events and calibrations at the end.
            var outFiles = new DetectFileWriter(folder, writeScores: true);
            var influx = client is null ? null : new DetectInfluxWriter(client, settings.Influx.Batching, settings.Influx.Ga);
            var screening = await new DetectJob(guard, new ChannelRunnerOptions(), log).RunAsync(plan, channels, cancellationToken, sink: DetectSinks.Of(outFiles, influx)).ConfigureAwait(false);
            outFiles.Finish(screening);
            if (influx is not null)
            {
                var written = await influx.FinishAsync(screening, cancellationToken).ConfigureAwait(false);
                if (written.Rejected > 0)
                {
                    throw new InvalidOperationException($"InfluxDB rejected {written.Rejected} point(s); first: {written.RejectedPoints.First()}");
                }
            }

            // 6. An analyst's verdicts on some events, through the same recorder as 'review record'.
            var kinds = screening.Channels.ToDictionary(c => c.Channel.Id, c => c.Channel.Kind);
            var rows = screening.Events.Select(e => new EventRow(e, kinds.TryGetValue(e.Channel, out var k) ? k : null)).ToList();
            var reviewedAt = channels.Count == 0 ? spec.Start : channels.Max(c => c.Series.End) + TimeSpan.FromHours(1);
            var reviews = DemoReviews.Plan(rows, labels, network.Storms, TimeSpan.FromMinutes(settings.ToleranceMinutes), reviewedAt);
            IReviewStore store = client is null
                ? new CsvReviewStore(Path.Combine(folder, CsvReviewStore.DefaultFileName))
                : new InfluxReviewStore(client, settings.Influx.Ga, settings.Influx.Batching);
            if (client is null)
            {
                File.Delete(Path.Combine(folder, CsvReviewStore.DefaultFileName)); // a re-run replaces the demo's reviews
            }

            await new ReviewRecorder(store, new EventListSource("the demo's events", rows)).RecordAsync(reviews, cancellationToken).ConfigureAwait(false);

            // 7. Report.
            await ReportAsync(output, network, channels, labels, plan, screening, source, folder, settings, client is not null).ConfigureAwait(false);
            await output.WriteLineAsync($"  verdicts: {string.Join(", ", reviews.GroupBy(r => r.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {VerdictNames.Text(g.Key)}"))} of {rows.Count} events, analyst '{DemoReviews.Analyst}', in {store.Name}").ConfigureAwait(false);
            foreach (var fault in screening.Faults)
            {
                await context.Error.WriteLineAsync($"error: {fault.Message}").ConfigureAwait(false);
            }

            if (screening.Faults.Count > 0)
            {
                return ExitCodes.DataError;
            }

            // 8. The forecast half: catalog and anomaly features, walk-forward evaluation against the references.
            if (settings.Forecast && catalog.TryFindForecastModel(DemoForecast.Model, out _))
            {
                await DemoForecast.RunAsync(folder, settings.Seed, settings.ForecastNulls, settings.Influx, context, cancellationToken).ConfigureAwait(false);
            }
            else if (settings.Forecast)
            {
                await output.WriteLineAsync($"Forecast demo skipped: no forecast model '{DemoForecast.Model}' loaded (give --plugins with the built-in plugins folder, e.g. artifacts/plugins)").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
        finally
        {
            client?.Dispose();
        }
    }

    private static async Task ReportAsync(
        TextWriter output,
        SyntheticNetwork network,
        List<ChannelSeries> channels,
        IReadOnlyList<AnomalyLabel> labels,
        DetectPlan plan,
        DetectResult screening,
        string source,
        string folder,
        Settings settings,
        bool influx)
    {
        long samples = channels.Sum(c => (long)c.Series.Count);
        long missing = channels.Sum(c => (long)c.Series.MissingCount());
        var inv = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(inv, $"GeoAnomaly demo: network {network.Spec.Network}, {network.Stations.Count} stations, {channels.Count} channels, {settings.Days:0.#} days at {network.Spec.Step.TotalMinutes:0.#} min")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(inv, $"  read from {source}: {samples:N0} samples, {missing:N0} missing ({100.0 * missing / Math.Max(1, samples):0.00} %)")).ConfigureAwait(false);
        await output.WriteLineAsync($"  injected anomalies: {string.Join(", ", labels.GroupBy(l => l.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"))}").ConfigureAwait(false);
        await output.WriteLineAsync($"  magnetic storms (not anomalies): {network.Storms.Count}").ConfigureAwait(false);
        var screened = plan.Kinds.Values.Distinct().ToList();
        if (screened.Count == 0)
        {
            await output.WriteLineAsync("  no detector plugins loaded: give --plugins DIR (for example samples/MyDetector/bin/plugin)").ConfigureAwait(false);
        }
        else
        {
            foreach (var group in plan.Kinds.GroupBy(k => k.Value))
            {
                string kinds = string.Join(", ", group.Select(k => KindNames.Text(k.Key)));
                string chain = group.Key.Preprocessors.Count == 0 ? "raw" : string.Join(" -> ", group.Key.Preprocessors.Select(p => p.Component.Name));
                await output.WriteLineAsync(string.Create(inv, $"  {kinds} channels: {chain}; {string.Join(", ", group.Key.Names)}; calibrated threshold {group.Key.Events.Threshold}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync(string.Create(inv, $"  {screening.Events.Count} events; recall per injected kind, precision of the events classified as that kind (match tolerance {settings.ToleranceMinutes} min)")).ConfigureAwait(false);
            await output.WriteLineAsync($"  {"detector",-24} {"labels",-16} {"found",9} {"recall",7} {"events",7} {"precision",9}").ConfigureAwait(false);
            foreach (var row in EventMatch.Score(screening.Events, labels, TimeSpan.FromMinutes(settings.ToleranceMinutes)))
            {
                string precision = row.Events == 0 ? "-" : row.Precision.ToString("0.00", inv);
                string found = $"{row.Found}/{row.Labels}";
                await output.WriteLineAsync(string.Create(inv, $"  {row.Detector,-24} {(row.Kind is { } k ? KindNames.Text(k) : "all"),-16} {found,9} {row.Recall,7:0.00} {row.Events,7} {precision,9}")).ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync($"  files: {folder} (network/ with quakes.csv, events.csv, scores/){(influx ? $"; events in ga_anomaly, scores in ga_score, local earthquakes in ga_quake (source {DemoLocalQuakes.Source})" : "")}").ConfigureAwait(false);
    }

    internal sealed record Settings(string Out, long Seed, int Stations, double Days, double Threshold, string? Detectors, bool Preprocess, int ToleranceMinutes, InfluxOptions.Settings Influx) : ICommandSettings
    {
        /// <summary>Null datasets for the forecast null test.</summary>
        public int ForecastNulls { get; init; } = 20;

        /// <summary>Whether the forecast half runs.</summary>
        public bool Forecast { get; init; } = true;

        public IEnumerable<string> Validate()
        {
            if (Stations < 1)
            {
                yield return $"--stations: must be at least 1, got {Stations}";
            }

            if (Days is <= 0 or > 3660)
            {
                yield return $"--days: must be more than 0 and at most 3660, got {Days}";
            }

            if (Threshold is <= 0 or >= 1)
            {
                yield return $"--threshold: must be a calibrated score between 0 and 1 (exclusive), got {Threshold}";
            }

            if (DetectConfigReader.MissingFile(Detectors) is { } missing)
            {
                yield return missing;
            }

            if (ForecastNulls is < 0 or > 1000)
            {
                yield return $"--forecast-nulls: must be 0..1000, got {ForecastNulls}";
            }

            if (ToleranceMinutes < 0)
            {
                yield return $"--tolerance-minutes: must not be negative, got {ToleranceMinutes}";
            }

            foreach (string problem in Influx.Validate())
            {
                yield return problem;
            }
        }
    }
}
