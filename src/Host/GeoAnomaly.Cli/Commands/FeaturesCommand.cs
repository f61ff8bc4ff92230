using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Anomalies;
using GeoAnomaly.Host.Catalogs.Cells;
using GeoAnomaly.Host.Catalogs.Features;
using GeoAnomaly.Host.Catalogs.Indicators;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// <c>geoanomaly features [CATALOG] --grid … --issue-from … --issue-to … --out dataset.csv</c>: the forecast dataset, one
/// row per cell and issue time with the fifteen seismicity indicators of the cell's events before that time, anomaly
/// features of the stations within the Dobrovolsky radius (with <c>--stations</c> and the events of <c>--events</c> or of
/// <c>ga_anomaly</c> in <c>--influx</c>), and per horizon
/// the label "an event of M ≥ Mth occurs in the cell in (t, t + h]" with the first such event's time. Without a
/// catalog file the catalog is <c>ga_quake</c> in <c>--influx</c> (<c>--quake-source</c> picks one source); with both, the
/// file is the catalog and InfluxDB gives only the anomaly events.
/// </summary>
internal sealed partial class FeaturesCommand : CliCommand<FeaturesCommand.Settings>
{
    private static readonly Option<string?> s_grid = new("--grid") { Description = "Regular cells: south,north,west,east,step in degrees (e.g. 30,46,128,148,1); or give --cells." };
    private static readonly Option<string?> s_cells = new("--cells") { Description = "Named cells: a GeoJSON FeatureCollection, one (Multi)Polygon per feature named by its 'name' property; or give --grid." };
    private static readonly Option<string> s_issueFrom = new("--issue-from") { Description = "First issue time, ISO 8601 (UTC unless it has an offset).", Required = true };
    private static readonly Option<string> s_issueTo = new("--issue-to") { Description = "Issue times are before this, ISO 8601.", Required = true };
    private static readonly Option<double> s_issueStepDays = new("--issue-step-days") { Description = "Days between issue times.", DefaultValueFactory = _ => 7 };
    private static readonly Option<string> s_horizons = new("--horizons") { Description = "Horizons in days, comma-separated; one label per horizon.", DefaultValueFactory = _ => "7,30" };
    private static readonly Option<double> s_targetMagnitude = new("--target-magnitude") { Description = "Mth: the label is an event of at least this magnitude; its Dobrovolsky radius 10^(0.43 Mth) km picks the stations.", DefaultValueFactory = _ => 6 };
    private static readonly Option<int> s_indicatorEvents = new("--indicator-events") { Description = "n: the Panakkat & Adeli indicators use each cell's last n events before t (the paper's 50; fewer for sparse cells).", DefaultValueFactory = _ => IndicatorOptions.Defaults.EventCount };
    private static readonly Option<double> s_binWidth = new("--bin-width") { Description = "Magnitude bin width for the Aki-Utsu b of the Reyes indicators (0 for continuous magnitudes).", DefaultValueFactory = _ => IndicatorOptions.Defaults.MagnitudeBinWidth };
    private static readonly Option<string?> s_indicatorOptions = new(IndicatorOptionsFile.OptionName)
    {
        Description = "JSON file of indicator options, camelCase names of IndicatorOptions (e.g. {\"bValueEventCount\": 30}); omitted ones keep the papers' values; --indicator-events and --bin-width override it (src/Host/GeoAnomaly.Host/Catalogs/Indicators/README.md).",
    };

    private static readonly Option<string?> s_events = new("--events") { Description = "Anomaly events (an events.csv of 'detect') for the anomaly features; needs --stations. Without it, --influx reads ga_anomaly." };
    private static readonly Option<string?> s_stations = new("--stations") { Description = "Station list (network,station,lat,lon,... as for 'detect') locating the stations of --events." };
    private static readonly Option<string> s_out = new("--out") { Description = "The dataset CSV to write (replaced only once complete).", Required = true };
    private static readonly Option<bool> s_summary = new("--summary") { Description = "Also print class balance per horizon, and range and missing values per feature column." };
    private static readonly Option<int> s_nullDatasets = new("--null-datasets") { Description = "K: also write K null datasets OUT.null-1.csv .. OUT.null-K.csv, each with every station's anomaly events circularly shifted in time by one random offset per station (for 'forecast evaluate --null'); needs the anomaly events.", DefaultValueFactory = _ => 0 };
    private static readonly Option<string> s_decluster = new("--decluster") { Description = "Decluster the catalog before features and labels: none, gardner-knopoff or reasenberg (stated in the dataset's provenance and every report).", DefaultValueFactory = _ => "none" };
    private static readonly Option<long> s_nullSeed = new("--null-seed") { Description = "Seed of the null datasets' time shifts.", DefaultValueFactory = _ => 1 };

