using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Review;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly review import</c>: verdicts made in Grafana as annotations (tag convention: README, "Verdicts"),
/// from an export of Grafana's annotation HTTP API or from the API itself, written as <c>review record</c> writes them.</summary>
internal sealed class ReviewImportCommand : CliCommand<ReviewImportCommand.Settings>
{
    private static readonly Option<string?> s_file = new("--file") { Description = "A JSON export of Grafana's GET /api/annotations (an array of annotations); or give --grafana-url." };
    private static readonly Option<string?> s_url = new("--grafana-url") { Description = "Grafana's base URL, e.g. http://localhost:3000: the annotations are fetched from its /api/annotations." };
    private static readonly Option<string?> s_token = new("--grafana-token") { Description = "Grafana service-account or API token (or set GEOANOMALY_GRAFANA_TOKEN), sent as a Bearer token." };
    private static readonly Option<string?> s_from = new("--from") { Description = "With --grafana-url: annotations at or after this ISO 8601 time." };
    private static readonly Option<string?> s_to = new("--to") { Description = "With --grafana-url: annotations up to this ISO 8601 time." };
    private static readonly Option<string[]> s_tags = new("--tags")
    {
        Description = "With --grafana-url: only annotations carrying all these tags (e.g. --tags geoanomaly).",
        AllowMultipleArgumentsPerToken = true,
    };

    public override Command Define() => InfluxOptions.AddTo(new Command("import", "Import verdicts made as Grafana annotations (tags verdict:, cause:, network:, station:, channel:, detector:); each annotation is matched to the event whose [start, end] holds its time. Annotations without a verdict tag are skipped; those that cannot be imported are named and make the exit code 1, after the others are written.")
    {
        s_file, s_url, s_token, s_from, s_to, s_tags, ReviewOptions.Reviews, ReviewOptions.Events,
    });

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_file), result.GetValue(s_url), result.GetValue(s_token) ?? Environment.GetEnvironmentVariable("GEOANOMALY_GRAFANA_TOKEN"),
        result.GetValue(s_from), result.GetValue(s_to), result.GetValue(s_tags) ?? [], result.GetValue(ReviewOptions.Reviews), result.GetValue(ReviewOptions.Events), InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<GrafanaAnnotation> annotations;
        string source;
        if (settings.File is not null)
        {
            source = settings.File;
            annotations = GrafanaAnnotation.Parse(await File.ReadAllTextAsync(settings.File, cancellationToken).ConfigureAwait(false), settings.File);
        }
        else
        {
            var uri = GrafanaAnnotationClient.RequestUri(settings.GrafanaUrl!, CliTimes.TryParse(settings.From), CliTimes.TryParse(settings.To), settings.Tags);
            source = uri.GetLeftPart(UriPartial.Path);
            annotations = await GrafanaAnnotationClient.FetchAsync(uri, settings.Token, cancellationToken).ConfigureAwait(false);
        }

        using var session = ReviewOptions.Open(settings.Reviews, settings.Events, settings.Influx);
        var result = await AnnotationImport.RunAsync(annotations, session.Recorder, cancellationToken).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"imported {result.Written.Count} verdict(s) of {annotations.Count} annotation(s) from {source} into {session.Store.Name}; {result.Skipped} without a verdict tag skipped; {result.Problems.Count} not imported").ConfigureAwait(false);
        foreach (string problem in result.Problems)
        {
            await context.Error.WriteLineAsync($"error: {source}: {problem}").ConfigureAwait(false);
        }

        return result.Problems.Count > 0 ? ExitCodes.DataError : ExitCodes.Success;
    }

    internal sealed record Settings(string? File, string? GrafanaUrl, string? Token, string? From, string? To, IReadOnlyList<string> Tags, string? Reviews, string? Events, InfluxOptions.Settings Influx) : ICommandSettings
    {
        public IEnumerable<string> Validate()
        {
            if ((File is null) == (GrafanaUrl is null))
            {
                yield return "--file or --grafana-url: give one of them (an exported annotations JSON, or Grafana to fetch them from)";
            }

            if (File is not null && !System.IO.File.Exists(File))
            {
                yield return $"--file: file {File} does not exist";
            }

            if (GrafanaUrl is not null && !(Uri.TryCreate(GrafanaUrl, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
            {
                yield return $"--grafana-url: '{GrafanaUrl}' is not an http(s) URL";
            }

            if (File is not null && (From is not null || To is not null || Tags.Count > 0))
            {
                yield return "--from, --to and --tags: only with --grafana-url (they filter the API request)";
            }

            foreach (var (option, text) in new[] { ("--from", From), ("--to", To) })
            {
                if (text is not null && CliTimes.TryParse(text) is null)
                {
                    yield return $"{option}: '{text}' is not an ISO 8601 time";
                }
            }

            foreach (string problem in ReviewOptions.Validate(Reviews, Events, Influx, needEvents: true))
            {
                yield return problem;
            }
        }
    }
}
