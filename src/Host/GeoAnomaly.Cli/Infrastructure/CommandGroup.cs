using System.CommandLine;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>A command with subcommands (<c>geoanomaly catalog ingest</c>, <c>geoanomaly forecast train</c>): dispatches to
/// the chosen one; without one, says which exist (usage error).</summary>
/// <param name="name">The group's name.</param>
/// <param name="description">What the group is for.</param>
/// <param name="children">The subcommands.</param>
internal sealed class CommandGroup(string name, string description, params ICliCommand[] children) : ICliCommand
{
    private readonly Dictionary<Command, ICliCommand> _children = [];

    /// <summary>The <c>catalog</c> group: ingest, summary.</summary>
    public static CommandGroup Catalog() => new(
        "catalog",
        "Earthquake catalogs (ComCat CSV, QuakeML 1.2, ZMAP, mapped text): ingest into InfluxDB, summarise.",
        new Commands.CatalogIngestCommand(),
        new Commands.CatalogSummaryCommand());

    /// <summary>The <c>forecast</c> group: train, run, evaluate.</summary>
    public static CommandGroup Forecast() => new(
        "forecast",
        "Forecast classifiers on a features dataset: train, issue forecasts, and evaluate walk-forward against reference forecasts.",
        new Commands.ForecastTrainCommand(),
        new Commands.ForecastRunCommand(),
        new Commands.ForecastEvaluateCommand());

    /// <summary>The <c>review</c> group: record, import, list.</summary>
    public static CommandGroup Review() => new(
        "review",
        "Analysts' verdicts on anomaly events (possible-precursor, interference with a cause, unknown): record one, import those made as Grafana annotations, list the latest.",
        new Commands.ReviewRecordCommand(),
        new Commands.ReviewImportCommand(),
        new Commands.ReviewListCommand());

    public Command Define()
    {
        var group = new Command(name, description);
        foreach (var child in children)
        {
            var defined = child.Define();
            group.Subcommands.Add(defined);
            _children[defined] = child;
        }

        return group;
    }

    /// <summary>The subcommands, for the application's dispatch table.</summary>
    public IEnumerable<Command> Subcommands => _children.Keys;

    public async Task<int> RunAsync(ParseResult result, CliContext context, CancellationToken cancellationToken)
    {
        if (_children.TryGetValue(result.CommandResult.Command, out var child))
        {
            return await child.RunAsync(result, context, cancellationToken).ConfigureAwait(false);
        }

        string names = string.Join(" or ", _children.Keys.Select(c => c.Name));
        await context.Error.WriteLineAsync($"error: give a {name} command: {names} (see 'geoanomaly {name} --help')").ConfigureAwait(false);
        return ExitCodes.UsageError;
    }
}