    public override Command Define()
    {
        var command = InfluxOptions.AddTo(CatalogInputOptions.AddTo(new Command("features", "Build the forecast dataset: seismicity indicators and anomaly features per cell and issue time, with labels per horizon."), fromInflux: true));
        foreach (var option in new Option[] { s_grid, s_cells, s_issueFrom, s_issueTo, s_issueStepDays, s_horizons, s_targetMagnitude, s_indicatorEvents, s_binWidth, s_indicatorOptions, s_events, s_stations, s_out, s_summary, s_nullDatasets, s_nullSeed, s_decluster, s_reviews, s_excludeVerdicts })
        {
            command.Options.Add(option);
        }

        return command;
    }

    protected override Settings Bind(ParseResult result) => new(
        CatalogInputOptions.Bind(result), result.GetValue(s_grid), result.GetValue(s_cells), result.GetValue(s_issueFrom)!, result.GetValue(s_issueTo)!, result.GetValue(s_issueStepDays),
        result.GetValue(s_horizons)!, result.GetValue(s_targetMagnitude), Given(result, s_indicatorEvents), Given(result, s_binWidth), result.GetValue(s_indicatorOptions), result.GetValue(s_events), result.GetValue(s_stations), result.GetValue(s_out)!, result.GetValue(s_summary), InfluxOptions.Bind(result), result.GetValue(s_nullDatasets), result.GetValue(s_nullSeed))
    {
        Decluster = result.GetValue(s_decluster) ?? "none",
        Reviews = result.GetValue(s_reviews),
        ExcludeVerdicts = result.GetValue(s_excludeVerdicts) ?? "interference",
    };

    /// <summary>The option's value when given on the command line (or in --config), null when it is only the default.</summary>
    private static T? Given<T>(ParseResult result, Option<T> option)
        where T : struct => result.GetResult(option) is { Implicit: false } ? result.GetValue(option) : null;

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var full = (await settings.Input.LoadAsync(settings.Influx, cancellationToken).ConfigureAwait(false)).Kept;
        var method = settings.DeclusterMethod()!.Value;
        var catalog = DatasetProvenance.Decluster(full, method);
        IReadOnlyList<ForecastCell> cells = settings.GridValues() is { } g
            ? CellGrid.Regular(g[0], g[1], g[2], g[3], g[4]).Cells
            : [.. GeoJsonPolygon.ReadNamed(settings.Cells!).Select(r => new ForecastCell(r.Name, r.Area))];
        var spec = new FeatureDatasetSpec(cells, new IssueSchedule(CliTimes.TryParse(settings.IssueFrom)!.Value, CliTimes.TryParse(settings.IssueTo)!.Value, TimeSpan.FromDays(settings.IssueStepDays)),
            settings.HorizonValues()!, settings.TargetMagnitude);
        var blocks = new List<IFeatureBlock> { new IndicatorBlock(settings.Indicators()) };
        AnomalyFeatures? anomalies = null;
        (IReadOnlyList<LocatedAnomaly> Events, Dictionary<string, StationLocation> Stations, string? Reviews)? located = null;
        var anomalyOptions = new AnomalyFeatureOptions { TargetMagnitude = settings.TargetMagnitude };
        if (settings.Stations is not null)
        {
            located = await LoadAnomaliesAsync(settings, context, cancellationToken).ConfigureAwait(false);
            anomalies = new AnomalyFeatures(located.Value.Events, located.Value.Stations, cells, anomalyOptions);
            blocks.Add(anomalies);
        }

