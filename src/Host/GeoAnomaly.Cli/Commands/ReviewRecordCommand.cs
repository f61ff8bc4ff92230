using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly review record</c>: one analyst's verdict on one anomaly event, into a reviews CSV or <c>ga_review</c>
/// (and the event's <c>ga_anomaly</c> point's <c>verdict</c>/<c>cause</c> fields).</summary>
internal sealed class ReviewRecordCommand : CliCommand<ReviewRecordCommand.Settings>
{
    private static readonly Option<string> s_network = new("--network") { Description = "The event's network code.", Required = true };
    private static readonly Option<string> s_station = new("--station") { Description = "The event's station code.", Required = true };
    private static readonly Option<string> s_channel = new("--channel") { Description = "The event's channel code.", Required = true };
    private static readonly Option<string> s_detector = new("--detector") { Description = "The detector that found the event.", Required = true };
    private static readonly Option<string> s_start = new("--start") { Description = "The event's start, ISO 8601 (UTC unless it has an offset); matched to the second.", Required = true };
    private static readonly Option<string> s_verdict = new("--verdict") { Description = $"The verdict: {VerdictNames.Verdicts}.", Required = true };
    private static readonly Option<string?> s_cause = new("--cause") { Description = $"With --verdict interference (required there): {VerdictNames.Causes}." };
    private static readonly Option<string> s_analyst = new("--analyst") { Description = "Who reviewed the event.", Required = true };
    private static readonly Option<string> s_note = new("--note") { Description = "Free text.", DefaultValueFactory = _ => string.Empty };
    private static readonly Option<string?> s_at = new("--at") { Description = "The review time, ISO 8601 (default: now). The latest review of an event counts." };

    public override Command Define() => InfluxOptions.AddTo(new Command("record", "Record an analyst's verdict on an anomaly event: possible-precursor, interference (with a cause) or unknown. With --influx the event must exist in ga_anomaly; with --reviews FILE it is checked against --events when given.")
    {
        s_network, s_station, s_channel, s_detector, s_start, s_verdict, s_cause, s_analyst, s_note, s_at, ReviewOptions.Reviews, ReviewOptions.Events,
    });

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_network)!, result.GetValue(s_station)!, result.GetValue(s_channel)!, result.GetValue(s_detector)!, result.GetValue(s_start)!,
        result.GetValue(s_verdict)!, result.GetValue(s_cause), result.GetValue(s_analyst)!, result.GetValue(s_note) ?? string.Empty, result.GetValue(s_at),
        result.GetValue(ReviewOptions.Reviews), result.GetValue(ReviewOptions.Events), InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var review = settings.Review(DateTimeOffset.UtcNow);
        using var session = ReviewOptions.Open(settings.Reviews, settings.Events, settings.Influx);
        var written = await session.Recorder.RecordAsync([review], cancellationToken).ConfigureAwait(false);
        string checkedText = written[0].Event is null ? " (event not checked: no --events)" : string.Empty;
        await context.Out.WriteLineAsync($"recorded: {review.Event} {VerdictNames.Text(review.Verdict)}{(review.Cause is { } c ? "/" + VerdictNames.Text(c) : "")} by {review.Analyst} at {CsvText.Time(review.ReviewedAt)} in {session.Store.Name}{checkedText}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    internal sealed record Settings(string Network, string Station, string Channel, string Detector, string Start, string Verdict, string? Cause, string Analyst, string Note, string? At,
        string? Reviews, string? Events, InfluxOptions.Settings Influx) : ICommandSettings
    {
        /// <summary>The review the options describe (valid settings only).</summary>
        /// <param name="now">The review time when --at is not given.</param>
        public EventReview Review(DateTimeOffset now) => new(
            new EventKey(new ChannelId(Network, Station, Channel), Detector, CliTimes.TryParse(Start)!.Value),
            VerdictNames.Parse(Verdict, out _)!.Value,
            VerdictNames.ParseCause(Cause, out _),
            Analyst,
            Note,
            At is null ? now : CliTimes.TryParse(At)!.Value);

        public IEnumerable<string> Validate()
        {
            var problems = new List<string>();
            try
            {
                _ = new ChannelId(Network, Station, Channel);
            }
            catch (ArgumentException e)
            {
                problems.Add($"--{e.ParamName ?? "channel"}: {e.Message.Split(" (Parameter", 2)[0]}");
            }

            if (string.IsNullOrWhiteSpace(Detector))
            {
                problems.Add("--detector: must not be empty");
            }

            if (CliTimes.TryParse(Start) is null)
            {
                problems.Add($"--start: '{Start}' is not an ISO 8601 time");
            }

            if (At is not null && CliTimes.TryParse(At) is null)
            {
                problems.Add($"--at: '{At}' is not an ISO 8601 time");
            }

            var verdict = VerdictNames.Parse(Verdict, out string? why);
            if (why is not null)
            {
                problems.Add("--verdict: " + why);
            }

            var cause = VerdictNames.ParseCause(Cause, out why);
            if (why is not null)
            {
                problems.Add("--cause: " + why);
            }

            if (verdict is { } v && problems.Count == 0)
            {
                var review = new EventReview(new EventKey(new ChannelId(Network, Station, Channel), Detector, DateTimeOffset.UnixEpoch), v, cause, Analyst, Note, DateTimeOffset.UnixEpoch);
                problems.AddRange(review.Validate().Select(p => "--" + p));
            }

            return problems.Concat(ReviewOptions.Validate(Reviews, Events, Influx, needEvents: false));
        }
    }
}
