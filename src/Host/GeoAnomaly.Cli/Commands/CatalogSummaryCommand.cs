using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly catalog summary</c>: count, time span, magnitude and depth ranges, magnitude types of a catalog file (or of <c>ga_quake</c> in <c>--influx</c>).</summary>
internal sealed class CatalogSummaryCommand : CliCommand<CatalogSummaryCommand.Settings>
{
    public override Command Define() =>
        InfluxOptions.AddTo(CatalogInputOptions.AddTo(new Command("summary", "Print a catalog's event count, time span, magnitude and depth ranges, magnitude types, magnitude of completeness (two methods), b-value and declustered counts (after the filters)."), fromInflux: true));

    protected override Settings Bind(ParseResult result) => new(CatalogInputOptions.Bind(result), InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var loaded = await settings.Input.LoadAsync(settings.Influx, cancellationToken).ConfigureAwait(false);
        var summary = CatalogSummary.Of(loaded.Kept);
        var o = context.Out;
        await o.WriteLineAsync($"catalog: {loaded.Origin}").ConfigureAwait(false);
        await o.WriteLineAsync(Invariant($"events: {summary.Count} (read {loaded.All.Count}, {loaded.All.Count - summary.Count} removed by filters, {loaded.SkippedCount} malformed row(s) skipped)")).ConfigureAwait(false);
        if (summary.Count > 0)
        {
            await o.WriteLineAsync(Invariant($"time span: {Time(summary.First!.Value)} .. {Time(summary.Last!.Value)} ({(summary.Last.Value - summary.First.Value).TotalDays:0.##} days)")).ConfigureAwait(false);
            await o.WriteLineAsync(Invariant($"magnitude: {summary.MinMagnitude:0.0##} .. {summary.MaxMagnitude:0.0##}")).ConfigureAwait(false);
            string depth = double.IsNaN(summary.MinDepthKm) ? "unknown" : Invariant($"{summary.MinDepthKm:0.0##} .. {summary.MaxDepthKm:0.0##} km");
            await o.WriteLineAsync(Invariant($"depth: {depth} ({summary.UnknownDepths} unknown)")).ConfigureAwait(false);
            await o.WriteLineAsync("magnitude types: " + string.Join(", ", summary.MagnitudeTypes.Select(t => Invariant($"{t.Key ?? "(none)"} {t.Value}")))).ConfigureAwait(false);
        }

        if (summary.Count > 0)
        {
            // Mc by maximum curvature (+0.2) and goodness of fit, Aki-Utsu b with the Shi & Bolt uncertainty, declustering.
            await o.WriteLineAsync("statistics:").ConfigureAwait(false);
            await o.WriteAsync(CatalogStatisticsText.Format(CatalogStatistics.Compute(loaded.Kept))).ConfigureAwait(false);
        }

        foreach (string skipped in loaded.Skipped.Take(10))
        {
            await context.Error.WriteLineAsync($"skipped: {skipped}").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    internal sealed record Settings(CatalogInputOptions.Settings Input, InfluxOptions.Settings Influx) : ICommandSettings
    {
        public IEnumerable<string> Validate() => Input.Validate(Influx.Url).Concat(Influx.Validate());
    }
}
