using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly evaluate --reviews</c>: detector events scored against analysts' verdicts (<see cref="ReviewedLabels"/>).</summary>
internal sealed partial class EvaluateCommand
{
    private static readonly Option<string?> s_reviews = new("--reviews")
    {
        Description = "Score detector events against analysts' verdicts instead: a reviews CSV ('review record --reviews'), or 'influx' for ga_review in --influx. Events reviewed as possible-precursor are the label windows (recall: windows a detector has an event in); precision = possible-precursor / (possible-precursor + interference) of its reviewed events; unknown counts for neither. The latest review of each event counts.",
    };

    private static readonly Option<string?> s_reviewEvents = new("--events")
    {
        Description = "With --reviews: the events CSV of 'detect'/'demo' (every event, reviewed or not); without it, ga_anomaly in --influx.",
    };

    private static async Task<int> ExecuteReviewsAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<EventRow> events;
        if (settings.Events is not null)
        {
            events = EventCsvReader.Read(settings.Events);
        }
        else
        {
            using var client = new InfluxClient(settings.Influx.Connection);
            events = await AnomalyEventReader.ReadAsync(client, settings.Influx.Ga, null, null, cancellationToken).ConfigureAwait(false);
        }

        var (reviews, reviewSource) = await ReviewOptions.ReadAsync(settings.Reviews!, settings.Influx, cancellationToken).ConfigureAwait(false);

        var tolerance = TimeSpan.FromMinutes(settings.ToleranceMinutes);
        var rows = ReviewedLabels.Score([.. events.Select(e => e.Event)], reviews, tolerance, out var unmatched);
        var inv = CultureInfo.InvariantCulture;
        var o = context.Out;
        int reviewed = EventReview.Latest(reviews).Count;
        int windows = rows.Count == 0 ? 0 : rows[0].Windows;
        await o.WriteLineAsync(string.Create(inv, $"reviewed labels: {reviewed} reviewed event(s) in {reviewSource} (latest verdict each), {events.Count} event(s) in {settings.Events ?? "ga_anomaly"}; {windows} label window(s) from possible-precursor verdicts, tolerance {tolerance.TotalMinutes:0.#} min")).ConfigureAwait(false);
        await o.WriteLineAsync($"  {"detector",-24} {"events",7} {"reviewed",9} {"precursor",10} {"interference",13} {"unknown",8} {"precision",10} {"found",11} {"recall",7}").ConfigureAwait(false);
        foreach (var r in rows)
        {
            string found = $"{r.Found}/{r.Windows}";
            await o.WriteLineAsync(string.Create(inv, $"  {r.Detector,-24} {r.Events,7} {r.Reviewed,9} {r.Precursors,10} {r.Interference,13} {r.Unknown,8} {Number(r.Precision),10} {found,11} {Number(r.Recall),7}")).ConfigureAwait(false);
        }

        foreach (var review in unmatched.Take(10))
        {
            await context.Error.WriteLineAsync($"warning: {reviewSource}: review of {review.Event} matches no event in {settings.Events ?? "ga_anomaly"}; not scored").ConfigureAwait(false);
        }

        if (settings.Out is not null)
        {
            string path = Path.Combine(settings.Out, "reviewed_metrics.csv");
            AtomicFile.WriteText(path, writer =>
            {
                CsvText.WriteRecord(writer, "detector", "events", "reviewed", "possible_precursor", "interference", "unknown", "precision", "windows", "found", "recall");
                foreach (var r in rows)
                {
                    CsvText.WriteRecord(writer, r.Detector, Int(r.Events), Int(r.Reviewed), Int(r.Precursors), Int(r.Interference), Int(r.Unknown), CsvText.Number(r.Precision), Int(r.Windows), Int(r.Found), CsvText.Number(r.Recall));
                }
            });
            await o.WriteLineAsync($"  wrote {path}").ConfigureAwait(false);
        }

        return ExitCodes.Success;

        static string Number(double value) => double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture);
        static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The reviewed-labels inputs of the settings.</summary>
    internal sealed partial record Settings
    {
        /// <summary>The reviews (<c>--reviews</c>: a CSV, or <c>influx</c>), or null.</summary>
        public string? Reviews { get; init; }

        /// <summary>The events CSV for <c>--reviews</c>, or null for <c>ga_anomaly</c>.</summary>
        public string? Events { get; init; }

        /// <summary>The InfluxDB options (<c>--reviews influx</c>, events from <c>ga_anomaly</c>).</summary>
        public InfluxOptions.Settings Influx { get; init; } = new(null, InfluxOptions.DefaultDatabase, null, null, null, null, BatchingOptions.Defaults.BatchSize, RawSchema.Defaults.Measurement);

        private IEnumerable<string> ReviewProblems()
        {
            if (Reviews is null)
            {
                if (Events is not null)
                {
                    yield return "--events: only with --reviews";
                }

                yield break;
            }

            foreach (string problem in ReviewOptions.SourceProblems(Reviews, Influx))
            {
                yield return problem;
            }

            if (!ReviewOptions.IsInflux(Reviews) && Events is null && Influx.Url is null)
            {
                yield return "--events: give the events CSV the reviews are about, or --influx URL to read ga_anomaly";
            }

            if (Events is not null && !File.Exists(Events))
            {
                yield return $"--events: file {Events} does not exist";
            }

            foreach (string problem in Influx.Validate())
            {
                yield return problem;
            }
        }
    }
}