        FeatureDatasetStats? written = null;
        AtomicFile.WriteText(settings.Out, writer => written = FeatureDataset.Write(catalog, spec, blocks, writer));
        var stats = written!;
        var o = context.Out;
        var inv = CultureInfo.InvariantCulture;
        await o.WriteLineAsync(string.Create(inv, $"features: {stats.Rows:N0} rows ({cells.Count} cells x {stats.Rows / Math.Max(1, cells.Count):N0} issue times) from {catalog.Count:N0} events to {settings.Out}")).ConfigureAwait(false);
        if (anomalies is not null)
        {
            // Which stations' anomalies count for which cell, so every anomaly feature can be traced to its stations.
            string traced = StationsFile(settings.Out);
            AtomicFile.WriteText(traced, writer =>
            {
                writer.WriteLine("cell,station");
                foreach (var cell in cells)
                {
                    foreach (string station in anomalies.StationsOf(cell.Id))
                    {
                        writer.WriteLine($"{cell.Id},{station}");
                    }
                }
            });
            await o.WriteLineAsync(string.Create(inv, $"  anomaly features: stations within {anomalies.RadiusKm:0} km (Dobrovolsky, M {settings.TargetMagnitude}) of each cell, listed in {traced}")).ConfigureAwait(false);
        }

        if (located?.Reviews is { } reviewed)
        {
            await o.WriteLineAsync($"  verdicts: {reviewed}").ConfigureAwait(false);
        }

        if (located is { } real && settings.NullDatasets > 0)
        {
            // Same catalog, cells, issue times and labels; only the anomaly events move (AnomalyShuffle).
            for (int k = 1; k <= settings.NullDatasets; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var shifted = AnomalyShuffle.Shift(real.Events, Xoshiro256StarStar.Combine(settings.NullSeed, k));
                IFeatureBlock[] nullBlocks = [blocks[0], new AnomalyFeatures(shifted, real.Stations, cells, anomalyOptions)];
                AtomicFile.WriteText(NullFile(settings.Out, k), writer => FeatureDataset.Write(catalog, spec, nullBlocks, writer));
            }

            await o.WriteLineAsync(string.Create(inv, $"  null datasets: {settings.NullDatasets} ({NullFile(settings.Out, 1)} ..), anomaly events shifted per station (seed {settings.NullSeed})")).ConfigureAwait(false);
        }

        var provenance = new DatasetProvenance
        {
            Catalog = settings.Input.File ?? $"{settings.Influx.Ga.Quake} in {settings.Influx.Url}" + (settings.Input.QuakeSource is { } q ? $" (source {q})" : ""),
            Declustering = method,
            EventsRead = full.Count,
            EventsUsed = catalog.Count,
            Cells = settings.Grid is { } grid ? $"grid {grid}" : $"cells {settings.Cells}",
            IssueTimes = $"{settings.IssueFrom} to {settings.IssueTo} every {settings.IssueStepDays.ToString(inv)} days",
            HorizonsDays = spec.HorizonsDays,
            TargetMagnitude = settings.TargetMagnitude,
            Anomalies = settings.Stations is null ? null : settings.Events ?? $"{settings.Influx.Ga.Anomaly} in {settings.Influx.Url}",
            Reviews = located?.Reviews,
        };
        provenance.Write(settings.Out);
        if (method != DeclusterMethod.None)
        {
            await o.WriteLineAsync(string.Create(inv, $"  declustered by {DatasetProvenance.DeclusterText(method)}: {catalog.Count:N0} of {full.Count:N0} events kept")).ConfigureAwait(false);
        }

