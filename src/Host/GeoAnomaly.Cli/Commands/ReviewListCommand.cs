using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly review list</c>: the latest verdict of every reviewed event, as a table.</summary>
internal sealed class ReviewListCommand : CliCommand<ReviewListCommand.Settings>
{
    public override Command Define() => InfluxOptions.AddTo(new Command("list", "List the latest verdict of every reviewed event (from --reviews FILE or ga_review in --influx), oldest event first.")
    {
        ReviewOptions.Reviews,
    });

    protected override Settings Bind(ParseResult result) => new(result.GetValue(ReviewOptions.Reviews), InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        using var session = ReviewOptions.Open(settings.Reviews, null, settings.Influx);
        var all = await session.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
        var latest = EventReview.Latest(all).Values
            .OrderBy(r => r.Event.Start).ThenBy(r => r.Event.Channel.ToString(), StringComparer.Ordinal).ThenBy(r => r.Event.Detector, StringComparer.Ordinal)
            .ToList();
        var o = context.Out;
        await o.WriteLineAsync($"{latest.Count} reviewed event(s), {all.Count} review(s) in {session.Store.Name}").ConfigureAwait(false);
        if (latest.Count == 0)
        {
            return ExitCodes.Success;
        }

        int channelWidth = Math.Max(7, latest.Max(r => r.Event.Channel.ToString().Length));
        int detectorWidth = Math.Max(8, latest.Max(r => r.Event.Detector.Length));
        await o.WriteLineAsync($"{"channel".PadRight(channelWidth)}  {"detector".PadRight(detectorWidth)}  {"event start",-20}  {"verdict",-18}  {"cause",-11}  {"analyst",-12}  {"reviewed",-20}  note").ConfigureAwait(false);
        foreach (var r in latest)
        {
            string note = r.Note.Replace('\n', ' ').Replace('\r', ' ');
            await o.WriteLineAsync($"{r.Event.Channel.ToString().PadRight(channelWidth)}  {r.Event.Detector.PadRight(detectorWidth)}  {CsvText.Time(r.Event.Start),-20}  {VerdictNames.Text(r.Verdict),-18}  {VerdictNames.Text(r.Cause),-11}  {r.Analyst,-12}  {CsvText.Time(r.ReviewedAt),-20}  {note}").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    internal sealed record Settings(string? Reviews, InfluxOptions.Settings Influx) : ICommandSettings
    {
        public IEnumerable<string> Validate() => ReviewOptions.Validate(Reviews, null, Influx, needEvents: false);
    }
}
