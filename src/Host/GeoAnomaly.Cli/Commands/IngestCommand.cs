using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Cli.Rendering;
using GeoAnomaly.Host.Jobs;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly ingest</c>: station files (IAGA-2002, CSV/TSV/whitespace with a column mapping) into InfluxDB.</summary>
internal sealed class IngestCommand : CliCommand<IngestCommand.Settings>
{
    private static readonly Argument<string[]> s_files = new("files")
    {
        Description = "Files to ingest: IAGA-2002 (recognised by its header) or delimited text (see --csv-format).",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> s_csvFormat = new("--csv-format")
    {
        Description = CsvFormatOption.Description,
    };

    private static readonly Option<string> s_network = new("--network")
    {
        Description = "Network code for files that do not carry one (IAGA-2002 files, plain CSV).",
        DefaultValueFactory = _ => ChannelDefaults.UnknownNetwork,
    };

    private static readonly Option<string?> s_station = new("--station")
    {
        Description = "Station code for plain CSV files (default: the file name without extension).",
    };

    private static readonly Option<ChannelKind> s_kind = new("--kind")
    {
        Description = "Channel kind for plain CSV files.",
        DefaultValueFactory = _ => ChannelKind.Other,
    };

    private static readonly Option<bool> s_createDatabase = new("--create-database")
    {
        Description = "Create the database if it does not exist.",
        DefaultValueFactory = _ => true,
    };

    public override Command Define()
    {
        return InfluxOptions.AddTo(new Command("ingest", "Write station files into InfluxDB (re-ingesting the same file changes nothing).")
        {
            s_files, s_csvFormat, s_network, s_station, s_kind, s_createDatabase,
        });
    }

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_files) ?? [],
        result.GetValue(s_csvFormat),
        result.GetValue(s_network) ?? ChannelDefaults.UnknownNetwork,
        result.GetValue(s_station),
        result.GetValue(s_kind),
        result.GetValue(s_createDatabase),
        InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var format = settings.CsvFormat is null ? null : CsvFormatOption.Load(settings.CsvFormat);
        var defaults = new ChannelDefaults(settings.Network, settings.Station, settings.Kind);
        using var client = new InfluxClient(settings.Influx.Connection);
        var job = new IngestJob(client, settings.Influx.Batching, settings.Influx.Schema, context.Log, settings.Influx.Ga);
        await job.PrepareAsync(settings.CreateDatabase, cancellationToken).ConfigureAwait(false);

        var results = new List<IngestResult>();
        await using (var progress = ProgressReporter.Create(context, "ingest", settings.Files.Count))
        {
            foreach (string file in settings.Files)
            {
                progress.Describe(Path.GetFileName(file));
                results.Add(await job.IngestAsync(file, path => StationFiles.Read(path, format, defaults, settings.Network, cancellationToken), cancellationToken).ConfigureAwait(false));
                progress.Advance();
            }
        }

        foreach (var r in results)
        {
            string line = r.Error is null
                ? $"{r.Path}: {r.Channels.Count} channel(s), {r.Samples} sample(s), {r.Missing} missing, {r.Report!.PointsWritten} point(s) written"
                : $"FAILED {Located(r)}";
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        var failed = results.Where(r => !r.Succeeded).ToList();
        await context.Out.WriteLineAsync(
            $"ingested {results.Count - failed.Count} of {results.Count} file(s) into {settings.Influx.Connection.DisplayUrl} database '{settings.Influx.Database}', {results.Sum(r => r.Report?.PointsWritten ?? 0)} point(s) written").ConfigureAwait(false);
        foreach (var f in failed)
        {
            await context.Error.WriteLineAsync($"error: {Located(f)}").ConfigureAwait(false);
        }

        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.DataError;
    }

    private static string Located(IngestResult result) =>
        result.Error!.StartsWith(result.Path, StringComparison.Ordinal) ? result.Error : $"{result.Path}: {result.Error}";

    internal sealed record Settings(
        IReadOnlyList<string> Files,
        string? CsvFormat,
        string Network,
        string? Station,
        ChannelKind Kind,
        bool CreateDatabase,
        InfluxOptions.Settings Influx) : ICommandSettings
    {
        public IEnumerable<string> Validate()
        {
            if (Influx.Url is null)
            {
                yield return "--influx: required, the InfluxDB URL to ingest into (e.g. http://127.0.0.1:8086)";
            }

            foreach (string problem in Influx.Validate())
            {
                yield return problem;
            }

            foreach (string file in Files.Where(f => !File.Exists(f)))
            {
                yield return $"files: {file} does not exist";
            }
        }
    }
}