        if (settings.Summary)
        {
            await o.WriteAsync(FeatureDatasetSummary.Format(stats, spec.HorizonsDays)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<(IReadOnlyList<LocatedAnomaly> Events, Dictionary<string, StationLocation> Stations, string? Reviews)> LoadAnomaliesAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var list = StationList.Read(settings.Stations!);
        var stations = new Dictionary<string, StationLocation>(StringComparer.Ordinal);
        foreach (var channel in list.Channels.Where(c => c.Location is not null))
        {
            stations.TryAdd(AnomalyFeatures.StationKey(channel.Id), channel.Location!);
        }

        var located = new List<LocatedAnomaly>();
        int unlocated = 0;
        IReadOnlyList<EventRow> rows;
        if (settings.Events is not null)
        {
            rows = EventCsvReader.Read(settings.Events);
        }
        else
        {
            using var client = new InfluxClient(settings.Influx.Connection);
            rows = await AnomalyEventReader.ReadAsync(client, settings.Influx.Ga, null, CliTimes.TryParse(settings.IssueTo), cancellationToken).ConfigureAwait(false);
        }

        string? reviewed = null;
        if (settings.Reviews is not null)
        {
            (rows, reviewed) = await ExcludeReviewedAsync(settings, rows, cancellationToken).ConfigureAwait(false);
            context.Log.Information("Anomaly features: {Reviewed}", reviewed);
        }

        foreach (var row in rows)
        {
            if (stations.TryGetValue(AnomalyFeatures.StationKey(row.Event.Channel), out var at))
            {
                located.Add(new LocatedAnomaly(row.Event, row.ChannelKind ?? ChannelKind.Other, at));
            }
            else
            {
                unlocated++;
            }
        }

        if (unlocated > 0)
        {
            context.Log.Warning("{Count} anomaly event(s) from {Events} are on stations {Stations} does not locate; they are not used", unlocated, settings.Events ?? settings.Influx.Ga.Anomaly, settings.Stations);
        }

        return (located, stations, reviewed);
    }

    /// <summary>The file beside the dataset that lists each cell's stations: <c>data.csv</c> -> <c>data.stations.csv</c>.</summary>
    /// <param name="dataset">The dataset path.</param>
    internal static string StationsFile(string dataset) => Path.ChangeExtension(dataset, null) + ".stations.csv";

    /// <summary>The k-th null dataset beside the dataset: <c>data.csv</c> -> <c>data.null-3.csv</c>.</summary>
    /// <param name="dataset">The dataset path.</param>
    /// <param name="k">1..K.</param>
    internal static string NullFile(string dataset, int k) => Path.ChangeExtension(dataset, null) + string.Create(CultureInfo.InvariantCulture, $".null-{k}.csv");

    internal sealed partial record Settings(CatalogInputOptions.Settings Input, string? Grid, string? Cells, string IssueFrom, string IssueTo, double IssueStepDays, string Horizons,
        double TargetMagnitude, int? IndicatorEvents, double? BinWidth, string? IndicatorOptionsPath, string? Events, string? Stations, string Out, bool Summary, InfluxOptions.Settings Influx, int NullDatasets = 0, long NullSeed = 1) : ICommandSettings
    {
        /// <summary>The <c>--decluster</c> text: none, gardner-knopoff or reasenberg.</summary>
        public string Decluster { get; init; } = "none";

        /// <summary>The declustering method, or null when <see cref="Decluster"/> names none.</summary>
        public DeclusterMethod? DeclusterMethod() => Decluster.ToLowerInvariant() switch
        {
            "none" => Host.Catalogs.Features.DeclusterMethod.None,
            "gardner-knopoff" or "gk" => Host.Catalogs.Features.DeclusterMethod.GardnerKnopoff,
            "reasenberg" => Host.Catalogs.Features.DeclusterMethod.Reasenberg,
            _ => null,
        };

        /// <summary>The indicator options: the papers' values, then those of --indicator-options, then --indicator-events and --bin-width.</summary>
        /// <exception cref="UsageException">The options file cannot be read or bound; names the file and the option.</exception>
        public IndicatorOptions Indicators()
        {
            var options = IndicatorOptionsPath is null ? new IndicatorOptions() : IndicatorOptionsFile.Read(IndicatorOptionsPath);
            return options with { EventCount = IndicatorEvents ?? options.EventCount, MagnitudeBinWidth = BinWidth ?? options.MagnitudeBinWidth };
        }

        /// <summary>Every problem with the indicator options, each naming the command-line option or the file and option that set it.</summary>
        private IEnumerable<string> IndicatorProblems()
        {
            IndicatorOptions options;
            try
            {
                options = Indicators();
            }
            catch (UsageException e)
            {
                return [e.Message];
            }

            return options.Validate().Select(problem => problem switch
            {
                _ when IndicatorEvents is not null && problem.StartsWith("event-count:", StringComparison.Ordinal) => "--indicator-events: " + problem,
                _ when BinWidth is not null && problem.StartsWith("magnitude-bin-width:", StringComparison.Ordinal) => "--bin-width: " + problem,
                _ => $"{IndicatorOptionsFile.OptionName}: {IndicatorOptionsPath}: {IndicatorOptionsFile.InFileNames(problem)}",
            });
        }

        /// <summary>The grid's five numbers, or null when malformed.</summary>
        public double[]? GridValues()
        {
            if (Grid is null)
            {
                return null;
            }

            var parts = Grid.Split(',');
            var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray();
            return values.Length == 5 && values.All(double.IsFinite) ? values : null;
        }

        /// <summary>The horizons, or null when malformed.</summary>
        public int[]? HorizonValues()
        {
            var values = Horizons.Split(',').Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 0).ToArray();
            return values.Length > 0 && values.All(v => v >= 1) ? values : null;
        }

        public IEnumerable<string> Validate()
        {
            if (DeclusterMethod() is null)
            {
                yield return $"--decluster: must be none, gardner-knopoff or reasenberg, got '{Decluster}'";
            }

            foreach (string problem in Input.Validate(Influx.Url))
            {
                yield return problem;
            }

            if ((Grid is null) == (Cells is null))
            {
                yield return "--grid or --cells: give one of them (regular cells, or named GeoJSON regions)";
            }
            else if (Cells is not null)
            {
                if (!File.Exists(Cells))
                {
                    yield return $"--cells: file {Cells} does not exist";
                }
            }
            else if (GridValues() is not { } g)
            {
                yield return $"--grid: '{Grid}' is not south,north,west,east,step (five numbers)";
            }
            else if (!(g[0] >= -90 && g[1] <= 90 && g[0] < g[1] && g[2] < g[3] && g[4] > 0))
            {
                yield return $"--grid: '{Grid}' needs south < north within -90..90, west < east and a positive step";
            }

            foreach (var (option, text) in new[] { ("--issue-from", IssueFrom), ("--issue-to", IssueTo) })
            {
                if (CliTimes.TryParse(text) is null)
                {
                    yield return $"{option}: '{text}' is not an ISO 8601 time";
                }
            }

            if (!(IssueStepDays > 0))
            {
                yield return $"--issue-step-days: must be positive, got {IssueStepDays}";
            }

            if (HorizonValues() is null)
            {
                yield return $"--horizons: '{Horizons}' is not a comma-separated list of whole days (at least 1)";
            }

            if (!(TargetMagnitude is > 0 and < 10))
            {
                yield return $"--target-magnitude: must be between 0 and 10, got {TargetMagnitude}";
            }

            foreach (string problem in IndicatorProblems())
            {
                yield return problem;
            }

            if (Events is not null && Stations is null)
            {
                yield return "--events and --stations go together (the stations locate the anomaly events)";
            }
            else if (Stations is not null && Events is null && Influx.Url is null)
            {
                yield return "--stations: give the anomaly events too, --events FILE or --influx URL (read from ga_anomaly)";
            }

            if (Influx.Url is not null)
            {
                foreach (string problem in Influx.Validate())
                {
                    yield return problem;
                }
            }

            foreach (string problem in ReviewProblems())
            {
                yield return problem;
            }

            if (NullDatasets is < 0 or > 1000)
            {
                yield return $"--null-datasets: must be 0..1000, got {NullDatasets}";
            }
            else if (NullDatasets > 0 && Stations is null)
            {
                yield return "--null-datasets: needs anomaly events to shift (--stations with --events or --influx)";
            }

            foreach (var (option, path) in new[] { ("--events", Events), ("--stations", Stations) })
            {
                if (path is not null && !File.Exists(path))
                {
                    yield return $"{option}: file {path} does not exist";
                }
            }
        }
    }
}
