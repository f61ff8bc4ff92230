using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly catalog</c>: the earthquake-catalog commands (<c>ingest</c>, <c>summary</c>).</summary>
internal sealed class CatalogCommand : ICliCommand
{
    private readonly Dictionary<Command, ICliCommand> _children = [];

    public Command Define()
    {
        var group = new Command("catalog", "Earthquake catalogs (ComCat CSV, QuakeML 1.2, ZMAP, mapped text): ingest into InfluxDB, summarise.");
        foreach (ICliCommand child in (ICliCommand[])[new CatalogIngestCommand(), new CatalogSummaryCommand()])
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

        await context.Error.WriteLineAsync("error: give a catalog command: ingest or summary (see 'geoanomaly catalog --help')").ConfigureAwait(false);
        return ExitCodes.UsageError;
    }
}
