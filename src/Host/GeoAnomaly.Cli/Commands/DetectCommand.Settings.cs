using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary>The options of <c>geoanomaly detect</c> and their validation.</summary>
internal sealed partial class DetectCommand
{
    private static readonly Argument<string[]> s_files = new("files")
    {
        Description = "Station files to screen (IAGA-2002, or delimited text, see --csv-format; the same channel in several files is joined). Without files, channels are read from --influx.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string?> s_detectors = new("--detectors")
    {
        Description = "Detectors per channel kind: a JSON file or inline JSON, e.g. {\"*\": {\"detectors\": [{\"name\": \"robust-zscore\", \"options\": {\"windowSize\": 120}}], \"events\": {\"threshold\": 0.999, \"minDuration\": \"5min\"}, \"calibration\": {\"referenceDays\": 2}}, \"fluid\": [...]}. Without it, every loaded detector runs with its defaults.",
    };

    private static readonly Option<string?> s_csvFormat = new("--csv-format") { Description = CsvFormatOption.Description };

    private static readonly Option<string> s_fileNetwork = new("--file-network")
    {
        Description = "Network code for files that do not carry one (IAGA-2002, plain CSV); use the one given to 'ingest --network'.",
        DefaultValueFactory = _ => ChannelDefaults.UnknownNetwork,
    };

    private static readonly Option<string?> s_fileStation = new("--file-station") { Description = "Station code for plain CSV files (default: the file name without extension)." };

    private static readonly Option<ChannelKind> s_fileKind = new("--file-kind")
    {
        Description = "Channel kind for plain CSV files (a --stations list overrides it).",
        DefaultValueFactory = _ => ChannelKind.Other,
    };

    private static readonly Option<string?> s_stations = new("--stations") { Description = "Station list CSV (network, station, channel, kind, units, lat, lon, elevation) that sets each listed channel's kind, units and location." };

    private static readonly Option<string?> s_from = new("--from") { Description = "Start of the time range (ISO 8601, UTC unless an offset is given); required with --influx input." };

    private static readonly Option<string?> s_to = new("--to") { Description = "End of the time range, exclusive (ISO 8601); required with --influx input." };

    private static readonly Option<string[]> s_network = new("--network") { Description = "Screen only channels of this network (repeatable)." };

    private static readonly Option<string[]> s_station = new("--station") { Description = "Screen only channels of this station (repeatable)." };

    private static readonly Option<string[]> s_channel = new("--channel") { Description = "Screen only channels with this channel code (repeatable)." };

    private static readonly Option<ChannelKind[]> s_kind = new("--kind") { Description = "Screen only channels of this kind (repeatable): deformation, electromagnetic, fluid, other." };

    private static readonly Option<string?> s_out = new("--out") { Description = "Folder for events.csv, calibration.csv and scores/ (replaced atomically on re-runs)." };

    private static readonly Option<bool> s_writeScores = new("--write-scores")
    {
        Description = "Write per-sample scores too (scores/ files, ga_score points); false writes events only.",
        DefaultValueFactory = _ => true,
    };

    private static readonly Option<int> s_parallelism = new("--parallelism")
    {
        Description = "Channels screened at once.",
        DefaultValueFactory = _ => ChannelRunnerOptions.Defaults.MaxDegreeOfParallelism,
    };

    private static readonly Option<int> s_seed = new("--seed") { Description = "Seed handed to detectors that use randomness.", DefaultValueFactory = _ => ChannelRunnerOptions.Defaults.Seed };

    private static readonly Option<double> s_pluginTimeout = new("--plugin-timeout")
    {
        Description = "Seconds one plugin call (a channel's whole series) may take before it is abandoned and reported.",
        DefaultValueFactory = _ => PluginGuardOptions.Defaults.CallTimeout.TotalSeconds,
    };

    internal sealed record Settings(
        IReadOnlyList<string> Files,
        string? Detectors,
        string? CsvFormat,
        string FileNetwork,
        string? FileStation,
        ChannelKind FileKind,
        string? Stations,
        string? FromText,
        string? ToText,
        ChannelFilter Filter,
        string? Out,
        bool WriteScores,
        int Parallelism,
        int Seed,
        double PluginTimeoutSeconds,
        InfluxOptions.Settings Influx) : ICommandSettings
    {
        /// <summary>True when channels come from InfluxDB: no files given and --influx set.</summary>
        public bool ReadsInflux => Files.Count == 0 && Influx.Url is not null;

        public DateTimeOffset? From => CliTimes.TryParse(FromText);

        public DateTimeOffset? To => CliTimes.TryParse(ToText);

        public IEnumerable<string> Validate()
        {
            if (Files.Count == 0 && Influx.Url is null && Stations is null)
            {
                yield return "files: give station files to screen, a --stations list whose file column names them, or --influx URL with --from and --to to read channels from InfluxDB";
            }

            foreach (string file in Files.Where(f => !File.Exists(f)))
            {
                yield return $"files: {file} does not exist";
            }

            if (Out is null && Influx.Url is null)
            {
                yield return "--out: give an output folder for events and scores, or --influx URL to write them to ga_anomaly and ga_score";
            }

            foreach (var (option, text) in new[] { ("--from", FromText), ("--to", ToText) })
            {
                if (text is not null && CliTimes.TryParse(text) is null)
                {
                    yield return $"{option}: '{text}' is not an ISO 8601 time (for example 2024-03-01T00:00:00Z)";
                }
                else if (text is null && ReadsInflux)
                {
                    yield return $"{option}: required when channels are read from InfluxDB (no files given)";
                }
            }

            if (From is { } from && To is { } to && to <= from)
            {
                yield return $"--to: must be after --from ({FromText}), got {ToText}";
            }

            if (DetectConfigReader.MissingFile(Detectors) is { } missing)
            {
                yield return missing;
            }

            if (Stations is not null && !File.Exists(Stations))
            {
                yield return $"--stations: file {Stations} does not exist";
            }

            if (Parallelism < 1)
            {
                yield return $"--parallelism: must be at least 1, got {Parallelism}";
            }

            if (!(PluginTimeoutSeconds > 0 && double.IsFinite(PluginTimeoutSeconds)))
            {
                yield return $"--plugin-timeout: must be a positive number of seconds, got {PluginTimeoutSeconds}";
            }

            foreach (string problem in Influx.Validate())
            {
                yield return problem;
            }
        }
    }
}
